import { PayloadTooLargeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { IMPORT_LIMIT_BYTES, MAX_IMPORT_FILES, type ImportSource } from '@mmt/domain';
import type { SourceFile } from '@mmt/importers';
import { DomainError } from '../common/domain-error.js';
import { MAX_JSON_DEPTH, parseJsonText } from '../common/json-body.js';
import { IMPORT_JSON_VALUES } from '../common/uploads.js';

/** A file sent for import, decoded: CSV text, JSON already parsed, or the files of a source with their paths. */
export type ImportFile =
  | { format: 'csv'; text: string }
  | { format: 'json'; data: unknown }
  | { format: ImportSource; files: SourceFile[]; name?: string };

const fileError = (message: string) =>
  new DomainError('invalid', message, [{ field: 'file', message }], {
    errors: [{ row: 0, column: '(file)', message }],
  });

/** Text from bytes, refusing what is not UTF-8 text (a spreadsheet binary, an image, a zip). */
function decodeText(bytes: Buffer, fileName?: string): string {
  const what = fileName ?? 'The file';
  if (bytes.length === 0) throw fileError(`${what} is empty.`);
  const binary = () =>
    fileError(
      fileName
        ? `${fileName} is not text (it looks binary): upload the source's text files (MLmodel, model.json, README.md, config.json, catalog-info.yaml).`
        : 'The file is not text (it looks binary, like an .xlsx workbook or an image). Save it as CSV (UTF-8) or JSON and upload that.',
    );
  if (bytes.subarray(0, 8192).includes(0)) throw binary();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw binary();
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw fileError(`${what} is empty.`);
  return text;
}

// An uploaded JSON file gets the same checks as a JSON body sent to the import route.
const parseJson = (text: string) =>
  parseJsonText(text, { maxDepth: MAX_JSON_DEPTH, maxValues: IMPORT_JSON_VALUES }, 'file');

const looksLikeJson = (name: string, type: string, text: string) =>
  name.toLowerCase().endsWith('.json') || type.includes('json') || /^\s*[[{]/.test(text);

/**
 * Reads the import from the request: a multipart upload (field `file`), a raw CSV body
 * (`text/csv`), or a JSON body. Fastify has already refused other content types (415).
 */
export async function readImportFile(request: FastifyRequest): Promise<ImportFile> {
  if (request.isMultipart()) {
    const part = await request.file();
    if (!part) throw fileError('The upload has no file; send it in a form field named "file".');
    const text = decodeText(await part.toBuffer());
    return looksLikeJson(part.filename, part.mimetype, text)
      ? { format: 'json', data: parseJson(text) }
      : { format: 'csv', text };
  }
  const body: unknown = request.body;
  if (Buffer.isBuffer(body)) {
    const text = decodeText(body);
    return { format: 'csv', text };
  }
  if (body === undefined || body === null)
    throw fileError('The request has no file: send CSV (text/csv), JSON, or a multipart upload.');
  return { format: 'json', data: body };
}

/**
 * Reads the files of a source import: every file part of a multipart upload (fields named `file`),
 * each under the path it was sent with (`models/ner-v2/MLmodel`: a folder may name the model), at
 * most 20 MB together.
 */
export async function readSourceFiles(
  request: FastifyRequest,
  source: ImportSource,
  name?: string,
): Promise<ImportFile> {
  if (!request.isMultipart())
    throw fileError(
      'Send the files of a source import as a multipart upload: one or several form fields named "file", each with its path as the file name.',
    );
  const files: SourceFile[] = [];
  let total = 0;
  // Paths kept as sent (busboy keeps only the base name otherwise); many files, each under the one limit.
  const parts = request.files({
    preservePath: true,
    limits: { files: MAX_IMPORT_FILES, parts: MAX_IMPORT_FILES + 20 },
  });
  for await (const part of parts) {
    const bytes = await part.toBuffer();
    total += bytes.length;
    if (total > IMPORT_LIMIT_BYTES) throw new PayloadTooLargeException('The files together are too large');
    const path = part.filename.trim() || `file ${files.length + 1}`;
    files.push({ path, text: decodeText(bytes, path) });
  }
  if (files.length === 0) throw fileError('The upload has no file; send each file in a form field named "file".');
  return { format: source, files, ...(name ? { name } : {}) };
}
