import { COMPLIANCE_PAGE_SIZE } from '@mmt/domain';
import {
  DEFAULT_MODEL_LIST_FILTERS,
  parseModelListParams,
  toSearchParams,
  type ModelListFilters,
} from './modelListParams';

export const COMPLIANCE_PAGE_SIZES = [100, COMPLIANCE_PAGE_SIZE.default, COMPLIANCE_PAGE_SIZE.max] as const;

/** The Compliance page's state in the URL: the model list's filters and a page, always worst first. */
export type ComplianceFilters = Omit<ModelListFilters, 'sort' | 'order'>;

const { sort: _sort, order: _order, ...LIST_DEFAULTS } = DEFAULT_MODEL_LIST_FILTERS;
export const DEFAULT_COMPLIANCE_FILTERS: ComplianceFilters = {
  ...LIST_DEFAULTS,
  pageSize: COMPLIANCE_PAGE_SIZE.default,
};

/** Reads the page's state from the URL; unknown values fall back to the defaults. */
export function parseComplianceParams(params: URLSearchParams): ComplianceFilters {
  const { sort: _sort, order: _order, pageSize: _pageSize, ...filters } = parseModelListParams(params);
  const pageSize = Number(params.get('pageSize'));
  return {
    ...filters,
    pageSize: (COMPLIANCE_PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : COMPLIANCE_PAGE_SIZE.default,
  };
}

export const toComplianceParams = (filters: ComplianceFilters) => toSearchParams(filters, DEFAULT_COMPLIANCE_FILTERS);
