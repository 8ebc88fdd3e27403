import { Link } from 'react-router';
import { useTokens } from '../api/tokens';
import { useUsers } from '../api/users';
import { TokenTable } from '../components/account/TokenTable';
import { InviteUserForm } from '../components/admin/InviteUserForm';
import { UsersTable } from '../components/admin/UsersTable';
import { EmptyState, QueryState } from '../components/QueryStates';
import { RoleGate } from '../components/RoleGate';
import { BACKUP_URL } from '../lib/reports';
import { useSession } from '../lib/session';

export default function AdminPage() {
  return (
    <RoleGate capability="administer" title="Administration" action="manage people and API tokens">
      <Administration />
    </RoleGate>
  );
}

function Administration() {
  const session = useSession();
  const users = useUsers();
  const tokens = useTokens();
  return (
    <section className="page">
      <title>Admin · Model Migration Tracker</title>
      <h1>Administration</h1>

      <section className="section-first" aria-labelledby="people-title">
        <h2 id="people-title">People</h2>
        <p className="lede">
          Deactivating someone signs them out and stops their tokens; what they did stays in the history.
        </p>
        <InviteUserForm />
        <QueryState query={users} loading="Loading people" errorTitle="Could not load the people">
          {(list) => <UsersTable users={list} selfId={session.id} />}
        </QueryState>
      </section>

      <section className="section" aria-labelledby="all-tokens-title">
        <h2 id="all-tokens-title">All API tokens</h2>
        <p className="lede">Everyone's tokens. People create their own under Account.</p>
        <QueryState query={tokens} loading="Loading API tokens" errorTitle="Could not load the tokens">
          {(list) =>
            list.length === 0 ? (
              <EmptyState title="No API tokens yet" />
            ) : (
              <TokenTable tokens={list} users={users.data ?? []} caption="All API tokens" />
            )
          }
        </QueryState>
      </section>

      <section className="section" aria-labelledby="notifications-title">
        <h2 id="notifications-title">Notifications</h2>
        <p className="lede">
          Tell the team's chat or your own systems about every change as it happens, and send the weekly digest.
        </p>
        <Link className="button" to="/admin/webhooks">
          Webhooks and the weekly digest
        </Link>
      </section>

      <section className="section" aria-labelledby="backup-title">
        <h2 id="backup-title">Backup</h2>
        <p className="lede">
          Every model with its full history, the exceptions, every policy version and the reviews, as one JSON file.
          Accounts and API tokens are not in it. It restores into an empty instance (
          <code>POST /api/backup/restore</code>).
        </p>
        <a className="button" href={BACKUP_URL} download>
          Download full backup
        </a>
      </section>
    </section>
  );
}
