import {
  WEBHOOK_EVENT_DESCRIPTIONS,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_FORMATS,
  type WebhookFormat,
  type WebhookWithSecret,
} from '@mmt/domain';
import { useState, type FormEvent } from 'react';
import { useCreateWebhook } from '../../api/webhooks';
import { apiErrorToErrors } from '../../lib/apiErrors';
import { hasErrors, type ErrorMap } from '../../lib/formErrors';
import {
  EMPTY_WEBHOOK,
  FORMAT_LABELS,
  toCreateWebhookBody,
  validateWebhook,
  webhookFieldLabel,
  type WebhookFormValues,
} from '../../lib/webhooks';
import { CheckboxGroup } from '../CheckboxGroup';
import { Field } from '../Field';
import { WebhookSecret } from './WebhookSecret';

/** Registers a receiver: its URL, the events it wants and their format; shows the signing secret once. */
export function AddWebhookForm() {
  const create = useCreateWebhook();
  const [values, setValues] = useState<WebhookFormValues>(EMPTY_WEBHOOK);
  const [errors, setErrors] = useState<ErrorMap>({});
  const [created, setCreated] = useState<WebhookWithSecret | null>(null);
  const set = (field: 'url' | 'description') => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateWebhook(values);
    setErrors(found);
    if (hasErrors(found)) return;
    create.mutate(toCreateWebhookBody(values), {
      onSuccess: (webhook) => {
        setCreated(webhook);
        setValues(EMPTY_WEBHOOK);
      },
      onError: (error) => setErrors(apiErrorToErrors(error, webhookFieldLabel)),
    });
  };

  return (
    <>
      {created && <WebhookSecret webhook={created} onDismiss={() => setCreated(null)} />}
      <form className="panel webhook-form" noValidate onSubmit={onSubmit} aria-labelledby="add-webhook-title">
        <h3 id="add-webhook-title">Add a webhook</h3>
        {errors._form && (
          <p className="panel panel-error" role="alert">
            {errors._form}
          </p>
        )}
        <div className="form-grid">
          <Field
            id="webhook-url"
            label="URL"
            error={errors.url}
            hint="A Slack or Mattermost incoming-webhook URL, or any HTTPS endpoint of yours"
            required
          >
            {(a11y) => (
              <input
                {...a11y}
                type="url"
                autoComplete="off"
                value={values.url}
                onChange={set('url')}
                maxLength={2000}
              />
            )}
          </Field>
          <Field id="webhook-description" label="Description" error={errors.description} hint="Optional">
            {(a11y) => (
              <input {...a11y} type="text" value={values.description} onChange={set('description')} maxLength={500} />
            )}
          </Field>
          <Field id="webhook-format" label="Format" error={errors.format}>
            {(a11y) => (
              <select
                {...a11y}
                value={values.format}
                onChange={(event) =>
                  setValues((current) => ({ ...current, format: event.target.value as WebhookFormat }))
                }
              >
                {WEBHOOK_FORMATS.map((format) => (
                  <option key={format} value={format}>
                    {FORMAT_LABELS[format]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <CheckboxGroup
          idPrefix="webhook-events"
          legend="Events"
          options={WEBHOOK_EVENT_TYPES}
          selected={values.events}
          label={(type) => `${type}: ${WEBHOOK_EVENT_DESCRIPTIONS[type]}`}
          onChange={(events) => setValues((current) => ({ ...current, events }))}
          error={errors.events}
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={create.isPending}>
            {create.isPending ? 'Adding…' : 'Add webhook'}
          </button>
        </div>
      </form>
    </>
  );
}
