import {
  compliancePage,
  createModel,
  dashboard,
  modelDetail,
  modelPage,
  modelPageAt,
  newModelBody,
  searchPage,
  wholePortfolio,
} from './floor-queries.js';
import type { FloorWork } from './sql-floor.js';

export interface Endpoint {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: () => string;
  /** The least SQL that answers it; none where nobody has written one (it is measured all the same). */
  floor: FloorWork | null;
  /** A whole-portfolio file: judged by its own targets (time to first byte, memory), not a page's. */
  download?: boolean;
}

export const SEARCH_TERM = 'sanctions';

/** What the benchmark measures; `asOf` is the date three years ago, `modelId` one model of the portfolio. */
export function endpoints(asOf: string, runId: string, modelId: string): Endpoint[] {
  const asOfInstant = new Date(`${asOf}T23:59:59.999Z`);
  let created = 0;
  return [
    { name: 'models: first page', method: 'GET', path: '/api/models', floor: modelPage('true', []) },
    {
      name: 'models: filtered page',
      method: 'GET',
      path: '/api/models?framework=tensorflow&lifecycle=production',
      floor: modelPage('m.framework = $2 AND m.lifecycle = $3', ['tensorflow', 'production']),
    },
    {
      name: 'models: search',
      method: 'GET',
      path: `/api/models?q=${SEARCH_TERM}`,
      floor: searchPage(SEARCH_TERM),
    },
    {
      name: 'models: first page 3 years ago',
      method: 'GET',
      path: `/api/models?asOf=${asOf}`,
      floor: modelPageAt(asOfInstant),
    },
    { name: 'model', method: 'GET', path: `/api/models/${modelId}`, floor: modelDetail(modelId) },
    { name: 'compliance: first page', method: 'GET', path: '/api/compliance', floor: compliancePage(null) },
    {
      name: 'compliance: warnings',
      method: 'GET',
      path: '/api/compliance?verdict=warning',
      floor: compliancePage('warning'),
    },
    { name: 'dashboard', method: 'GET', path: '/api/dashboard', floor: dashboard(null) },
    {
      name: 'dashboard, 3 years ago',
      method: 'GET',
      path: `/api/dashboard?asOf=${asOf}`,
      floor: dashboard(asOfInstant),
    },
    {
      name: 'status report (CSV)',
      method: 'GET',
      path: '/api/reports/status?format=csv',
      floor: wholePortfolio,
      download: true,
    },
    {
      name: 'create model',
      method: 'POST',
      path: '/api/models',
      body: () => JSON.stringify(newModelBody(`Bench ${runId}-${++created}`)),
      floor: createModel(runId),
    },
    // Last: at this size its requests outlive the run (seconds each) and would weigh on the next endpoint.
    { name: 'weekly review changes', method: 'GET', path: '/api/reviews/latest/changes', floor: null },
  ];
}
