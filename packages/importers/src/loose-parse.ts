import type { z } from 'zod';

/**
 * Reads a mapping with a schema of the source's format, keeping what fits: a top-level field of
 * the wrong shape is noted and dropped rather than failing the whole file (the files come from
 * people and generators, not from a validator). Unknown fields pass through untouched.
 */
export function parseLoosely<S extends z.ZodType>(
  schema: S,
  value: Record<string, unknown>,
  what: string,
  notes: string[],
): z.output<S> | undefined {
  let data: Record<string, unknown> = value;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const parsed = schema.safeParse(data);
    if (parsed.success) return parsed.data;
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path[0]))];
    if (fields.some((field) => field === undefined || !(String(field) in data))) return undefined;
    const kept: Record<string, unknown> = { ...data };
    for (const field of fields) {
      notes.push(`${what} ${String(field)} is not in the expected form: ignored`);
      delete kept[String(field)];
    }
    data = kept;
  }
  return undefined;
}
