import type { CreatableTokenScope, CreatedToken, Role } from '@mmt/domain';
import { useState, type FormEvent } from 'react';
import { useCreateToken } from '../../api/tokens';
import { toCreateTokenBody, tokenFieldLabel, validateToken, type TokenFormValues } from '../../lib/accountForms';
import { apiErrorToErrors } from '../../lib/apiErrors';
import { formatDateTime, todayIso } from '../../lib/format';
import { hasErrors, type ErrorMap } from '../../lib/formErrors';
import { grantableScopes, SCOPE_LABELS } from '../../lib/permissions';
import { Field } from '../Field';
import { SecretBox } from '../SecretBox';

const empty = (scope: CreatableTokenScope): TokenFormValues => ({ name: '', scope, expiresOn: '' });

/** Creates a token for the signed-in person's scripts, no stronger than their role; shows the secret once. */
export function CreateTokenForm({ role }: { role: Role }) {
  const scopes = grantableScopes(role);
  const defaultScope = scopes[scopes.length - 1] ?? 'read';
  const create = useCreateToken();
  const [values, setValues] = useState<TokenFormValues>(() => empty(defaultScope));
  const [errors, setErrors] = useState<ErrorMap>({});
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const set = (field: keyof TokenFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateToken(values, scopes);
    setErrors(found);
    if (hasErrors(found)) return;
    create.mutate(toCreateTokenBody(values), {
      onSuccess: (token) => {
        setCreated(token);
        setValues(empty(defaultScope));
      },
      onError: (error) => setErrors(apiErrorToErrors(error, tokenFieldLabel)),
    });
  };

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
      <form className="panel token-form" noValidate onSubmit={onSubmit} aria-labelledby="create-token-title">
        <h3 id="create-token-title">Create a token</h3>
        {errors._form && (
          <p className="panel panel-error" role="alert">
            {errors._form}
          </p>
        )}
        <div className="form-grid">
          <Field id="token-name" label="Name" error={errors.name} hint="What uses it, e.g. “nightly import”" required>
            {(a11y) => <input {...a11y} type="text" value={values.name} onChange={set('name')} maxLength={100} />}
          </Field>
          <Field
            id="token-scope"
            label="Scope"
            error={errors.scope}
            hint={scopes.length === 1 ? 'Your role can create read tokens only' : undefined}
          >
            {(a11y) => (
              <select {...a11y} value={values.scope} onChange={set('scope')}>
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
            error={errors.expiresAt}
            hint="Optional: works until the end of this day"
          >
            {(a11y) => (
              <input {...a11y} type="date" min={todayIso()} value={values.expiresOn} onChange={set('expiresOn')} />
            )}
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create token'}
          </button>
        </div>
      </form>
    </>
  );
}
