import { useReviewChanges } from '../api/reviews';
import type { ReviewChangesResponse } from '../api/types';
import { EmptyState, ErrorPanel, Loading } from '../components/QueryStates';
import { ChangeGroups } from '../components/review/ChangeGroups';
import { PastReviews } from '../components/review/PastReviews';
import { RecordReviewForm } from '../components/review/RecordReviewForm';
import { formatDate, formatDateTime, plural } from '../lib/format';

export default function WeeklyReviewPage() {
  const changes = useReviewChanges();
  return (
    <section className="page">
      <title>Weekly review · Model Migration Tracker</title>
      <h1>Weekly review</h1>
      <div className="review-layout">
        <section aria-labelledby="changes-title" className="review-changes">
          <h2 id="changes-title">What changed</h2>
          {changes.isPending ? (
            <Loading what="Loading the changes" />
          ) : changes.isError ? (
            <ErrorPanel
              error={changes.error}
              title="Could not load the changes"
              onRetry={() => void changes.refetch()}
            />
          ) : (
            <Changes data={changes.data} />
          )}
        </section>
        <aside className="review-side">
          <RecordReviewForm />
        </aside>
      </div>
      <section aria-labelledby="past-title" className="section">
        <h2 id="past-title">Past reviews</h2>
        <PastReviews />
      </section>
    </section>
  );
}

function Changes({ data }: { data: ReviewChangesResponse }) {
  const since = data.review
    ? `the review of ${formatDate(data.review.heldOn)} (recorded ${formatDateTime(data.review.createdAt)} by ${data.review.createdBy})`
    : null;
  if (data.items.length === 0) {
    return (
      <EmptyState title={since ? `Nothing changed since ${since}` : 'Nothing changed in the last week'}>
        <p>No new violations or warnings, no model changes and no exception news.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <p className="lede" data-testid="changes-since">
        {since
          ? `Since ${since}: ${plural(data.items.length, 'change')}.`
          : `No review has been recorded yet: the last week's changes, every open violation and warning, and the exceptions (${plural(data.items.length, 'item')}).`}
      </p>
      <ChangeGroups changes={data} />
    </>
  );
}
