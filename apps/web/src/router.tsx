import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { Layout } from './components/Layout';

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

export const router = createBrowserRouter([
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
