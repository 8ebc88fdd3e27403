import { KPI_LABELS, KPI_NAMES, VERDICT_LABELS, type VerdictStatus, type ReviewRecord } from '@mmt/domain';
import { Link, useParams } from 'react-router';
import { useReview, useReviews } from '../api/reviews';
import { QueryState } from '../components/QueryStates';
import { VerdictBadge } from '../components/VerdictBadge';
import { formatDate, formatDateTime } from '../lib/format';
import { snapshotCounts, sortSnapshot } from '../lib/review';
import { formatKpi } from '../lib/dashboard';

export default function ReviewPage() {
  const { id = '' } = useParams();
  const review = useReview(id);
  return (
    <article className="page">
      <p className="breadcrumb">
        <Link to="/review">Weekly review</Link> / Past review
      </p>
      <QueryState query={review} loading="Loading the review" errorTitle="Could not load the review">
        {(data) => <ReviewView review={data} />}
      </QueryState>
    </article>
  );
}

function ReviewView({ review }: { review: ReviewRecord }) {
  const counts = snapshotCounts(review.snapshot.verdicts);
  return (
    <>
      <title>{`Review of ${review.heldOn} · Model Migration Tracker`}</title>
      <h1>Review of {formatDate(review.heldOn)}</h1>
      <p className="lede">
        Recorded {formatDateTime(review.createdAt)} by {review.createdBy}
        {review.attendees.length > 0 && <> · Attendees: {review.attendees.join(', ')}</>}
      </p>
      {review.notes && (
        <section className="panel review-notes" aria-labelledby="notes-title">
          <h2 id="notes-title">Notes</h2>
          <p>{review.notes}</p>
        </section>
      )}
      <CompareWith review={review} />

      <section className="section" aria-labelledby="kpis-title">
        <h2 id="kpis-title">Figures at the review</h2>
        <dl className="frozen-kpis">
          {KPI_NAMES.map((name) => (
            <div key={name} className="panel">
              <dt>{KPI_LABELS[name]}</dt>
              <dd>{formatKpi(name, review.snapshot.kpis[name])}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="section" aria-labelledby="snapshot-title">
        <h2 id="snapshot-title">Verdicts at the review</h2>
        <ul className="tiles">
          {Object.entries(counts).map(([status, count]) => (
            <li key={status} className={`tile tile-${status}`}>
              <span className="tile-count">{count}</span>
              <span className="tile-label">{VERDICT_LABELS[status as VerdictStatus]}</span>
            </li>
          ))}
        </ul>
        <div className="table-scroll section">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Verdict</th>
                <th scope="col">Model</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {sortSnapshot(review.snapshot.verdicts).map((verdict) => (
                <tr key={verdict.modelId} className={`row-${verdict.status}`}>
                  <td>
                    <VerdictBadge status={verdict.status} />
                  </td>
                  <th scope="row" className="name-cell">
                    <Link to={`/models/${verdict.modelId}`}>{verdict.name}</Link>
                  </th>
                  <td className="reason-cell">{verdict.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

function CompareWith({ review }: { review: ReviewRecord }) {
  const reviews = useReviews();
  const others = (reviews.data ?? []).filter((other) => other.id !== review.id);
  if (others.length === 0) return null;
  return (
    <nav className="compare-links" aria-label="Compare with another review">
      <span>Compare with:</span>
      <ul>
        {others.slice(0, 6).map((other) => {
          // Always earlier → later, whichever page you start from.
          const [from, to] = other.createdAt < review.createdAt ? [other, review] : [review, other];
          return (
            <li key={other.id}>
              <Link to={`/reviews/compare?from=${from.id}&to=${to.id}`}>review of {formatDate(other.heldOn)}</Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
