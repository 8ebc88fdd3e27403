import {
  createWebhookSchema,
  digestScheduleSchema,
  type CreateWebhookBody,
  type DigestSchedule,
  type DigestSettings,
  type Weekday,
  type WebhookDelivery,
  type WebhookEventType,
  type WebhookFormat,
} from '@mmt/domain';
import { fieldLabels, issuesToErrors, schemaIssues, type ErrorMap } from './formErrors';

// The Webhooks page and the digest opt-in. The domain's schemas decide what is valid; these turn
// form values into request bodies, issues into messages, and answers into words.

export const FORMAT_LABELS: Record<WebhookFormat, string> = {
  standard: 'Standard Webhooks: signed JSON',
  slack: 'Slack or Mattermost message',
};

export interface WebhookFormValues {
  url: string;
  description: string;
  format: WebhookFormat;
  events: WebhookEventType[];
}

export const EMPTY_WEBHOOK: WebhookFormValues = { url: '', description: '', format: 'standard', events: [] };

export const webhookFieldLabel = fieldLabels({
  url: 'URL',
  description: 'Description',
  format: 'Format',
  events: 'Events',
});

export function toCreateWebhookBody(values: WebhookFormValues): CreateWebhookBody {
  return {
    url: values.url.trim(),
    description: values.description.trim(),
    format: values.format,
    events: values.events,
  };
}

export function validateWebhook(values: WebhookFormValues): ErrorMap {
  return issuesToErrors(schemaIssues(createWebhookSchema, toCreateWebhookBody(values)), webhookFieldLabel);
}

/** What came of an attempt, in a few words: "200 in 35 ms", "HTTP 500 in 12 ms", or why there was no answer. */
export function attemptOutcome(delivery: Pick<WebhookDelivery, 'statusCode' | 'durationMs' | 'error' | 'succeeded'>): {
  tone: 'good' | 'bad';
  text: string;
} {
  const timing = ` in ${delivery.durationMs} ms`;
  if (delivery.statusCode === null) return { tone: 'bad', text: delivery.error ?? 'No answer' };
  const status = `HTTP ${delivery.statusCode}${timing}`;
  return delivery.succeeded
    ? { tone: 'good', text: status }
    : { tone: 'bad', text: delivery.error ? `${status}: ${delivery.error}` : status };
}

export const TRIGGER_LABELS: Record<WebhookDelivery['trigger'], string> = {
  automatic: 'Automatic',
  redelivery: 'Redelivered',
  test: 'Test',
};

// ---------- Weekly digest ----------

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

export const digestFieldLabel = fieldLabels({ day: 'Day', time: 'Time', timeZone: 'Time zone' });

export function validateDigestSchedule(values: DigestSchedule): ErrorMap {
  return issuesToErrors(schemaIssues(digestScheduleSchema, values), digestFieldLabel);
}

/** The zones this browser knows, UTC first, with the current one kept even if the browser lacks it. */
export function timeZoneChoices(current: string, known: readonly string[]): string[] {
  return [...new Set(['UTC', current, ...known])];
}

/** "Mondays at 08:00 (Europe/Berlin)", or that it is off. */
export function scheduleSentence(settings: Pick<DigestSettings, 'enabled' | 'day' | 'time' | 'timeZone'>): string {
  if (!settings.enabled) return 'The weekly digest is switched off.';
  return `${WEEKDAY_LABELS[settings.day]}s at ${settings.time} (${settings.timeZone})`;
}
