import { useState } from 'react';
import { useGrantException, useRevokeException } from '../../api/exceptions';
import type { ExceptionView } from '@mmt/domain';
import {
  exceptionFieldLabel,
  expiryNote,
  toExceptionBody,
  validateExceptionForm,
  type ExceptionFormValues,
} from '../../lib/exceptions';
import { formatDate, todayIso } from '../../lib/format';
import { useMutationForm } from '../../lib/useMutationForm';
import { ConfirmAction } from '../ConfirmAction';
import { ExceptionStateBadge } from '../ExceptionStateBadge';
import { Field } from '../Field';
import { FormErrorSummary } from '../FormErrorSummary';
import { ActionError } from '../QueryStates';
import { SubmitButton } from '../SubmitButton';

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
          {revocable && (
            <ConfirmAction
              action="Revoke"
              actionLabel={`Revoke exception: ${exception.reason}`}
              groupLabel="Confirm revoking"
              warning="Revoke this exception?"
              confirm="Yes, revoke"
              keep="Keep it"
              pending={revoke.isPending}
              onConfirm={() => revoke.mutate(exception.id)}
            />
          )}
          <ActionError error={revoke.error} />
        </td>
      )}
    </tr>
  );
}

function GrantExceptionForm({ modelId, onDone }: { modelId: string; onDone: () => void }) {
  const form = useMutationForm({
    mutation: useGrantException(modelId),
    initial: (): ExceptionFormValues => ({ reason: '', approvedBy: '', grantedOn: todayIso(), expiresOn: '' }),
    validate: validateExceptionForm,
    toBody: toExceptionBody,
    fieldLabel: exceptionFieldLabel,
    onSuccess: onDone,
  });

  return (
    <form className="exception-form" noValidate onSubmit={form.submit} aria-labelledby="grant-title">
      <h3 id="grant-title">Grant an exception</h3>
      <FormErrorSummary errors={form.errors} />
      <Field id="exception-reason" label="Reason" error={form.errors.reason} required>
        {(a11y) => <textarea {...a11y} rows={2} {...form.bind('reason')} />}
      </Field>
      <div className="form-grid">
        <Field id="exception-approvedBy" label="Approved by" error={form.errors.approvedBy} required>
          {(a11y) => <input {...a11y} type="text" {...form.bind('approvedBy')} />}
        </Field>
        <Field
          id="exception-grantedOn"
          label="Granted on"
          error={form.errors.grantedOn}
          hint="May be backdated when recording history"
        >
          {(a11y) => <input {...a11y} type="date" {...form.bind('grantedOn')} />}
        </Field>
        <Field
          id="exception-expiresOn"
          label="Expires on"
          error={form.errors.expiresOn}
          hint="After the grant date"
          required
        >
          {(a11y) => <input {...a11y} type="date" {...form.bind('expiresOn')} />}
        </Field>
      </div>
      <div className="form-actions">
        <SubmitButton pending={form.pending} pendingLabel="Granting…">
          Grant exception
        </SubmitButton>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
