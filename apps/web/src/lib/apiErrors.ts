import type { Model } from '@mmt/domain';
import { ApiError } from '../api/client';
import { detailsToIssues, issuesToErrors, type ErrorMap, type FieldLabel } from './formErrors';
import { modelFieldLabel } from './modelForm';

/** Any error as a sentence for a form's top notice. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Try again.';
}

/** A refused form: the API's field details under their fields, anything else as the form's notice. */
export function apiErrorToErrors(error: unknown, labelFor: FieldLabel): ErrorMap {
  if (error instanceof ApiError && error.details.length)
    return issuesToErrors(detailsToIssues(error.details), labelFor);
  return { _form: errorMessage(error) };
}

/** A 409 on an edit that carries the newer model: someone else saved first. */
export function staleEditCurrent(error: unknown): Model | null {
  return error instanceof ApiError && error.status === 409 && error.body?.current ? error.body.current : null;
}

const DUPLICATE_NAME = 'A model with this name already exists. Choose another name.';

/**
 * A refused registration or edit: details under their fields, a taken name under Name. A stale
 * edit is no field's error: the form shows both versions instead.
 */
export function modelErrorToErrors(error: unknown): ErrorMap {
  if (!(error instanceof ApiError)) return { _form: 'Could not save the model. Try again.' };
  if (staleEditCurrent(error)) return {};
  const errors = apiErrorToErrors(error, modelFieldLabel);
  return error.status === 409 ? { name: errors.name ?? DUPLICATE_NAME } : errors;
}
