import { useTokens } from '../api/tokens';
import { ChangePasswordForm } from '../components/account/ChangePasswordForm';
import { DigestOptIn } from '../components/account/DigestOptIn';
import { CreateTokenForm } from '../components/account/CreateTokenForm';
import { SignOutEverywhere } from '../components/account/SignOutEverywhere';
import { TokenTable } from '../components/account/TokenTable';
import { EmptyState, QueryState } from '../components/QueryStates';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '../lib/permissions';
import { useSession } from '../lib/session';
import { ownTokens } from '../lib/tokens';

export default function AccountPage() {
  const session = useSession();
  const tokens = useTokens();

  return (
    <section className="page">
      <title>Account · Model Migration Tracker</title>
      <h1>Account</h1>
      <div className="account-grid">
        <section className="panel account-summary" aria-labelledby="you-title">
          <h2 id="you-title">You</h2>
          <dl className="summary-list">
            <div>
              <dt>Name</dt>
              <dd>{session.name}</dd>
            </div>
            <div>
              <dt>Email</dt>
              <dd>{session.email ?? '—'}</dd>
            </div>
            <div>
              <dt>Role</dt>
              <dd>
                <span className={`badge role-badge role-${session.role}`}>{ROLE_LABELS[session.role]}</span>{' '}
                <span className="muted">{ROLE_DESCRIPTIONS[session.role]}</span>
              </dd>
            </div>
          </dl>
          <p className="muted small">Only an admin can change your name or role.</p>
        </section>
        <ChangePasswordForm email={session.email} />
        <SignOutEverywhere />
      </div>

      <DigestOptIn />

      <section className="section" aria-labelledby="tokens-title">
        <h2 id="tokens-title">My API tokens</h2>
        <p className="lede">
          Scripts (an import job, CI) use a token instead of your password. A token acts for you, never with more than
          your role as it is now, and stops working when it expires, when you revoke it, or when your account is
          deactivated.
        </p>
        <CreateTokenForm role={session.role} />
        <QueryState query={tokens} loading="Loading your tokens" errorTitle="Could not load your tokens">
          {(all) => {
            // An admin's list holds everyone's tokens; this page is about one's own (the Admin page has the rest).
            const mine = ownTokens(all, session.id);
            return mine.length === 0 ? (
              <EmptyState title="No API tokens yet">
                <p>Create one above when a script needs to reach the registry.</p>
              </EmptyState>
            ) : (
              <TokenTable tokens={mine} caption="My API tokens" />
            );
          }}
        </QueryState>
      </section>
    </section>
  );
}
