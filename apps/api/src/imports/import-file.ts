import type { FastifyRequest } from 'fastify';
import { DomainError } from '../common/domain-error.js';
import { MAX_JSON_DEPTH, parseJsonText } from '../common/json-body.js';
import { IMPORT_JSON_VALUES } from '../common/uploads.js';

/** A file sent for import, decoded: CSV text, or JSON already parsed. */
export type ImportFile = { format: 'csv'; text: string } | { format: 'json'; data: unknown };

const fileError = (message: string) =>
  new DomainError('invalid', message, [{ field: 'file', message }], {
    errors: [{ row: 0, column: '(file)', message }],
  });

/** Text from bytes, refusing what is not UTF-8 text (a spreadsheet binary, an image, a zip). */
function decodeText(bytes: Buffer): string {
  if (bytes.length === 0) throw fileError('The file is empty.');
  const binary = () =>
    fileError(
      'The file is not text (it looks binary, like an .xlsx workbook or an image). Save it as CSV (UTF-8) or JSON and upload that.',
    );
  if (bytes.subarray(0, 8192).includes(0)) throw binary();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw binary();
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw fileError('The file is empty.');
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
