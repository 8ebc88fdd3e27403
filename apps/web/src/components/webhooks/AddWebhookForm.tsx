import { WEBHOOK_EVENT_DESCRIPTIONS, WEBHOOK_EVENT_TYPES, WEBHOOK_FORMATS, type WebhookWithSecret } from '@mmt/domain';
import { useState } from 'react';
import { useCreateWebhook } from '../../api/webhooks';
import { useMutationForm } from '../../lib/useMutationForm';
import {
  EMPTY_WEBHOOK,
  FORMAT_LABELS,
  toCreateWebhookBody,
  validateWebhook,
  webhookFieldLabel,
} from '../../lib/webhooks';
import { CheckboxGroup } from '../CheckboxGroup';
import { Field } from '../Field';
import { FormErrorSummary } from '../FormErrorSummary';
import { SubmitButton } from '../SubmitButton';
import { WebhookSecret } from './WebhookSecret';

/** Registers a receiver: its URL, the events it wants and their format; shows the signing secret once. */
export function AddWebhookForm() {
  const [created, setCreated] = useState<WebhookWithSecret | null>(null);
  const form = useMutationForm({
    mutation: useCreateWebhook(),
    initial: () => EMPTY_WEBHOOK,
    validate: validateWebhook,
    toBody: toCreateWebhookBody,
    fieldLabel: webhookFieldLabel,
    resetOnSuccess: true,
    onSuccess: (webhook) => setCreated(webhook),
  });
  const { values, errors } = form;

  return (
    <>
      {created && <WebhookSecret webhook={created} onDismiss={() => setCreated(null)} />}
      <form className="panel webhook-form" noValidate onSubmit={form.submit} aria-labelledby="add-webhook-title">
        <h3 id="add-webhook-title">Add a webhook</h3>
        <FormErrorSummary errors={errors} />
        <div className="form-grid">
          <Field
            id="webhook-url"
            label="URL"
            error={errors.url}
            hint="A Slack or Mattermost incoming-webhook URL, or any HTTPS endpoint of yours"
            required
          >
            {(a11y) => <input {...a11y} type="url" autoComplete="off" {...form.bind('url')} maxLength={2000} />}
          </Field>
          <Field id="webhook-description" label="Description" error={errors.description} hint="Optional">
            {(a11y) => <input {...a11y} type="text" {...form.bind('description')} maxLength={500} />}
          </Field>
          <Field id="webhook-format" label="Format" error={errors.format}>
            {(a11y) => (
              <select {...a11y} {...form.bind('format')}>
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
          onChange={(events) => form.setField('events', events)}
          error={errors.events}
        />
        <div className="form-actions">
          <SubmitButton pending={form.pending} pendingLabel="Adding…">
            Add webhook
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
