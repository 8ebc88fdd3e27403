import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { useSignIn } from '../api/auth';
import { Field } from '../components/Field';
import { loginFieldLabel, toSignInBody, validateLogin, type LoginFormValues } from '../lib/accountForms';
import { apiErrorToErrors } from '../lib/apiErrors';
import { safeNext } from '../lib/authRedirect';
import { hasErrors, type ErrorMap } from '../lib/formErrors';

export default function LoginPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [values, setValues] = useState<LoginFormValues>({ email: '', password: '' });
  const [errors, setErrors] = useState<ErrorMap>({});
  const set = (field: keyof LoginFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateLogin(values);
    setErrors(found);
    if (hasErrors(found)) return;
    signIn.mutate(toSignInBody(values), {
      onSuccess: () => void navigate(next, { replace: true }),
      onError: (error) => {
        // 401 "Wrong email or password" and 429 "Too many failed sign-ins…" are the API's own sentences.
        setErrors(
          error instanceof ApiError && error.status === 400
            ? apiErrorToErrors(error, loginFieldLabel)
            : { _form: error.message },
        );
        if (error instanceof ApiError && error.status === 401) setValues((current) => ({ ...current, password: '' }));
      },
    });
  };

  return (
    <div className="login">
      <title>Sign in · Model Migration Tracker</title>
      <main id="main" className="login-main">
        <p className="login-brand">Model Migration Tracker</p>
        <form className="panel login-card" noValidate onSubmit={onSubmit} aria-labelledby="login-title">
          <h1 id="login-title">Sign in</h1>
          {params.get('next') && !errors._form && (
            <p className="muted" data-testid="login-next-note">
              Sign in to continue where you were.
            </p>
          )}
          {errors._form && (
            <div className="panel panel-error" role="alert">
              <p>{errors._form}</p>
            </div>
          )}
          <Field id="login-email" label="Email" error={errors.email} required>
            {(a11y) => (
              <input
                {...a11y}
                type="email"
                autoComplete="username"
                autoFocus
                value={values.email}
                onChange={set('email')}
              />
            )}
          </Field>
          <Field id="login-password" label="Password" error={errors.password} required>
            {(a11y) => (
              <input
                {...a11y}
                type="password"
                autoComplete="current-password"
                value={values.password}
                onChange={set('password')}
              />
            )}
          </Field>
          <button type="submit" className="button-primary login-submit" disabled={signIn.isPending}>
            {signIn.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p className="muted small login-help">
          No account yet? Ask an admin of your team to invite you. On a new server, the first admin's password is
          printed once in the server's console.
        </p>
      </main>
    </div>
  );
}
