import { CODE_STATES, FRAMEWORK_FAMILIES, FRAMEWORKS, LIFECYCLES, VERDICT_STATUSES } from '@mmt/domain';

export const MODEL_SORTS = ['name', 'team', 'framework', 'lifecycle', 'startedOn', 'updatedAt', 'verdict'] as const;
export type ModelSort = (typeof MODEL_SORTS)[number];
export const PAGE_SIZES = [25, 50, 100] as const;
export type SortOrder = 'asc' | 'desc';

/** Everything that decides which models the list shows: the URL holds all of it. */
export interface ModelListFilters {
  framework: string;
  family: string;
  lifecycle: string;
  verdict: string;
  code: string;
  team: string;
  q: string;
  asOf: string;
  sort: ModelSort;
  order: SortOrder;
  page: number;
  pageSize: number;
}

export const DEFAULT_MODEL_LIST_FILTERS: ModelListFilters = {
  framework: '',
  family: '',
  lifecycle: '',
  verdict: '',
  code: '',
  team: '',
  q: '',
  asOf: '',
  sort: 'name',
  order: 'asc',
  page: 1,
  pageSize: 25,
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : '';
}

function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number >= 1 ? number : null;
}

/** Reads the list's state from the URL; unknown values fall back to the defaults. */
export function parseModelListParams(params: URLSearchParams): ModelListFilters {
  const d = DEFAULT_MODEL_LIST_FILTERS;
  const pageSize = positiveInt(params.get('pageSize'));
  return {
    framework: oneOf(FRAMEWORKS, params.get('framework')),
    family: oneOf(FRAMEWORK_FAMILIES, params.get('family')),
    lifecycle: oneOf(LIFECYCLES, params.get('lifecycle')),
    verdict: oneOf(VERDICT_STATUSES, params.get('verdict')),
    code: oneOf(CODE_STATES, params.get('code')),
    team: params.get('team')?.trim() ?? '',
    q: params.get('q')?.trim() ?? '',
    asOf: params.get('asOf') ?? '',
    sort: oneOf(MODEL_SORTS, params.get('sort')) || d.sort,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: positiveInt(params.get('page')) ?? d.page,
    pageSize: pageSize !== null && (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : d.pageSize,
  };
}

/** Writes the list's state to URL params, leaving defaults out so links stay short. */
export function toModelListParams(filters: ModelListFilters): URLSearchParams {
  const params = new URLSearchParams();
  const d = DEFAULT_MODEL_LIST_FILTERS;
  for (const key of Object.keys(d) as (keyof ModelListFilters)[]) {
    const value = filters[key];
    if (value === d[key] || value === '') continue;
    params.set(key, String(value));
  }
  return params;
}

/** A filter change starts again from the first page; paging keeps the filters. */
export function updateModelListFilters(current: ModelListFilters, change: Partial<ModelListFilters>): ModelListFilters {
  const resetsPage = Object.keys(change).some((key) => key !== 'page');
  return { ...current, ...change, page: change.page ?? (resetsPage ? 1 : current.page) };
}

/** Clicking a column header: a new column sorts ascending, the same column flips the order. */
export function nextSort(current: ModelListFilters, column: ModelSort): Pick<ModelListFilters, 'sort' | 'order'> {
  if (current.sort !== column) return { sort: column, order: 'asc' };
  return { sort: column, order: current.order === 'asc' ? 'desc' : 'asc' };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
