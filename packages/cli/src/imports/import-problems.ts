import { CliError, EXIT } from '../cli-error.js';
import type { components } from '../generated/api.js';

export type ImportProblem = components['schemas']['ImportProblem'];

/** The row problems an import answer carries (a dry run's `errors`, a refused import's 400 body). */
export function problemsIn(body: unknown): ImportProblem[] | null {
  const errors = (body as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) && errors.length > 0 ? (errors as ImportProblem[]) : null;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Every problem on stderr, one a line, then one line that sums them up: exit 2, nothing written. */
export function refuse(what: string, lines: readonly string[], models: number): never {
  for (const line of lines) process.stderr.write(`mmt: ${line}\n`);
  throw new CliError(
    `${what}: ${plural(lines.length, 'problem')} in ${plural(models, 'model')}; nothing was applied. Fix them and run again`,
    EXIT.usage,
  );
}
