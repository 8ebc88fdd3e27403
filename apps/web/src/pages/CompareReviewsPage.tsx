import { Link, useSearchParams } from 'react-router';
import { useReviewComparison, useReviews } from '../api/reviews';
import type { ReviewComparison } from '@mmt/domain';
import { EmptyState, QueryState } from '../components/QueryStates';
import { ReviewSelect } from '../components/review/PastReviews';
import { VerdictBadge } from '../components/VerdictBadge';
import { formatDate } from '../lib/format';
import { kpiComparisonRows } from '../lib/review';

export default function CompareReviewsPage() {
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const reviews = useReviews();
  const comparison = useReviewComparison(from, to);
  const choose = (key: 'from' | 'to') => (value: string) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      updated.set(key, value);
      return updated;
    });

  return (
    <section className="page">
      <title>Compare reviews · Model Migration Tracker</title>
      <p className="breadcrumb">
        <Link to="/review">Weekly review</Link> / Compare reviews
      </p>
      <h1>Compare two reviews</h1>
      {reviews.data && reviews.data.length > 0 && (
        <form className="filters" aria-label="Reviews to compare" onSubmit={(event) => event.preventDefault()}>
          <ReviewSelect id="compare-from" label="From" value={from} reviews={reviews.data} onChange={choose('from')} />
          <ReviewSelect id="compare-to" label="To" value={to} reviews={reviews.data} onChange={choose('to')} />
        </form>
      )}
      {!from || !to ? (
        <EmptyState title="Choose two reviews">
          <p>Pick the earlier review and the later one.</p>
        </EmptyState>
      ) : (
        <QueryState query={comparison} loading="Comparing" errorTitle="Could not compare">
          {(data) => <Comparison data={data} />}
        </QueryState>
      )}
    </section>
  );
}

function Comparison({ data }: { data: ReviewComparison }) {
  const fromLabel = `Review of ${formatDate(data.from.heldOn)}`;
  const toLabel = `Review of ${formatDate(data.to.heldOn)}`;
  return (
    <>
      <section className="section" aria-labelledby="kpi-compare-title">
        <h2 id="kpi-compare-title">Figures</h2>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">
                  <Link to={`/reviews/${data.from.id}`}>{fromLabel}</Link>
                </th>
                <th scope="col">
                  <Link to={`/reviews/${data.to.id}`}>{toLabel}</Link>
                </th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {kpiComparisonRows(data.from.kpis, data.to.kpis).map((row) => (
                <tr key={row.name}>
                  <th scope="row">{row.label}</th>
                  <td>{row.from}</td>
                  <td>{row.to}</td>
                  <td className={`kpi-${row.change.tone}`}>{row.change.text ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="section" aria-labelledby="differences-title">
        <h2 id="differences-title">Verdicts that changed ({data.differences.length})</h2>
        {data.differences.length === 0 ? (
          <EmptyState title="No verdict changed between these reviews" />
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col">{fromLabel}</th>
                  <th scope="col">{toLabel}</th>
                  <th scope="col">Reason now</th>
                </tr>
              </thead>
              <tbody>
                {data.differences.map((difference) => (
                  <tr key={difference.modelId}>
                    <th scope="row" className="name-cell">
                      <Link to={`/models/${difference.modelId}`}>{difference.name}</Link>
                    </th>
                    <td>{difference.from ? <VerdictBadge status={difference.from.status} /> : 'not registered'}</td>
                    <td>{difference.to ? <VerdictBadge status={difference.to.status} /> : 'not registered'}</td>
                    <td className="reason-cell">{difference.to?.reason ?? difference.from?.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
