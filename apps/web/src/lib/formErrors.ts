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

export function issuesToErrors(issues: readonly Issue[], labelFor: (key: string) => string | undefined): ErrorMap {
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
