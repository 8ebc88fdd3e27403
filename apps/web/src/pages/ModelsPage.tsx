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
  type Model,
  type VerdictStatus,
} from '@mmt/domain';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useModels } from '../api/models';
import { BadgeMarkdown } from '../components/BadgeMarkdown';
import { DebouncedTextFilter } from '../components/DebouncedTextFilter';
import { Pagination } from '../components/Pagination';
import { EmptyState, QueryState } from '../components/QueryStates';
import { SortHeader } from '../components/SortHeader';
import { VerdictBadge } from '../components/VerdictBadge';
import { formatDate, formatDateTime } from '../lib/format';
import { useCan } from '../lib/session';
import {
  DEFAULT_MODEL_LIST_FILTERS,
  nextSort,
  parseModelListParams,
  toModelListParams,
  updateModelListFilters,
  type ModelListFilters,
  type ModelSort,
} from '../lib/modelListParams';

/** The table's columns in order; those with a `sort` can be sorted by the API. */
const COLUMNS: { label: string; sort: ModelSort | null }[] = [
  { label: 'Name', sort: 'name' },
  { label: 'Team', sort: 'team' },
  { label: 'Task', sort: null },
  { label: 'Framework', sort: 'framework' },
  { label: 'Family', sort: null },
  { label: 'Lifecycle', sort: 'lifecycle' },
  { label: 'Verdict', sort: 'verdict' },
  { label: 'Started on', sort: 'startedOn' },
  { label: 'Updated', sort: 'updatedAt' },
];

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

export default function ModelsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseModelListParams(searchParams), [searchParams]);
  const query = useModels(filters);
  const canRegister = useCan('registerModel');

  const update = useCallback(
    (change: Partial<ModelListFilters>) => {
      setSearchParams((current) => toModelListParams(updateModelListFilters(parseModelListParams(current), change)));
    },
    [setSearchParams],
  );
  const commitQ = useCallback((q: string) => update({ q }), [update]);
  const commitTeam = useCallback((team: string) => update({ team }), [update]);
  const onSort = (column: ModelSort) => update(nextSort(filters, column));

  const filtered = (['framework', 'family', 'lifecycle', 'verdict', 'code', 'team', 'q'] as const).some(
    (key) => filters[key] !== DEFAULT_MODEL_LIST_FILTERS[key],
  );

  return (
    <section className="page">
      <title>Models · Model Migration Tracker</title>
      <div className="page-heading">
        <h1>Models</h1>
        {canRegister && (
          <Link className="button button-primary" to="/models/new">
            Register a model
          </Link>
        )}
      </div>
      {filters.asOf && <p className="as-of-banner">As they were at the end of {filters.asOf}.</p>}

      <form className="filters" role="search" aria-label="Filter models" onSubmit={(event) => event.preventDefault()}>
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
        {filtered && (
          <button
            type="button"
            className="button-link filters-clear"
            onClick={() => update({ framework: '', family: '', lifecycle: '', verdict: '', code: '', team: '', q: '' })}
          >
            Clear filters
          </button>
        )}
      </form>

      <QueryState query={query} loading="Loading models" errorTitle="Could not load the models">
        {({ items, total }) =>
          total === 0 ? (
            <EmptyState title={filtered ? 'No models match these filters' : 'No models yet'}>
              {filtered ? (
                <p>Try removing a filter or searching for something else.</p>
              ) : canRegister ? (
                <p>
                  <Link to="/models/new">Register the first model</Link>.
                </p>
              ) : (
                <p>An editor registers the team's models; they will show here.</p>
              )}
            </EmptyState>
          ) : (
            <>
              <div className="table-scroll" aria-busy={query.isFetching}>
                <table className="data-table">
                  <caption className="visually-hidden">
                    Models, sorted by {filters.sort} {filters.order === 'asc' ? 'ascending' : 'descending'}
                  </caption>
                  <thead>
                    <tr>
                      {COLUMNS.map(({ label, sort }) =>
                        sort ? (
                          <SortHeader
                            key={label}
                            column={sort}
                            label={label}
                            sort={filters.sort}
                            order={filters.order}
                            onSort={onSort}
                          />
                        ) : (
                          <th key={label} scope="col">
                            {label}
                          </th>
                        ),
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((model) => (
                      <ModelRow key={model.id} model={model} />
                    ))}
                  </tbody>
                </table>
              </div>
              {items.length === 0 && (
                <p>
                  No models on this page.{' '}
                  <button type="button" className="button-link" onClick={() => update({ page: 1 })}>
                    Go to the first page
                  </button>
                </p>
              )}
              <Pagination
                total={total}
                page={filters.page}
                pageSize={filters.pageSize}
                onPage={(page) => update({ page })}
                onPageSize={(pageSize) => update({ pageSize })}
              />
              {filters.team && <BadgeMarkdown kind="teams" subject={filters.team} title="Team badge" />}
            </>
          )
        }
      </QueryState>
    </section>
  );
}

function ModelRow({ model }: { model: Model }) {
  return (
    <tr>
      <th scope="row" className="name-cell">
        <Link to={`/models/${model.id}`}>{model.name}</Link>
      </th>
      <td>{model.team}</td>
      <td>{model.task || '—'}</td>
      <td className="nowrap">{frameworkLabel(model.framework, model.frameworkVersion)}</td>
      <td className="nowrap">{model.family}</td>
      <td>{humanize(model.lifecycle)}</td>
      <td>
        <VerdictBadge status={model.verdict.status} reason={model.verdict.reason} />
      </td>
      <td className="nowrap">{formatDate(model.startedOn)}</td>
      <td className="nowrap">{formatDateTime(model.updatedAt)}</td>
    </tr>
  );
}
