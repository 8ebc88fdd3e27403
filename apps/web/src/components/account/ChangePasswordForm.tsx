import { useState } from 'react';
import { useChangePassword } from '../../api/auth';
import {
  passwordFieldLabel,
  toChangePasswordBody,
  validatePasswordChange,
  type PasswordFormValues,
} from '../../lib/accountForms';
import { useMutationForm } from '../../lib/useMutationForm';
import { Field } from '../Field';
import { FormErrorSummary } from '../FormErrorSummary';
import { SubmitButton } from '../SubmitButton';

const EMPTY: PasswordFormValues = { currentPassword: '', newPassword: '', repeatPassword: '' };

export function ChangePasswordForm({ email }: { email: string | null }) {
  const [done, setDone] = useState(false);
  const form = useMutationForm({
    mutation: useChangePassword(),
    initial: () => EMPTY,
    validate: validatePasswordChange,
    toBody: toChangePasswordBody,
    fieldLabel: passwordFieldLabel,
    onSubmitStart: () => setDone(false),
    resetOnSuccess: true,
    onSuccess: () => setDone(true),
  });

  return (
    <form className="panel password-form" noValidate onSubmit={form.submit} aria-labelledby="password-title">
      <h2 id="password-title">Change password</h2>
      {done && (
        <p className="panel panel-success" role="status">
          Password changed, and your other sessions signed out. Use the new one the next time you sign in.
        </p>
      )}
      <FormErrorSummary errors={form.errors} />
      {/* For password managers: which account this password belongs to. */}
      <input type="email" autoComplete="username" value={email ?? ''} readOnly hidden />
      <Field id="password-current" label="Current password" error={form.errors.currentPassword} required>
        {(a11y) => (
          <input {...a11y} type="password" autoComplete="current-password" {...form.bind('currentPassword')} />
        )}
      </Field>
      <Field
        id="password-new"
        label="New password"
        error={form.errors.newPassword}
        hint="At least 12 characters; a few unrelated words make a good one"
        required
      >
        {(a11y) => <input {...a11y} type="password" autoComplete="new-password" {...form.bind('newPassword')} />}
      </Field>
      <Field id="password-repeat" label="New password again" error={form.errors.repeatPassword} required>
        {(a11y) => <input {...a11y} type="password" autoComplete="new-password" {...form.bind('repeatPassword')} />}
      </Field>
      <div className="form-actions">
        <SubmitButton pending={form.pending} pendingLabel="Changing…">
          Change password
        </SubmitButton>
      </div>
    </form>
  );
}
