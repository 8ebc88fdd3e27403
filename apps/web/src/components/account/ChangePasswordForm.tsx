import { useState, type FormEvent } from 'react';
import { useChangePassword } from '../../api/auth';
import {
  passwordFieldLabel,
  toChangePasswordBody,
  validatePasswordChange,
  type PasswordFormValues,
} from '../../lib/accountForms';
import { apiErrorToErrors } from '../../lib/apiErrors';
import { hasErrors, type ErrorMap } from '../../lib/formErrors';
import { Field } from '../Field';

const EMPTY: PasswordFormValues = { currentPassword: '', newPassword: '', repeatPassword: '' };

export function ChangePasswordForm({ email }: { email: string | null }) {
  const change = useChangePassword();
  const [values, setValues] = useState<PasswordFormValues>(EMPTY);
  const [errors, setErrors] = useState<ErrorMap>({});
  const [done, setDone] = useState(false);
  const set = (field: keyof PasswordFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const found = validatePasswordChange(values);
    setErrors(found);
    if (hasErrors(found)) return;
    change.mutate(toChangePasswordBody(values), {
      onSuccess: () => {
        setValues(EMPTY);
        setDone(true);
      },
      onError: (error) => setErrors(apiErrorToErrors(error, passwordFieldLabel)),
    });
  };

  return (
    <form className="panel password-form" noValidate onSubmit={onSubmit} aria-labelledby="password-title">
      <h2 id="password-title">Change password</h2>
      {done && (
        <p className="panel panel-success" role="status">
          Password changed, and your other sessions signed out. Use the new one the next time you sign in.
        </p>
      )}
      {errors._form && (
        <p className="panel panel-error" role="alert">
          {errors._form}
        </p>
      )}
      {/* For password managers: which account this password belongs to. */}
      <input type="email" autoComplete="username" value={email ?? ''} readOnly hidden />
      <Field id="password-current" label="Current password" error={errors.currentPassword} required>
        {(a11y) => (
          <input
            {...a11y}
            type="password"
            autoComplete="current-password"
            value={values.currentPassword}
            onChange={set('currentPassword')}
          />
        )}
      </Field>
      <Field
        id="password-new"
        label="New password"
        error={errors.newPassword}
        hint="At least 12 characters; a few unrelated words make a good one"
        required
      >
        {(a11y) => (
          <input
            {...a11y}
            type="password"
            autoComplete="new-password"
            value={values.newPassword}
            onChange={set('newPassword')}
          />
        )}
      </Field>
      <Field id="password-repeat" label="New password again" error={errors.repeatPassword} required>
        {(a11y) => (
          <input
            {...a11y}
            type="password"
            autoComplete="new-password"
            value={values.repeatPassword}
            onChange={set('repeatPassword')}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={change.isPending}>
          {change.isPending ? 'Changing…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}
