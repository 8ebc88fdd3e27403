import type { PrincipalView } from '@mmt/domain';
import { Suspense } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useMe, useSignOut } from '../api/auth';
import { errorMessage } from '../lib/apiErrors';
import { isUnauthenticated, LOGIN_PATH } from '../lib/authRedirect';
import { todayIso } from '../lib/format';
import { can, ROLE_LABELS, type Capability } from '../lib/permissions';
import { SessionContext } from '../lib/session';
import { asOfSearch, useAsOf } from '../lib/useAsOf';
import { ErrorPanel, Loading } from './QueryStates';

// Links carry the as-of date along so it survives moving between pages.
// An item with a capability shows only to roles that have it.
const NAV: { to: string; label: string; capability?: Capability }[] = [
  { to: '/', label: 'Overview' },
  { to: '/review', label: 'Weekly review' },
  { to: '/models', label: 'Models' },
  { to: '/models/new', label: 'Register model', capability: 'registerModel' },
  { to: '/compliance', label: 'Compliance' },
  { to: '/policy', label: 'Policy' },
  { to: '/import', label: 'Import', capability: 'importModels' },
  { to: '/admin', label: 'Admin', capability: 'administer' },
];

/** Pages that read the as-of date; elsewhere the picker says it does not apply. */
function pageUsesAsOf(pathname: string): boolean {
  return pathname === '/' || pathname === '/models' || pathname === '/compliance';
}

function AsOfPicker() {
  const [asOf, setAsOf] = useAsOf();
  const { pathname } = useLocation();
  const applies = pageUsesAsOf(pathname);
  return (
    <div className="as-of">
      <label id="as-of-label" htmlFor="as-of-input">
        As of
      </label>
      <input
        id="as-of-input"
        type="date"
        value={asOf}
        max={todayIso()}
        onChange={(event) => setAsOf(event.target.value)}
        aria-describedby="as-of-note"
      />
      {asOf ? (
        <button type="button" className="button-link" onClick={() => setAsOf('')}>
          Back to now
        </button>
      ) : null}
      <span id="as-of-note" className="as-of-note">
        {asOf
          ? applies
            ? `Showing the portfolio at the end of ${asOf}`
            : 'Applies to Overview, Models and Compliance'
          : 'Showing now'}
      </span>
    </div>
  );
}

/** Past reviews and comparisons belong to the Weekly review item. */
function isActive(to: string, pathname: string, matched: boolean): boolean {
  if (to === '/review') return pathname === '/review' || pathname.startsWith('/reviews/');
  return matched;
}

function SessionMenu({ session }: { session: PrincipalView }) {
  const navigate = useNavigate();
  const signOut = useSignOut(() => navigate(LOGIN_PATH, { replace: true }));
  return (
    <div className="session-menu" aria-label="Signed in" role="group">
      <span className="session-who">
        <span className="session-name">{session.name}</span>{' '}
        <span className={`badge role-badge role-${session.role}`} data-testid="session-role">
          {ROLE_LABELS[session.role]}
        </span>
      </span>
      <NavLink to="/account" className={({ isActive }) => `session-link${isActive ? ' active' : ''}`}>
        Account
      </NavLink>
      <button type="button" className="session-signout" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </button>
      {signOut.isError && (
        <span className="session-error" role="alert">
          Could not sign out: {errorMessage(signOut.error)}
        </span>
      )}
    </div>
  );
}

/** The signed-in app: nothing shows until the API says who is here; a 401 goes to the sign-in page. */
export function Layout() {
  const me = useMe();
  if (me.isSuccess) {
    return (
      <SessionContext.Provider value={me.data}>
        <Shell session={me.data} />
      </SessionContext.Provider>
    );
  }
  return (
    <main id="main" className="app-main">
      {me.isPending || isUnauthenticated(me.error) ? (
        <Loading what={me.isPending ? 'Checking who is signed in' : 'Opening the sign-in page'} />
      ) : (
        <ErrorPanel error={me.error} title="Could not check who is signed in" onRetry={() => void me.refetch()} />
      )}
    </main>
  );
}

function Shell({ session }: { session: PrincipalView }) {
  const [asOf] = useAsOf();
  const { pathname } = useLocation();
  const nav = NAV.filter((item) => !item.capability || can(session.role, item.capability));
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <div className="app-header-row">
            <span className="app-title">Model Migration Tracker</span>
            <SessionMenu session={session} />
          </div>
          <div className="app-header-row">
            <nav aria-label="Main">
              <ul className="nav-list">
                {nav.map((item) => (
                  <li key={item.to}>
                    <NavLink
                      to={{ pathname: item.to, search: asOfSearch(asOf) }}
                      end
                      className={({ isActive: matched }) =>
                        isActive(item.to, pathname, matched) ? 'active' : undefined
                      }
                    >
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <AsOfPicker />
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<Loading what="Loading page" />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
