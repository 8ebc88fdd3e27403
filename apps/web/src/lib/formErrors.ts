import type { FieldError } from '@mmt/domain';

/** A schema issue or an API detail, reduced to what a form needs. */
export interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
}

/** Field key → message; `_form` holds what belongs to no field the form shows. */
export type ErrorMap = Record<string, string>;

/**
 * The key a form shows an issue under: its path without trailing list indexes,
 * so `tags.2` lands on `tags` and `allowances.0.reason` stays itself.
 */
export function issueKey(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  while (parts.length && /^\d+$/.test(parts[parts.length - 1] ?? '')) parts.pop();
  return parts.join('.');
}

/** "is required" reads as "Name is required"; a message that is its own sentence is only capitalised. */
export function labelledMessage(label: string, message: string): string {
  if (/^(is|are|must|should|may|cannot|has|needs)\b/.test(message)) return `${label} ${message}`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** A form's label for an issue's key; undefined for a key it shows no field for. */
export type FieldLabel = (key: string) => string | undefined;

/** The lookup for a form whose fields are its labels' keys. */
export function fieldLabels(names: Readonly<Record<string, string>>): FieldLabel {
  return (key) => (Object.hasOwn(names, key) ? names[key] : undefined);
}

/** What a zod schema (one of the domain's request schemas) says of an input. */
interface Schema {
  safeParse(input: unknown): { success: boolean; error?: { issues: readonly Issue[] } };
}

/** The schema's issues with an input; none when it is valid. */
export function schemaIssues(schema: Schema, input: unknown): readonly Issue[] {
  return schema.safeParse(input).error?.issues ?? [];
}

/** Each issue under the field it names, in the words of its label; the first unlabelled one as `_form`. */
export function issuesToErrors(issues: readonly Issue[], labelFor: FieldLabel): ErrorMap {
  const errors: ErrorMap = {};
  for (const issue of issues) {
    const key = issueKey(issue.path);
    const label = key ? labelFor(key) : undefined;
    if (!label) {
      errors._form ??= key ? `${key}: ${issue.message}` : issue.message;
      continue;
    }
    errors[key] ??= labelledMessage(label, issue.message);
  }
  return errors;
}

export function detailsToIssues(details: readonly FieldError[]): Issue[] {
  return details.map((detail) => ({ path: detail.field ? detail.field.split('.') : [], message: detail.message }));
}

export function hasErrors(errors: ErrorMap): boolean {
  return Object.keys(errors).length > 0;
}
