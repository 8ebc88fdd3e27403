import type { Model } from '@mmt/domain';
import { ApiError } from '../api/client';
import { detailsToIssues, issuesToErrors, type ErrorMap } from './formErrors';
import { detailsToFieldErrors, type FieldErrors } from './modelForm';

const DUPLICATE_NAME = 'A model with this name already exists. Choose another name.';

/** A refused registration as field errors: 400 details per field, 409 on the name. */
export function createErrorToFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return { _form: 'Could not save the model. Try again.' };
  if (error.status === 409) return { name: detailsToFieldErrors(error.details).name ?? DUPLICATE_NAME };
  if (error.status === 400 && error.details.length) return detailsToFieldErrors(error.details);
  return { _form: error.message };
}

/** A 409 on an edit that carries the newer model: someone else saved first. */
export function staleEditCurrent(error: unknown): Model | null {
  return error instanceof ApiError && error.status === 409 && error.body?.current ? error.body.current : null;
}

/** A refused edit that is not a stale version. */
export function updateErrorToFieldErrors(error: unknown): FieldErrors {
  if (error instanceof ApiError && error.status === 409) {
    return { name: detailsToFieldErrors(error.details).name ?? DUPLICATE_NAME };
  }
  return createErrorToFieldErrors(error);
}

/** Any error as a sentence for a form's top notice. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Try again.';
}

/** A refused form: the API's field details under their fields, anything else as the form's notice. */
export function apiErrorToErrors(error: unknown, labelFor: (key: string) => string | undefined): ErrorMap {
  if (error instanceof ApiError && error.details.length)
    return issuesToErrors(detailsToIssues(error.details), labelFor);
  return { _form: errorMessage(error) };
}
