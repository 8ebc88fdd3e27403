import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useRecordReview } from '../../api/reviews';
import { errorMessage } from '../../lib/apiErrors';
import { formatDate, todayIso } from '../../lib/format';
import { hasErrors } from '../../lib/formErrors';
import { reviewDetailsToErrors, toReviewBody, validateReviewForm, type ReviewFormValues } from '../../lib/review';
import { Field } from '../Field';

/** Freezes the KPIs and every verdict now; later changes are counted from this review. */
export function RecordReviewForm() {
  const record = useRecordReview();
  const [values, setValues] = useState<ReviewFormValues>(() => ({ heldOn: todayIso(), attendees: '', notes: '' }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [recorded, setRecorded] = useState<string | null>(null);
  const set = (field: keyof ReviewFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setRecorded(null);
    const found = validateReviewForm(values);
    setErrors(found);
    if (hasErrors(found)) return;
    record.mutate(toReviewBody(values), {
      onSuccess: (review) => {
        setRecorded(`Review of ${formatDate(review.heldOn)} recorded. Changes are now counted from it.`);
        setValues({ heldOn: todayIso(), attendees: '', notes: '' });
      },
      onError: (error) =>
        setErrors(
          error instanceof ApiError && error.status === 400
            ? reviewDetailsToErrors(error.details, error.message)
            : { _form: errorMessage(error) },
        ),
    });
  };

  return (
    <form className="review-form panel" noValidate onSubmit={onSubmit} aria-labelledby="record-title">
      <h2 id="record-title">Record this review</h2>
      <p className="muted small">
        Freezes today's figures and every verdict, so the next review shows what changed since.
      </p>
      {recorded && (
        <p className="panel panel-success" role="status">
          {recorded}
        </p>
      )}
      {errors._form && (
        <p className="panel panel-error" role="alert">
          {errors._form}
        </p>
      )}
      <Field id="review-heldOn" label="Held on" error={errors.heldOn}>
        {(a11y) => <input {...a11y} type="date" value={values.heldOn} onChange={set('heldOn')} />}
      </Field>
      <Field id="review-attendees" label="Attendees" error={errors.attendees} hint="Comma-separated names">
        {(a11y) => <input {...a11y} type="text" value={values.attendees} onChange={set('attendees')} />}
      </Field>
      <Field id="review-notes" label="Notes" error={errors.notes}>
        {(a11y) => <textarea {...a11y} rows={5} value={values.notes} onChange={set('notes')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={record.isPending}>
          {record.isPending ? 'Recording…' : 'Record this review'}
        </button>
      </div>
    </form>
  );
}
