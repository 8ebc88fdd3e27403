import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { can, requiredRole, ROLE_LABELS, type Capability } from '../lib/permissions';
import { useSession } from '../lib/session';

/** A whole page that needs more than reading: a clear note for roles that lack it, never a broken form. */
export function RoleGate({
  capability,
  title,
  action,
  children,
}: {
  capability: Capability;
  /** The page's heading. */
  title: string;
  /** What the page is for, after "if you need to": "register models". */
  action: string;
  children: ReactNode;
}) {
  const session = useSession();
  if (can(session.role, capability)) return children;
  const needed = requiredRole(capability);
  return (
    <section className="page">
      <h1>{title}</h1>
      <div className="panel panel-warning" role="alert" data-testid="role-needed">
        <h2>This needs the {needed} role</h2>
        <p>
          You are signed in as {session.name} with the {ROLE_LABELS[session.role].toLowerCase()} role. Ask an admin if
          you need to {action}.
        </p>
        <p>
          <Link to="/">Back to the overview</Link>
        </p>
      </div>
    </section>
  );
}
