import { z } from 'zod';

// With the `u` flag a surrogate pair is one code point, so this matches only a lone surrogate.
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Why PostgreSQL cannot keep this text exactly as written, or null when it can: a text column refuses
 * the NUL character, and a lone UTF-16 surrogate is not Unicode at all (the driver would write U+FFFD
 * in its place and `jsonb` refuses it).
 */
export function unstorableTextProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text (it holds a lone UTF-16 surrogate)';
  return null;
}

/** `schema`, refusing text PostgreSQL cannot keep as written. */
export function storable<T extends z.ZodType<string>>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    const problem = unstorableTextProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** Text kept exactly as written (history restored from a backup), at most `max` characters. */
export const exactText = (max: number) => storable(z.string().max(max, `must be at most ${max} characters`));

/** Text a person typed: trimmed, at most `max` characters. Every free-text field of the API uses it. */
export const text = (max: number) => storable(z.string().trim().max(max, `must be at most ${max} characters`));
