import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useGrantException, useRevokeException } from '../../api/exceptions';
import type { ExceptionView } from '@mmt/domain';
import { errorMessage } from '../../lib/apiErrors';
import {
  exceptionFieldLabel,
  expiryNote,
  toExceptionBody,
  validateExceptionForm,
  type ExceptionFormValues,
} from '../../lib/exceptions';
import { detailsToIssues, hasErrors, issuesToErrors } from '../../lib/formErrors';
import { formatDate, todayIso } from '../../lib/format';
import { ExceptionStateBadge } from '../ExceptionStateBadge';
import { Field } from '../Field';

/** The model's exceptions; granting and revoking only for roles that may (`canChange`). */
export function ExceptionsSection({
  modelId,
  exceptions,
  canChange,
}: {
  modelId: string;
  exceptions: ExceptionView[];
  canChange: boolean;
}) {
  const [granting, setGranting] = useState(false);
  const today = todayIso();
  return (
    <>
      {exceptions.length === 0 ? (
        <p className="muted">No exceptions have been granted for this model.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Reason</th>
                <th scope="col">Approved by</th>
                <th scope="col">Granted on</th>
                <th scope="col">Expires on</th>
                <th scope="col">State</th>
                {canChange && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {exceptions.map((exception) => (
                <ExceptionRow key={exception.id} exception={exception} today={today} canChange={canChange} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!canChange ? null : granting ? (
        <GrantExceptionForm modelId={modelId} onDone={() => setGranting(false)} />
      ) : (
        <button type="button" onClick={() => setGranting(true)}>
          Grant an exception
        </button>
      )}
    </>
  );
}

function ExceptionRow({
  exception,
  today,
  canChange,
}: {
  exception: ExceptionView;
  today: string;
  canChange: boolean;
}) {
  const revoke = useRevokeException();
  const [confirming, setConfirming] = useState(false);
  const note = expiryNote(exception.state, exception.expiresOn, today);
  const revocable = exception.state === 'active' || exception.state === 'pending';
  return (
    <tr>
      <td>{exception.reason}</td>
      <td>{exception.approvedBy}</td>
      <td className="nowrap">{formatDate(exception.grantedOn)}</td>
      <td className="nowrap">
        {formatDate(exception.expiresOn)}
        {note && <span className="expiry-note"> — {note}</span>}
      </td>
      <td>
        <ExceptionStateBadge state={exception.state} />
        {exception.revokedAt && (
          <span className="muted small">
            {' '}
            {formatDate(exception.revokedAt)}
            {exception.revokedBy ? ` by ${exception.revokedBy}` : ''}
          </span>
        )}
      </td>
      {canChange && (
        <td className="nowrap">
          {revocable &&
            (confirming ? (
              <span className="confirm" role="group" aria-label="Confirm revoking">
                <span>Revoke this exception?</span>{' '}
                <button
                  type="button"
                  className="button-danger"
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate(exception.id)}
                >
                  Yes, revoke
                </button>{' '}
                <button type="button" onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </span>
            ) : (
              <button
                type="button"
                onClick={() => setConfirming(true)}
                aria-label={`Revoke exception: ${exception.reason}`}
              >
                Revoke
              </button>
            ))}
          {revoke.isError && (
            <p className="field-error" role="alert">
              {errorMessage(revoke.error)}
            </p>
          )}
        </td>
      )}
    </tr>
  );
}

function GrantExceptionForm({ modelId, onDone }: { modelId: string; onDone: () => void }) {
  const grant = useGrantException(modelId);
  const [values, setValues] = useState<ExceptionFormValues>({
    reason: '',
    approvedBy: '',
    grantedOn: todayIso(),
    expiresOn: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (field: keyof ExceptionFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateExceptionForm(values);
    setErrors(found);
    if (hasErrors(found)) return;
    grant.mutate(toExceptionBody(values), {
      onSuccess: onDone,
      onError: (error) =>
        setErrors(
          error instanceof ApiError && error.details.length
            ? issuesToErrors(detailsToIssues(error.details), exceptionFieldLabel)
            : { _form: errorMessage(error) },
        ),
    });
  };

  return (
    <form className="exception-form" noValidate onSubmit={onSubmit} aria-labelledby="grant-title">
      <h3 id="grant-title">Grant an exception</h3>
      {errors._form && (
        <p className="panel panel-error" role="alert">
          {errors._form}
        </p>
      )}
      <Field id="exception-reason" label="Reason" error={errors.reason} required>
        {(a11y) => <textarea {...a11y} rows={2} value={values.reason} onChange={set('reason')} />}
      </Field>
      <div className="form-grid">
        <Field id="exception-approvedBy" label="Approved by" error={errors.approvedBy} required>
          {(a11y) => <input {...a11y} type="text" value={values.approvedBy} onChange={set('approvedBy')} />}
        </Field>
        <Field
          id="exception-grantedOn"
          label="Granted on"
          error={errors.grantedOn}
          hint="May be backdated when recording history"
        >
          {(a11y) => <input {...a11y} type="date" value={values.grantedOn} onChange={set('grantedOn')} />}
        </Field>
        <Field
          id="exception-expiresOn"
          label="Expires on"
          error={errors.expiresOn}
          hint="After the grant date"
          required
        >
          {(a11y) => <input {...a11y} type="date" value={values.expiresOn} onChange={set('expiresOn')} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={grant.isPending}>
          {grant.isPending ? 'Granting…' : 'Grant exception'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
