import type { ModelSort, SortOrder } from '../lib/modelListParams';

interface Props {
  column: ModelSort;
  label: string;
  sort: ModelSort;
  order: SortOrder;
  onSort: (column: ModelSort) => void;
}

/** A column header that sorts the list; `aria-sort` tells assistive tech (and tests) the state. */
export function SortHeader({ column, label, sort, order, onSort }: Props) {
  const active = sort === column;
  const ariaSort = active ? (order === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span className="sort-indicator" aria-hidden="true">
          {active ? (order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
