import { lazy } from 'react';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { Layout } from './components/Layout';

// Each page is its own chunk: the first screen loads only what it shows.
const ModelsPage = lazy(() => import('./pages/ModelsPage'));
const RegisterModelPage = lazy(() => import('./pages/RegisterModelPage'));
const ModelPage = lazy(() => import('./pages/ModelPage'));
const CompliancePage = lazy(() => import('./pages/CompliancePage'));
const PolicyPage = lazy(() => import('./pages/PolicyPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

/** `/` becomes the dashboard later; until then it opens the models list, keeping `?asOf`. */
function HomeRedirect() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: '/models', search }} replace />;
}

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'models', element: <ModelsPage /> },
      { path: 'models/new', element: <RegisterModelPage /> },
      { path: 'models/:id', element: <ModelPage /> },
      { path: 'compliance', element: <CompliancePage /> },
      { path: 'policy', element: <PolicyPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
