import { useNavigate, useSearchParams } from 'react-router';
import { useSignIn } from '../api/auth';
import { Field } from '../components/Field';
import { FormErrorSummary } from '../components/FormErrorSummary';
import { SubmitButton } from '../components/SubmitButton';
import {
  afterSignInRefused,
  loginFieldLabel,
  toSignInBody,
  validateLogin,
  type LoginFormValues,
} from '../lib/accountForms';
import { safeNext } from '../lib/authRedirect';
import { useMutationForm } from '../lib/useMutationForm';

export default function LoginPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const form = useMutationForm({
    mutation: useSignIn(),
    initial: (): LoginFormValues => ({ email: '', password: '' }),
    validate: validateLogin,
    toBody: toSignInBody,
    fieldLabel: loginFieldLabel,
    onSuccess: () => void navigate(next, { replace: true }),
    onError: afterSignInRefused,
  });

  return (
    <div className="login">
      <title>Sign in · Model Migration Tracker</title>
      <main id="main" className="login-main">
        <p className="login-brand">Model Migration Tracker</p>
        <form className="panel login-card" noValidate onSubmit={form.submit} aria-labelledby="login-title">
          <h1 id="login-title">Sign in</h1>
          {params.get('next') && !form.errors._form && (
            <p className="muted" data-testid="login-next-note">
              Sign in to continue where you were.
            </p>
          )}
          <FormErrorSummary errors={form.errors} />
          <Field id="login-email" label="Email" error={form.errors.email} required>
            {(a11y) => <input {...a11y} type="email" autoComplete="username" autoFocus {...form.bind('email')} />}
          </Field>
          <Field id="login-password" label="Password" error={form.errors.password} required>
            {(a11y) => <input {...a11y} type="password" autoComplete="current-password" {...form.bind('password')} />}
          </Field>
          <SubmitButton pending={form.pending} pendingLabel="Signing in…" className="login-submit">
            Sign in
          </SubmitButton>
        </form>
        <p className="muted small login-help">
          No account yet? Ask an admin of your team to invite you. On a new server, the first admin's password is
          printed once in the server's console.
        </p>
      </main>
    </div>
  );
}
