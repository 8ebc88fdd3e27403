import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { Layout } from './components/Layout';
import { Loading } from './components/QueryStates';

// Each page is its own chunk: the first screen loads only what it shows.
const ModelsPage = lazy(() => import('./pages/ModelsPage'));
const RegisterModelPage = lazy(() => import('./pages/RegisterModelPage'));
const ModelPage = lazy(() => import('./pages/ModelPage'));
const CompliancePage = lazy(() => import('./pages/CompliancePage'));
const PolicyPage = lazy(() => import('./pages/PolicyPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const OverviewPage = lazy(() => import('./pages/OverviewPage'));
const WeeklyReviewPage = lazy(() => import('./pages/WeeklyReviewPage'));
const ReviewPage = lazy(() => import('./pages/ReviewPage'));
const CompareReviewsPage = lazy(() => import('./pages/CompareReviewsPage'));
const LoginPage = lazy(() => import('./pages/LoginPage'));
const AccountPage = lazy(() => import('./pages/AccountPage'));
const AdminPage = lazy(() => import('./pages/AdminPage'));
const ImportPage = lazy(() => import('./pages/ImportPage'));
const WebhooksPage = lazy(() => import('./pages/WebhooksPage'));

export const router = createBrowserRouter([
  {
    // Outside the shell: it is the one page that needs no session.
    path: '/login',
    element: (
      <Suspense fallback={<Loading what="Loading the sign-in page" />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'review', element: <WeeklyReviewPage /> },
      { path: 'reviews/compare', element: <CompareReviewsPage /> },
      { path: 'reviews/:id', element: <ReviewPage /> },
      { path: 'models', element: <ModelsPage /> },
      { path: 'models/new', element: <RegisterModelPage /> },
      { path: 'models/:id', element: <ModelPage /> },
      { path: 'compliance', element: <CompliancePage /> },
      { path: 'policy', element: <PolicyPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'admin', element: <AdminPage /> },
      { path: 'admin/webhooks', element: <WebhooksPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
