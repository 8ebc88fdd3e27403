import {
  compliance,
  createModel,
  dashboard,
  modelPage,
  newModelBody,
  SEARCH_TEXT,
  wholePortfolio,
} from './floor-queries.js';
import type { FloorWork } from './sql-floor.js';

export interface Endpoint {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: () => string;
  floor: FloorWork;
}

export const SEARCH_TERM = 'sanctions';

/** What the benchmark measures; `asOf` is the date three years ago. */
export function endpoints(asOf: string, runId: string): Endpoint[] {
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
      floor: modelPage(`${SEARCH_TEXT} ILIKE $2`, [`%${SEARCH_TERM}%`]),
    },
    { name: 'compliance', method: 'GET', path: '/api/compliance', floor: compliance },
    { name: 'dashboard', method: 'GET', path: '/api/dashboard', floor: dashboard(null) },
    {
      name: 'dashboard, 3 years ago',
      method: 'GET',
      path: `/api/dashboard?asOf=${asOf}`,
      floor: dashboard(asOfInstant),
    },
    { name: 'status report (CSV)', method: 'GET', path: '/api/reports/status?format=csv', floor: wholePortfolio },
    {
      name: 'create model',
      method: 'POST',
      path: '/api/models',
      body: () => JSON.stringify(newModelBody(`Bench ${runId}-${++created}`)),
      floor: createModel(runId),
    },
  ];
}
