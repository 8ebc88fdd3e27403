import { KPI_LABELS, type ReviewSummary } from '@mmt/domain';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useReviews } from '../../api/reviews';
import { formatDate, formatDateTime, formatPercent } from '../../lib/format';
import { EmptyState, QueryState } from '../QueryStates';

/** Every recorded review, newest first, and a way to compare any two. */
export function PastReviews() {
  const reviews = useReviews();
  return (
    <QueryState query={reviews} loading="Loading past reviews" errorTitle="Could not load past reviews">
      {(list) =>
        list.length === 0 ? (
          <EmptyState title="No reviews recorded yet">
            <p>Record this week's review to start the history.</p>
          </EmptyState>
        ) : (
          <ReviewList list={list} />
        )
      }
    </QueryState>
  );
}

function ReviewList({ list }: { list: ReviewSummary[] }) {
  return (
    <>
      {list.length >= 2 && <CompareForm reviews={list} />}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Past reviews, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Held on</th>
              <th scope="col">Attendees</th>
              <th scope="col">Violations</th>
              <th scope="col">Warnings</th>
              <th scope="col">{KPI_LABELS.newProjectComplianceRate}</th>
              <th scope="col">Notes</th>
              <th scope="col">Recorded</th>
            </tr>
          </thead>
          <tbody>
            {list.map((review) => (
              <tr key={review.id}>
                <th scope="row" className="nowrap">
                  <Link to={`/reviews/${review.id}`}>Review of {formatDate(review.heldOn)}</Link>
                </th>
                <td>{review.attendees.join(', ') || '—'}</td>
                <td>{review.kpis.openViolations}</td>
                <td>{review.kpis.openWarnings}</td>
                <td>{formatPercent(review.kpis.newProjectComplianceRate)}</td>
                <td className="notes-cell">{review.notes || '—'}</td>
                <td>
                  <span className="nowrap">{formatDateTime(review.createdAt)}</span> by {review.createdBy}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

type ReviewOption = { id: string; heldOn: string; createdAt: string };

export function ReviewSelect({
  id,
  label,
  value,
  reviews,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  reviews: ReviewOption[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {value === '' && <option value="">Choose a review…</option>}
        {reviews.map((review) => (
          <option key={review.id} value={review.id}>
            {formatDate(review.heldOn)} (recorded {formatDateTime(review.createdAt)})
          </option>
        ))}
      </select>
    </div>
  );
}

function CompareForm({ reviews }: { reviews: ReviewOption[] }) {
  const navigate = useNavigate();
  // Newest first: by default compare the previous review with the latest.
  const [from, setFrom] = useState(reviews[1]?.id ?? '');
  const [to, setTo] = useState(reviews[0]?.id ?? '');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(`/reviews/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  };
  return (
    <form className="filters" onSubmit={onSubmit} aria-label="Compare two reviews">
      <ReviewSelect id="compare-from" label="Compare" value={from} reviews={reviews} onChange={setFrom} />
      <ReviewSelect id="compare-to" label="with" value={to} reviews={reviews} onChange={setTo} />
      <button type="submit" disabled={!from || !to || from === to}>
        Compare
      </button>
    </form>
  );
}
