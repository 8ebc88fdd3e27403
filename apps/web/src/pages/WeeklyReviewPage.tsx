import { useReviewChanges } from '../api/reviews';
import type { LatestChanges } from '@mmt/domain';
import { EmptyState, QueryState } from '../components/QueryStates';
import { ChangeGroups, GroupIndex } from '../components/review/ChangeGroups';
import { PastReviews } from '../components/review/PastReviews';
import { RecordReviewForm } from '../components/review/RecordReviewForm';
import { formatDate, formatDateTime, plural } from '../lib/format';
import { splitChanges } from '../lib/review';
import { useCan } from '../lib/session';

export default function WeeklyReviewPage() {
  const changes = useReviewChanges();
  const canRecord = useCan('recordReview');
  return (
    <section className="page">
      <title>Weekly review · Model Migration Tracker</title>
      <h1>Weekly review</h1>
      <div className={canRecord ? 'review-layout' : undefined}>
        <section aria-labelledby="changes-title" className="review-changes">
          <h2 id="changes-title">What changed</h2>
          <QueryState query={changes} loading="Loading the changes" errorTitle="Could not load the changes">
            {(data) => <Changes data={data} />}
          </QueryState>
        </section>
        {canRecord && (
          <aside className="review-side">
            <RecordReviewForm />
          </aside>
        )}
      </div>
      <section aria-labelledby="past-title" className="section">
        <h2 id="past-title">Past reviews</h2>
        <PastReviews />
      </section>
    </section>
  );
}

function Changes({ data }: { data: LatestChanges }) {
  const since = data.review
    ? `the review of ${formatDate(data.review.heldOn)} (recorded ${formatDateTime(data.review.createdAt)} by ${data.review.createdBy})`
    : null;
  const { changes, reminders } = splitChanges(data.groups);
  const changeCount = changes.reduce((sum, group) => sum + group.total, 0);
  return (
    <>
      {changes.length === 0 ? (
        <EmptyState
          title={
            data.review
              ? `Nothing changed since the review of ${formatDate(data.review.heldOn)}`
              : 'Nothing changed in the last week'
          }
        >
          {data.review && (
            <p className="muted">
              Recorded {formatDateTime(data.review.createdAt)} by {data.review.createdBy}.
            </p>
          )}
          <p>No verdict moved, no model was registered or changed, and no exception was granted, revoked or expired.</p>
        </EmptyState>
      ) : (
        <>
          <p className="lede" data-testid="changes-since">
            {since
              ? `Since ${since}: ${plural(changeCount, 'change')}.`
              : `No review has been recorded yet: the last week's changes, every open violation and warning, and the exceptions (${plural(changeCount, 'item')}).`}
          </p>
          <GroupIndex groups={[...changes, ...reminders]} label="Change groups" />
          <ChangeGroups groups={changes} />
        </>
      )}
      {reminders.length > 0 && (
        <section aria-labelledby="reminders-title" className="section">
          <h2 id="reminders-title">Still to watch</h2>
          <p className="muted">Listed at every review until they are dealt with.</p>
          <ChangeGroups groups={reminders} />
        </section>
      )}
    </>
  );
}
