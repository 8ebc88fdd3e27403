// Helpers for the scanner's tests (left out of the build: they read files).
import { readFileSync } from 'node:fs';
import type { Declaration } from './declaration.js';

/** A fixture file's text: `fixtures/<path>`. */
export const fixture = (path: string): string => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

/** A declaration as one readable line: "8 tensorflow ==1.15.2 pin". */
export const show = (declaration: Declaration): string =>
  `${declaration.line} ${declaration.framework} ${declaration.version ?? '-'} ${declaration.strength}`;
