import type { ImportResult, ImportSource } from '@mmt/domain';
import { useQueryClient, useMutation } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { importUrl, type ImportContentType, type SourceUploadFile } from '../lib/imports';
import { ApiError, CANNOT_REACH, apiErrorOf, parseJsonText } from './client';
import { queryKeys } from './keys';

/** Where an upload is: bytes going up, then the server reading and checking the rows. */
export type UploadProgress =
  { phase: 'uploading'; loaded: number; total: number } | { phase: 'processing'; total: number };

/** What is sent: one CSV or JSON file as the body, or a tool's files as a multipart form, each under its path. */
export type ImportUpload =
  | { kind: 'file'; file: Blob; contentType: ImportContentType }
  | { kind: 'source'; source: ImportSource; files: readonly SourceUploadFile[]; name?: string };

interface UploadOptions {
  dryRun: boolean;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

function requestOf(upload: ImportUpload, dryRun: boolean): { url: string; body: Blob | FormData; total: number } {
  if (upload.kind === 'file') return { url: importUrl({ dryRun }), body: upload.file, total: upload.file.size };
  const form = new FormData();
  for (const { path, file } of upload.files) form.append('file', file, path);
  return {
    url: importUrl({ dryRun, source: upload.source, name: upload.name }),
    body: form,
    total: upload.files.reduce((sum, { file }) => sum + file.size, 0),
  };
}

/**
 * POST /api/imports with the file as the body, or a tool's files as a form. XMLHttpRequest rather
 * than fetch: only it reports upload progress, which a 20 MB file on a slow link needs.
 */
export function uploadImport(
  upload: ImportUpload,
  { dryRun, onProgress, signal }: UploadOptions,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const { url, body, total } = requestOf(upload, dryRun);
    xhr.open('POST', url);
    // A form sets its own multipart type, with the boundary.
    if (upload.kind === 'file') xhr.setRequestHeader('Content-Type', upload.contentType);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) =>
      onProgress?.({ phase: 'uploading', loaded: event.loaded, total: event.lengthComputable ? event.total : total });
    xhr.upload.onload = () => onProgress?.({ phase: 'processing', total });
    xhr.onload = () => {
      const parsed = parseJsonText(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(parsed as ImportResult);
      else reject(apiErrorOf(xhr.status, xhr.statusText, parsed));
    };
    xhr.onerror = () => reject(new ApiError(0, CANNOT_REACH, [], null));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    if (signal?.aborted) {
      xhr.abort();
      return;
    }
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    onProgress?.({ phase: 'uploading', loaded: 0, total });
    xhr.send(body);
  });
}

/**
 * A preview (`dryRun`) or a commit of an upload, with its progress and a way to cancel.
 * A commit refreshes everything that shows models.
 */
export function useImportUpload(dryRun: boolean) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: (upload: ImportUpload) => {
      controller.current = new AbortController();
      return uploadImport(upload, { dryRun, onProgress: setProgress, signal: controller.current.signal });
    },
    onSettled: () => {
      controller.current = null;
      setProgress(null);
    },
    onSuccess: (result) => {
      if (!result.committed) return;
      void queryClient.invalidateQueries({ queryKey: queryKeys.models });
      void queryClient.invalidateQueries({ queryKey: ['compliance'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.reviews });
    },
  });
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { ...mutation, progress, cancel };
}
