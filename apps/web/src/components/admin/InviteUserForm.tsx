import { type CreatedUser, ROLES } from '@mmt/domain';
import { useState, type FormEvent } from 'react';
import { useCreateUser } from '../../api/users';
import { inviteFieldLabel, toCreateUserBody, validateInvite, type InviteFormValues } from '../../lib/accountForms';
import { apiErrorToErrors } from '../../lib/apiErrors';
import { hasErrors, type ErrorMap } from '../../lib/formErrors';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '../../lib/permissions';
import { Field } from '../Field';
import { SecretBox } from '../SecretBox';

const EMPTY: InviteFormValues = { email: '', name: '', role: 'viewer', password: '' };

/** Creates an account; without a password the server generates one, shown here once. */
export function InviteUserForm() {
  const create = useCreateUser();
  const [values, setValues] = useState<InviteFormValues>(EMPTY);
  const [errors, setErrors] = useState<ErrorMap>({});
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const set = (field: keyof InviteFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const found = validateInvite(values);
    setErrors(found);
    if (hasErrors(found)) return;
    create.mutate(toCreateUserBody(values), {
      onSuccess: (user) => {
        setCreated(user);
        setValues(EMPTY);
      },
      onError: (error) => setErrors(apiErrorToErrors(error, inviteFieldLabel)),
    });
  };

  return (
    <>
      {created &&
        (created.initialPassword ? (
          <SecretBox
            id="initial-password"
            title={`Account created for ${created.email}`}
            label={`The first password of ${created.email}`}
            secret={created.initialPassword}
            onDismiss={() => setCreated(null)}
          >
            <p>
              Give {created.name} this password in person or through a password manager. They can change it under
              Account after signing in.
            </p>
          </SecretBox>
        ) : (
          <p className="panel panel-success" role="status">
            Account created for {created.email} with the password you chose.
          </p>
        ))}
      <form className="panel invite-form" noValidate onSubmit={onSubmit} aria-labelledby="invite-title">
        <h3 id="invite-title">Invite a user</h3>
        {errors._form && (
          <p className="panel panel-error" role="alert">
            {errors._form}
          </p>
        )}
        <div className="form-grid">
          <Field id="invite-email" label="Email" error={errors.email} required>
            {(a11y) => <input {...a11y} type="email" autoComplete="off" value={values.email} onChange={set('email')} />}
          </Field>
          <Field id="invite-name" label="Name" error={errors.name} required>
            {(a11y) => <input {...a11y} type="text" autoComplete="off" value={values.name} onChange={set('name')} />}
          </Field>
          <Field id="invite-role" label="Role" error={errors.role} hint={ROLE_DESCRIPTIONS[values.role]}>
            {(a11y) => (
              <select {...a11y} value={values.role} onChange={set('role')}>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id="invite-password"
            label="Password"
            error={errors.password}
            hint="Optional. Leave empty to generate one, shown once"
          >
            {(a11y) => (
              <input
                {...a11y}
                type="password"
                autoComplete="new-password"
                value={values.password}
                onChange={set('password')}
              />
            )}
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create account'}
          </button>
        </div>
      </form>
    </>
  );
}
