import { EXPIRY_WARNING_DAYS, exceptionInputSchema, type ExceptionBody, type ExceptionState } from '@mmt/domain';
import { daysBetween } from './format';
import { fieldLabels, issuesToErrors, schemaIssues, type ErrorMap } from './formErrors';

/** "expires in 5 days" for a live exception ending within 30 days of `today`; otherwise null. */
export function expiryNote(state: ExceptionState, expiresOn: string, today: string): string | null {
  if (state !== 'active' && state !== 'pending') return null;
  const days = daysBetween(today, expiresOn);
  if (days < 0 || days > EXPIRY_WARNING_DAYS) return null;
  if (days === 0) return 'expires today';
  if (days === 1) return 'expires tomorrow';
  return `expires in ${days} days`;
}

export interface ExceptionFormValues {
  reason: string;
  approvedBy: string;
  grantedOn: string;
  expiresOn: string;
}

export const EXCEPTION_FIELD_LABELS: Record<keyof ExceptionFormValues, string> = {
  reason: 'Reason',
  approvedBy: 'Approved by',
  grantedOn: 'Granted on',
  expiresOn: 'Expires on',
};

export function toExceptionBody(values: ExceptionFormValues): ExceptionBody {
  return {
    reason: values.reason,
    approvedBy: values.approvedBy,
    expiresOn: values.expiresOn,
    ...(values.grantedOn ? { grantedOn: values.grantedOn } : {}),
  };
}

export const exceptionFieldLabel = fieldLabels(EXCEPTION_FIELD_LABELS);

/** Validated by the same schema the API uses. */
export function validateExceptionForm(values: ExceptionFormValues): ErrorMap {
  const errors = issuesToErrors(schemaIssues(exceptionInputSchema, toExceptionBody(values)), exceptionFieldLabel);
  // An empty date input reads better as "required" than as a date-format complaint.
  if (!values.expiresOn && errors.expiresOn) errors.expiresOn = 'Expires on is required';
  return errors;
}
