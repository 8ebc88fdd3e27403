import { useState } from 'react';
import { useRecordReview } from '../../api/reviews';
import { formatDate, todayIso } from '../../lib/format';
import { reviewFieldLabel, toReviewBody, validateReviewForm, type ReviewFormValues } from '../../lib/review';
import { useMutationForm } from '../../lib/useMutationForm';
import { Field } from '../Field';
import { FormErrorSummary } from '../FormErrorSummary';
import { SubmitButton } from '../SubmitButton';

/** Freezes the KPIs and every verdict now; later changes are counted from this review. */
export function RecordReviewForm() {
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useMutationForm({
    mutation: useRecordReview(),
    initial: (): ReviewFormValues => ({ heldOn: todayIso(), attendees: '', notes: '' }),
    validate: validateReviewForm,
    toBody: toReviewBody,
    fieldLabel: reviewFieldLabel,
    onSubmitStart: () => setRecorded(null),
    resetOnSuccess: true,
    onSuccess: (review) =>
      setRecorded(`Review of ${formatDate(review.heldOn)} recorded. Changes are now counted from it.`),
  });

  return (
    <form className="review-form panel" noValidate onSubmit={form.submit} aria-labelledby="record-title">
      <h2 id="record-title">Record this review</h2>
      <p className="muted small">
        Freezes today's figures and every verdict, so the next review shows what changed since.
      </p>
      {recorded && (
        <p className="panel panel-success" role="status">
          {recorded}
        </p>
      )}
      <FormErrorSummary errors={form.errors} />
      <Field id="review-heldOn" label="Held on" error={form.errors.heldOn}>
        {(a11y) => <input {...a11y} type="date" {...form.bind('heldOn')} />}
      </Field>
      <Field id="review-attendees" label="Attendees" error={form.errors.attendees} hint="Comma-separated names">
        {(a11y) => <input {...a11y} type="text" {...form.bind('attendees')} />}
      </Field>
      <Field id="review-notes" label="Notes" error={form.errors.notes}>
        {(a11y) => <textarea {...a11y} rows={5} {...form.bind('notes')} />}
      </Field>
      <div className="form-actions">
        <SubmitButton pending={form.pending} pendingLabel="Recording…">
          Record this review
        </SubmitButton>
      </div>
    </form>
  );
}
