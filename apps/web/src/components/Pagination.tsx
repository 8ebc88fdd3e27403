import { PAGE_SIZES, pageCount } from '../lib/modelListParams';

interface Props {
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
  sizes?: readonly number[];
}

export function Pagination({ total, page, pageSize, onPage, onPageSize, sizes = PAGE_SIZES }: Props) {
  const pages = pageCount(total, pageSize);
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label="Pagination">
      <p className="pagination-summary" aria-live="polite">
        {total === 0 ? 'No models' : `Showing ${first}–${last} of ${total}`}
      </p>
      <div className="pagination-controls">
        <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
          Previous
        </button>
        <span>
          Page {Math.min(page, pages)} of {pages}
        </span>
        <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>
          Next
        </button>
        <label htmlFor="page-size">Rows per page</label>
        <select id="page-size" value={pageSize} onChange={(event) => onPageSize(Number(event.target.value))}>
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}
