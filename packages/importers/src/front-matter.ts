import { readYaml, type YamlResult } from './yaml-text.js';

export interface FrontMatter {
  /** The YAML block between the opening and closing `---` lines; null when the file has none. */
  metadata: YamlResult | null;
  /** The Markdown after it. */
  body: string;
}

// The block must open on the first line; it closes with `---` (or YAML's `...`) on a line of its own.
const BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** Splits a Markdown file into its YAML front matter, read with the YAML parser, and its body. */
export function readFrontMatter(text: string): FrontMatter {
  const match = BLOCK.exec(text);
  if (!match || match.index !== 0) return { metadata: null, body: text };
  return { metadata: readYaml(match[1] ?? ''), body: text.slice(match[0].length) };
}
