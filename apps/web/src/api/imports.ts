import type { ImportResult } from '@mmt/domain';
import { useQueryClient, useMutation } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { ImportContentType } from '../lib/imports';
import { ApiError, CANNOT_REACH, apiErrorOf, parseJsonText } from './client';
import { queryKeys } from './keys';

/** Where an upload is: bytes going up, then the server reading and checking the rows. */
export type UploadProgress =
  { phase: 'uploading'; loaded: number; total: number } | { phase: 'processing'; total: number };

interface UploadOptions {
  contentType: ImportContentType;
  dryRun: boolean;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

/**
 * POST /api/imports with the file as the body. XMLHttpRequest rather than fetch: only it reports
 * upload progress, which a 20 MB file on a slow link needs.
 */
export function uploadImport(
  file: Blob,
  { contentType, dryRun, onProgress, signal }: UploadOptions,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const total = file.size;
    xhr.open('POST', `/api/imports${dryRun ? '?dryRun=true' : ''}`);
    xhr.setRequestHeader('Content-Type', contentType);
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
    xhr.send(file);
  });
}

interface ImportVariables {
  file: Blob;
  contentType: ImportContentType;
}

/**
 * A preview (`dryRun`) or a commit of one file, with its progress and a way to cancel.
 * A commit refreshes everything that shows models.
 */
export function useImportUpload(dryRun: boolean) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: ({ file, contentType }: ImportVariables) => {
      controller.current = new AbortController();
      return uploadImport(file, { contentType, dryRun, onProgress: setProgress, signal: controller.current.signal });
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
