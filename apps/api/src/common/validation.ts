import { BadRequestException, StandardSchemaValidationPipe } from '@nestjs/common';
import type { z } from 'zod';
import type { FieldError } from './domain-error.js';

interface SchemaIssue {
  message: string;
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
  code?: string;
  keys?: string[];
}

function fieldOf(path: SchemaIssue['path']): string {
  const segments = (path ?? []).map((segment) =>
    String(typeof segment === 'object' && segment !== null ? segment.key : segment),
  );
  return segments.length > 0 ? segments.join('.') : '(body)';
}

/** Zod issues → one field error each; unknown keys are named as the fields they are. */
export function toFieldErrors(issues: readonly SchemaIssue[]): FieldError[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.keys
      ? issue.keys.map((key) => ({
          field: [fieldOf(issue.path), key].filter((part) => part !== '(body)').join('.'),
          message: 'is not a known field',
        }))
      : [{ field: fieldOf(issue.path), message: issue.message }],
  );
}

export function validationFailed(details: FieldError[]): BadRequestException {
  const summary = details.map((detail) => `${detail.field}: ${detail.message}`).join('; ');
  return new BadRequestException({ message: `Invalid input — ${summary}`, details });
}

/** The one validation pipe: every `@Body/@Query/@Param({ schema })` is checked by its zod schema. */
export const validationPipe = new StandardSchemaValidationPipe({
  exceptionFactory: (issues) => validationFailed(toFieldErrors(issues as readonly SchemaIssue[])),
});

/** Validates inside a use case (when a rule needs the clock, say) with the same 400 as the edge. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(toFieldErrors(result.error.issues as unknown as SchemaIssue[]));
  return result.data;
}
