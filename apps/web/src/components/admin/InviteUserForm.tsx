import { type CreatedUser, ROLES } from '@mmt/domain';
import { useState } from 'react';
import { useCreateUser } from '../../api/users';
import { inviteFieldLabel, toCreateUserBody, validateInvite, type InviteFormValues } from '../../lib/accountForms';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '../../lib/permissions';
import { useMutationForm } from '../../lib/useMutationForm';
import { Field } from '../Field';
import { FormErrorSummary } from '../FormErrorSummary';
import { SecretBox } from '../SecretBox';
import { SubmitButton } from '../SubmitButton';

const EMPTY: InviteFormValues = { email: '', name: '', role: 'viewer', password: '' };

/** Creates an account; without a password the server generates one, shown here once. */
export function InviteUserForm() {
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const form = useMutationForm({
    mutation: useCreateUser(),
    initial: () => EMPTY,
    validate: validateInvite,
    toBody: toCreateUserBody,
    fieldLabel: inviteFieldLabel,
    onSubmitStart: () => setCreated(null),
    resetOnSuccess: true,
    onSuccess: (user) => setCreated(user),
  });

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
      <form className="panel invite-form" noValidate onSubmit={form.submit} aria-labelledby="invite-title">
        <h3 id="invite-title">Invite a user</h3>
        <FormErrorSummary errors={form.errors} />
        <div className="form-grid">
          <Field id="invite-email" label="Email" error={form.errors.email} required>
            {(a11y) => <input {...a11y} type="email" autoComplete="off" {...form.bind('email')} />}
          </Field>
          <Field id="invite-name" label="Name" error={form.errors.name} required>
            {(a11y) => <input {...a11y} type="text" autoComplete="off" {...form.bind('name')} />}
          </Field>
          <Field id="invite-role" label="Role" error={form.errors.role} hint={ROLE_DESCRIPTIONS[form.values.role]}>
            {(a11y) => (
              <select {...a11y} {...form.bind('role')}>
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
            error={form.errors.password}
            hint="Optional. Leave empty to generate one, shown once"
          >
            {(a11y) => <input {...a11y} type="password" autoComplete="new-password" {...form.bind('password')} />}
          </Field>
        </div>
        <div className="form-actions">
          <SubmitButton pending={form.pending} pendingLabel="Creating…">
            Create account
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
