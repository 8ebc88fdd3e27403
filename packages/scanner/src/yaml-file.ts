import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';

export interface YamlFile {
  root: unknown;
  /** The 1-based line where a node starts in the file. */
  lineOf(node: unknown): number;
}

/**
 * A YAML document with the lines of its nodes, or null when it is not valid YAML.
 * `firstLine` is the line the text starts on in its file (a model card's front matter starts on 2).
 */
export function readYaml(text: string, firstLine = 1): YamlFile | null {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (document.errors.length > 0) return null;
  return {
    root: document.contents,
    lineOf: (node) => {
      const range = (node as Node | null)?.range;
      return range ? lineCounter.linePos(range[0]).line + firstLine - 1 : firstLine;
    },
  };
}

/** The key and value nodes of `key` in a map node. */
export function entryOf(map: unknown, key: string): { key: Node; value: unknown } | null {
  if (!isMap(map)) return null;
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  return pair ? { key: pair.key as Node, value: pair.value } : null;
}

/** A scalar's text as written: `pytorch_version: 1.10` is "1.10", not the number 1.1. */
export function textOf(node: unknown): string | null {
  if (!isScalar(node) || node.value === null) return null;
  return typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
}
