import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSignOutEverywhere } from '../../api/auth';
import { errorMessage } from '../../lib/apiErrors';
import { LOGIN_PATH } from '../../lib/authRedirect';

/** Ends every session of the account (a forgotten shared computer, a lost laptop), this one included. */
export function SignOutEverywhere() {
  const navigate = useNavigate();
  const signOut = useSignOutEverywhere(() => navigate(LOGIN_PATH, { replace: true }));
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="panel" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Signed in elsewhere?</h2>
      <p className="muted">
        Signing out everywhere ends every session of your account, on every browser, this one included. Changing your
        password signs out the others too. API tokens keep working: revoke them below.
      </p>
      {confirming ? (
        <span className="confirm" role="group" aria-label="Confirm signing out everywhere">
          <span>You will need your password to sign in again.</span>
          <button type="button" className="button-danger" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
            {signOut.isPending ? 'Signing out…' : 'Yes, sign out everywhere'}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Stay signed in
          </button>
        </span>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Sign out everywhere
        </button>
      )}
      {signOut.isError && (
        <p className="field-error" role="alert">
          {errorMessage(signOut.error)}
        </p>
      )}
    </section>
  );
}
