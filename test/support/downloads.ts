import type { IncomingMessage } from 'node:http';
import type supertest from 'supertest';

type StreamParser = Extract<Parameters<supertest.Test['parse']>[0], (response: never, done: never) => void>;

function readBytes(response: IncomingMessage, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
  response.on('error', (error: Error) => done(error, Buffer.alloc(0)));
}

/**
 * Reads a response body as raw bytes, whatever its content type (PDF, CSV with a BOM). superagent
 * hands a custom parser the raw IncomingMessage, though its types name a different wrapper.
 */
export const asBuffer = readBytes as unknown as StreamParser;

export interface MarkdownTable {
  headers: string[];
  rows: string[][];
  /** The separator line was `| --- | --- |` with one dash group per column. */
  wellFormed: boolean;
}

const splitRow = (line: string): string[] =>
  line
    .trim()
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    // CommonMark: a backslash before ASCII punctuation makes it literal; entities and <br> are HTML.
    .map((cell) =>
      cell
        .trim()
        .replace(/\\([!-/:-@[-`{-~])/g, '$1')
        .replace(/<br>/g, '\n')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    );

/**
 * The first GFM table after a heading whose text starts with `heading`: a small, independent
 * reader of the Markdown report, so tests do not check the writer with its own helpers.
 */
export function markdownTableAfter(markdown: string, heading: string): MarkdownTable | null {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#{1,6} /.test(line) && line.replace(/^#+ /, '').startsWith(heading));
  if (start < 0) return null;
  let index = start + 1;
  while (index < lines.length && !lines[index]!.startsWith('|')) {
    if (/^#{1,6} /.test(lines[index]!)) return null;
    index += 1;
  }
  if (index >= lines.length) return null;
  const headers = splitRow(lines[index]!);
  const separator = splitRow(lines[index + 1] ?? '');
  const rows: string[][] = [];
  for (index += 2; index < lines.length && lines[index]!.startsWith('|'); index += 1)
    rows.push(splitRow(lines[index]!));
  const wellFormed =
    separator.length === headers.length &&
    separator.every((cell) => /^:?-{3,}:?$/.test(cell)) &&
    rows.every((row) => row.length === headers.length);
  return { headers, rows, wellFormed };
}
