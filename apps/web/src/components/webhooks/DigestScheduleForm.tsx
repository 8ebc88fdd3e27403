import { WEEKDAYS, type DigestSchedule, type DigestSettings } from '@mmt/domain';
import { useState } from 'react';
import { useUpdateDigestSettings } from '../../api/digest';
import { formatDateTime } from '../../lib/format';
import { useMutationForm } from '../../lib/useMutationForm';
import {
  digestFieldLabel,
  scheduleSentence,
  timeZoneChoices,
  validateDigestSchedule,
  WEEKDAY_LABELS,
} from '../../lib/webhooks';
import { Field } from '../Field';
import { FormErrorSummary } from '../FormErrorSummary';
import { SubmitButton } from '../SubmitButton';

const knownZones = () => Intl.supportedValuesOf('timeZone');

const sameSchedule = (a: DigestSchedule, b: DigestSchedule) =>
  a.enabled === b.enabled && a.day === b.day && a.time === b.time && a.timeZone === b.timeZone;

/** When "what changed since the last review" goes to `digest.weekly` webhooks and to people who opted in. */
export function DigestScheduleForm({ settings }: { settings: DigestSettings }) {
  const save = useUpdateDigestSettings();
  // What was saved last: "Saved." shows until the form holds something else.
  const [saved, setSaved] = useState<DigestSchedule | null>(null);
  const form = useMutationForm({
    mutation: save,
    initial: (): DigestSchedule => ({
      enabled: settings.enabled,
      day: settings.day,
      time: settings.time,
      timeZone: settings.timeZone,
    }),
    validate: validateDigestSchedule,
    toBody: (values) => values,
    fieldLabel: digestFieldLabel,
    onSuccess: (_settings, sent) => setSaved(sent),
  });
  const { values, errors } = form;

  const current = save.data ?? settings;
  return (
    <form className="panel digest-form" noValidate onSubmit={form.submit} aria-labelledby="digest-schedule-title">
      <h3 id="digest-schedule-title">Schedule</h3>
      <p data-testid="digest-next-run">
        {scheduleSentence(current)}
        {current.nextRunAt ? `; next on ${formatDateTime(current.nextRunAt)} (your time).` : ''}
      </p>
      <FormErrorSummary errors={errors} />
      <label className="checkbox" htmlFor="digest-enabled">
        <input
          id="digest-enabled"
          type="checkbox"
          checked={values.enabled}
          onChange={(event) => form.setField('enabled', event.target.checked)}
        />
        Send the weekly digest
      </label>
      <div className="form-grid">
        <Field id="digest-day" label="Day" error={errors.day}>
          {(a11y) => (
            <select {...a11y} {...form.bind('day')}>
              {WEEKDAYS.map((day) => (
                <option key={day} value={day}>
                  {WEEKDAY_LABELS[day]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="digest-time" label="Time" error={errors.time}>
          {(a11y) => <input {...a11y} type="time" {...form.bind('time')} />}
        </Field>
        <Field id="digest-zone" label="Time zone" error={errors.timeZone}>
          {(a11y) => (
            <select {...a11y} {...form.bind('timeZone')}>
              {timeZoneChoices(values.timeZone, knownZones()).map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Save schedule
        </SubmitButton>
        <span role="status">{saved && sameSchedule(saved, values) ? 'Saved.' : ''}</span>
      </div>
    </form>
  );
}
