import {
  CODE_STATE_LABELS,
  CODE_STATES,
  FRAMEWORK_FAMILIES,
  FRAMEWORKS,
  LIFECYCLES,
  VERDICT_LABELS,
  VERDICT_STATUSES,
  frameworkLabel,
  humanize,
  type CodeState,
  type Framework,
  type VerdictStatus,
} from '@mmt/domain';
import { useCallback } from 'react';
import type { ModelListFilters } from '../lib/modelListParams';
import { DebouncedTextFilter } from './DebouncedTextFilter';

type Filters = Pick<ModelListFilters, (typeof FILTER_KEYS)[number]>;

/** The filters the model list and the Compliance page share, in the order the form shows them. */
export const FILTER_KEYS = ['framework', 'family', 'lifecycle', 'verdict', 'code', 'team', 'q'] as const;

const SELECT_FILTERS = [
  { key: 'framework', label: 'Framework', values: FRAMEWORKS, text: (v: string) => frameworkLabel(v as Framework) },
  { key: 'family', label: 'Family', values: FRAMEWORK_FAMILIES, text: (v: string) => v },
  { key: 'lifecycle', label: 'Lifecycle', values: LIFECYCLES, text: humanize },
  {
    key: 'verdict',
    label: 'Verdict',
    values: VERDICT_STATUSES,
    text: (v: string) => VERDICT_LABELS[v as VerdictStatus],
  },
  { key: 'code', label: 'Code', values: CODE_STATES, text: (v: string) => CODE_STATE_LABELS[v as CodeState] },
] as const;

const NO_FILTERS: Filters = { framework: '', family: '', lifecycle: '', verdict: '', code: '', team: '', q: '' };

/** Whether any of the shared filters is set. */
export const isFiltered = (filters: Filters) => FILTER_KEYS.some((key) => filters[key] !== '');

/** Search, the select filters and the team, each change handed to `update`. */
export function ModelFilterForm({
  filters,
  update,
  label,
}: {
  filters: Filters;
  update: (change: Partial<Filters>) => void;
  label: string;
}) {
  const commitQ = useCallback((q: string) => update({ q }), [update]);
  const commitTeam = useCallback((team: string) => update({ team }), [update]);
  return (
    <form className="filters" role="search" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      <DebouncedTextFilter
        id="filter-q"
        label="Search"
        type="search"
        value={filters.q}
        onCommit={commitQ}
        placeholder="Name, task, tags…"
      />
      {SELECT_FILTERS.map((filter) => (
        <div className="filter" key={filter.key}>
          <label htmlFor={`filter-${filter.key}`}>{filter.label}</label>
          <select
            id={`filter-${filter.key}`}
            value={filters[filter.key]}
            onChange={(event) => update({ [filter.key]: event.target.value })}
          >
            <option value="">All</option>
            {filter.values.map((value) => (
              <option key={value} value={value}>
                {filter.text(value)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <DebouncedTextFilter id="filter-team" label="Team" value={filters.team} onCommit={commitTeam} />
      {isFiltered(filters) && (
        <button type="button" className="button-link filters-clear" onClick={() => update(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </form>
  );
}
