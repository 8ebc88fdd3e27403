import { parseAllDocuments, parseDocument, type Document } from 'yaml';

/** A YAML document as plain data, or why it could not be read. */
export type YamlResult = { ok: true; value: unknown } | { ok: false; error: string };

// Aliases can expand a small file into a huge value ("billion laughs"): keep expansion bounded.
const TO_JS = { maxAliasCount: 100 } as const;

function toResult(document: Document.Parsed): YamlResult {
  const error = document.errors[0];
  // The first line says what and where ("… at line 2, column 1:"); the rest is a code excerpt.
  if (error) return { ok: false, error: (error.message.split('\n')[0] ?? error.message).replace(/:$/, '') };
  try {
    return { ok: true, value: document.toJS(TO_JS) as unknown };
  } catch (thrown) {
    return { ok: false, error: thrown instanceof Error ? thrown.message : String(thrown) };
  }
}

/** One YAML document (an `MLmodel`, a card's front matter). */
export function readYaml(text: string): YamlResult {
  return toResult(parseDocument(text, { prettyErrors: true }));
}

/** Every document of a `---`-separated file (a Backstage catalog), empty ones left out, with its position from 1. */
export function readYamlDocuments(text: string): { index: number; result: YamlResult }[] {
  return parseAllDocuments(text, { prettyErrors: true }).flatMap((document, position) => {
    const result = toResult(document);
    return result.ok && (result.value === null || result.value === undefined) ? [] : [{ index: position + 1, result }];
  });
}

/** A JSON file's value, or why it is not JSON. */
export function readJson(text: string): YamlResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (thrown) {
    return { ok: false, error: thrown instanceof Error ? thrown.message : String(thrown) };
  }
}

/** Whether a value is a mapping (a YAML mapping or a JSON object). */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
