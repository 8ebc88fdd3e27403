import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../rows.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** A fixture as an uploaded file: its path below `fixtures/<source>/` (folders name models) and its text. */
export function fixture(source: string, path: string): SourceFile {
  return { path, text: readFileSync(`${FIXTURES}${source}/${path}`, 'utf8') };
}
