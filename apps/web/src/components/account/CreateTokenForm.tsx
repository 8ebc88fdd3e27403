import type { CreatableTokenScope, CreatedToken, Role } from '@mmt/domain';
import { useState } from 'react';
import { useCreateToken } from '../../api/tokens';
import { toCreateTokenBody, tokenFieldLabel, validateToken, type TokenFormValues } from '../../lib/accountForms';
import { formatDateTime, todayIso } from '../../lib/format';
import { grantableScopes, SCOPE_LABELS } from '../../lib/permissions';
import { useMutationForm } from '../../lib/useMutationForm';
import { Field } from '../Field';
import { FormErrorSummary } from '../FormErrorSummary';
import { SecretBox } from '../SecretBox';
import { SubmitButton } from '../SubmitButton';

const empty = (scope: CreatableTokenScope): TokenFormValues => ({ name: '', scope, expiresOn: '' });

/** Creates a token for the signed-in person's scripts, no stronger than their role; shows the secret once. */
export function CreateTokenForm({ role }: { role: Role }) {
  const scopes = grantableScopes(role);
  const defaultScope = scopes[scopes.length - 1] ?? 'read';
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const form = useMutationForm({
    mutation: useCreateToken(),
    initial: () => empty(defaultScope),
    validate: (values) => validateToken(values, scopes),
    toBody: toCreateTokenBody,
    fieldLabel: tokenFieldLabel,
    resetOnSuccess: true,
    onSuccess: (token) => setCreated(token),
  });

  return (
    <>
      {created && (
        <SecretBox
          id="new-token"
          title={`Token “${created.name}” created`}
          label={`The secret of token ${created.name}`}
          secret={created.token}
          onDismiss={() => setCreated(null)}
        >
          <p>
            Send it as <code>Authorization: Bearer &lt;token&gt;</code>. It acts as{' '}
            {created.scope === 'write' ? 'an editor' : 'a viewer'}
            {created.expiresAt ? ` until ${formatDateTime(created.expiresAt)}` : ' until it is revoked'}.
          </p>
        </SecretBox>
      )}
      <form className="panel token-form" noValidate onSubmit={form.submit} aria-labelledby="create-token-title">
        <h3 id="create-token-title">Create a token</h3>
        <FormErrorSummary errors={form.errors} />
        <div className="form-grid">
          <Field
            id="token-name"
            label="Name"
            error={form.errors.name}
            hint="What uses it, e.g. “nightly import”"
            required
          >
            {(a11y) => <input {...a11y} type="text" {...form.bind('name')} maxLength={100} />}
          </Field>
          <Field
            id="token-scope"
            label="Scope"
            error={form.errors.scope}
            hint={scopes.length === 1 ? 'Your role can create read tokens only' : undefined}
          >
            {(a11y) => (
              <select {...a11y} {...form.bind('scope')}>
                {scopes.map((scope) => (
                  <option key={scope} value={scope}>
                    {SCOPE_LABELS[scope]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id="token-expiresOn"
            label="Expires after"
            error={form.errors.expiresAt}
            hint="Optional: works until the end of this day"
          >
            {(a11y) => <input {...a11y} type="date" min={todayIso()} {...form.bind('expiresOn')} />}
          </Field>
        </div>
        <div className="form-actions">
          <SubmitButton pending={form.pending} pendingLabel="Creating…">
            Create token
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
