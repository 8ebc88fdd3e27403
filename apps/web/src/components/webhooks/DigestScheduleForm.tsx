import { WEEKDAYS, type DigestSchedule, type DigestSettings, type Weekday } from '@mmt/domain';
import { useState, type FormEvent } from 'react';
import { useUpdateDigestSettings } from '../../api/digest';
import { apiErrorToErrors } from '../../lib/apiErrors';
import { formatDateTime } from '../../lib/format';
import { hasErrors, type ErrorMap } from '../../lib/formErrors';
import {
  digestFieldLabel,
  scheduleSentence,
  timeZoneChoices,
  validateDigestSchedule,
  WEEKDAY_LABELS,
} from '../../lib/webhooks';
import { Field } from '../Field';

const knownZones = () => Intl.supportedValuesOf('timeZone');

/** When "what changed since the last review" goes to `digest.weekly` webhooks and to people who opted in. */
export function DigestScheduleForm({ settings }: { settings: DigestSettings }) {
  const save = useUpdateDigestSettings();
  const [values, setValues] = useState<DigestSchedule>(() => ({
    enabled: settings.enabled,
    day: settings.day,
    time: settings.time,
    timeZone: settings.timeZone,
  }));
  const [errors, setErrors] = useState<ErrorMap>({});
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof DigestSchedule>(field: K, value: DigestSchedule[K]) => {
    setSaved(false);
    setValues((current) => ({ ...current, [field]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateDigestSchedule(values);
    setErrors(found);
    if (hasErrors(found)) return;
    save.mutate(values, {
      onSuccess: () => setSaved(true),
      onError: (error) => setErrors(apiErrorToErrors(error, digestFieldLabel)),
    });
  };

  const current = save.data ?? settings;
  return (
    <form className="panel digest-form" noValidate onSubmit={onSubmit} aria-labelledby="digest-schedule-title">
      <h3 id="digest-schedule-title">Schedule</h3>
      <p data-testid="digest-next-run">
        {scheduleSentence(current)}
        {current.nextRunAt ? `; next on ${formatDateTime(current.nextRunAt)} (your time).` : ''}
      </p>
      {errors._form && (
        <p className="panel panel-error" role="alert">
          {errors._form}
        </p>
      )}
      <label className="checkbox" htmlFor="digest-enabled">
        <input
          id="digest-enabled"
          type="checkbox"
          checked={values.enabled}
          onChange={(event) => set('enabled', event.target.checked)}
        />
        Send the weekly digest
      </label>
      <div className="form-grid">
        <Field id="digest-day" label="Day" error={errors.day}>
          {(a11y) => (
            <select {...a11y} value={values.day} onChange={(event) => set('day', event.target.value as Weekday)}>
              {WEEKDAYS.map((day) => (
                <option key={day} value={day}>
                  {WEEKDAY_LABELS[day]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="digest-time" label="Time" error={errors.time}>
          {(a11y) => (
            <input {...a11y} type="time" value={values.time} onChange={(event) => set('time', event.target.value)} />
          )}
        </Field>
        <Field id="digest-zone" label="Time zone" error={errors.timeZone}>
          {(a11y) => (
            <select {...a11y} value={values.timeZone} onChange={(event) => set('timeZone', event.target.value)}>
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
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save schedule'}
        </button>
        <span role="status">{saved ? 'Saved.' : ''}</span>
      </div>
    </form>
  );
}
