import { Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { todayIso } from '../lib/format';
import { asOfSearch, useAsOf } from '../lib/useAsOf';
import { Loading } from './QueryStates';

// Links carry the as-of date along so it survives moving between pages.
const NAV = [
  { to: '/', label: 'Overview' },
  { to: '/review', label: 'Weekly review' },
  { to: '/models', label: 'Models' },
  { to: '/models/new', label: 'Register model' },
  { to: '/compliance', label: 'Compliance' },
  { to: '/policy', label: 'Policy' },
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

export function Layout() {
  const [asOf] = useAsOf();
  const { pathname } = useLocation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <span className="app-title">Model Migration Tracker</span>
          <nav aria-label="Main">
            <ul className="nav-list">
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={{ pathname: item.to, search: asOfSearch(asOf) }}
                    end
                    className={({ isActive: matched }) => (isActive(item.to, pathname, matched) ? 'active' : undefined)}
                  >
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <AsOfPicker />
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
