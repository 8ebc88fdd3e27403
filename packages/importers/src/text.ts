// Text read from a source: template placeholders left by generators, limits of the model's fields.

const PLACEHOLDER = [
  /\{\{.*\}\}/, // Jinja, Backstage templates: {{ run_id }}, ${{ values.owner }}
  /\$\{[^}]*\}/, // shell and Helm-style: ${RUN_ID}
  /^<[^<>]+>$/, // <run-id>
  /^(todo|tbd|fixme|xxx|changeme|replace[-_ ]?me)\b/i,
];

/** Whether a value is a stand-in a template or a person left where a real one should be. */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  return PLACEHOLDER.some((pattern) => pattern.test(trimmed));
}

/**
 * A text value of the source, trimmed; undefined when absent, empty or a placeholder (which is
 * noted, never taken as data). Numbers are read as their text (YAML reads `1.10` as a number).
 */
export function readText(value: unknown, what: string, notes: string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    notes.push(`${what} is not text: ignored`);
    return undefined;
  }
  const text = String(value).trim();
  if (text === '') return undefined;
  if (isPlaceholder(text)) {
    notes.push(`${what} is a template placeholder ("${text}"): ignored`);
    return undefined;
  }
  return text;
}

// The model's limits (packages/domain model.ts): a tag is at most 40 characters, a model has at most 30.
const TAG_LENGTH = 40;
const TAG_COUNT = 30;
const DESCRIPTION_LENGTH = 5000;

/** Tags the model can keep: trimmed, placeholders and repeats out, long ones and extras noted and left out. */
export function fitTags(candidates: readonly unknown[], notes: string[]): string[] {
  const tags: string[] = [];
  for (const candidate of candidates) {
    const tag = readText(candidate, 'a tag', notes);
    if (tag === undefined || tags.includes(tag)) continue;
    if (tag.length > TAG_LENGTH) notes.push(`tag "${tag}" is longer than ${TAG_LENGTH} characters: left out`);
    else tags.push(tag);
  }
  if (tags.length > TAG_COUNT) {
    notes.push(`${tags.length} tags: the first ${TAG_COUNT} kept`);
    return tags.slice(0, TAG_COUNT);
  }
  return tags;
}

/** A description the model can keep; a longer one is cut, and noted. */
export function fitDescription(text: string, notes: string[]): string {
  if (text.length <= DESCRIPTION_LENGTH) return text;
  notes.push(`description cut to its first ${DESCRIPTION_LENGTH} characters`);
  return text.slice(0, DESCRIPTION_LENGTH);
}

/** The last folder of a path (`models/ner-v2/MLmodel` → `ner-v2`), or undefined at the top. */
export function folderName(path: string): string | undefined {
  const parts = path.split(/[\\/]/).filter((part) => part !== '' && part !== '.');
  return parts.length >= 2 ? parts[parts.length - 2] : undefined;
}

/** The file's own name (`models/ner-v2/MLmodel` → `MLmodel`). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
