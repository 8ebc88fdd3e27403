import { digestSubject } from './digest.js';
import { frameworkLabel, VERDICT_LABELS } from './labels.js';
import type { FieldChange, Model, Verdict } from './model.js';
import type { NotificationEvent, VerdictChangeCause } from './notification-events.js';
import type { StandardWebhookPayload } from './webhooks.js';

/** Standard Webhooks' body: `{type, timestamp, data}`, the timestamp being when the change happened. */
export function standardPayload(event: NotificationEvent): StandardWebhookPayload {
  return { type: event.type, timestamp: event.occurredAt.toISOString(), data: { ...event.data } };
}

const show = (value: unknown) =>
  value === null || value === '' ? '—' : Array.isArray(value) ? value.join(', ') || '—' : String(value);
const describeChanges = (changes: readonly FieldChange[]) =>
  changes.map((change) => `${change.field} ${show(change.from)} → ${show(change.to)}`).join('; ');
// Lower case inside a sentence: "exception → violation", "to triage → compliant".
const verdictText = (verdict: Verdict) => VERDICT_LABELS[verdict.status].toLowerCase();
const frameworkText = (model: Model) =>
  model.framework === 'unknown' ? 'framework not recorded' : frameworkLabel(model.framework, model.frameworkVersion);

function causeText(cause: VerdictChangeCause): string {
  switch (cause.kind) {
    case 'edit':
      return `edited by ${cause.actor}`;
    case 'exception':
      return `an exception was ${cause.change}`;
    case 'retirement_date':
      return `its retirement date ${cause.retireBy} passed`;
    case 'policy':
      return `policy version ${cause.policyVersionId} took force on ${cause.inForceFrom}`;
  }
}

/** One sentence saying what happened: the chat message's text and the email's line. */
export function eventSummary(event: NotificationEvent): string {
  switch (event.type) {
    case 'model.created': {
      const { model, actor } = event.data;
      return `${model.name} (${model.team}) was registered by ${actor}: ${frameworkText(model)}, ${model.lifecycle}, ${verdictText(model.verdict)}.`;
    }
    case 'model.updated':
      return `${event.data.model.name} was edited by ${event.data.actor}: ${describeChanges(event.data.changes)}.`;
    case 'verdict.changed': {
      const { model, from, to, cause } = event.data;
      return `${model.name}: ${verdictText(from)} → ${verdictText(to)} (${causeText(cause)}). ${to.reason}`;
    }
    case 'exception.granted': {
      const { model, exception, actor } = event.data;
      return `Exception for ${model.name} granted by ${actor}, approved by ${exception.approvedBy} until ${exception.expiresOn}: ${exception.reason}`;
    }
    case 'exception.revoked':
      return `Exception for ${event.data.model.name} revoked by ${event.data.actor}: ${event.data.exception.reason}`;
    case 'exception.expiring': {
      const { model, exception, daysLeft } = event.data;
      return `Exception for ${model.name} expires in ${daysLeft} days, on ${exception.expiresOn}: ${exception.reason}`;
    }
    case 'exception.expired':
      return `Exception for ${event.data.model.name} expired on ${event.data.exception.expiresOn}: ${event.data.exception.reason}`;
    case 'review.recorded': {
      const { review, actor } = event.data;
      return `Weekly review of ${review.heldOn} recorded by ${actor}: ${review.kpis.openViolations} open violations, ${review.kpis.openWarnings} open warnings, ${review.kpis.toTriage} to triage.`;
    }
    case 'scan.recorded':
      return `Scan of ${event.data.scan.repository} recorded: ${event.data.scan.models.length} models.`;
    case 'digest.weekly':
      return `${digestSubject(event.data)}.`;
    case 'webhook.test':
      return event.data.message;
  }
}

/** The dashboard page about the event. */
export function eventLink(event: NotificationEvent, publicUrl: string): string {
  const base = publicUrl.replace(/\/+$/, '');
  switch (event.type) {
    case 'review.recorded':
      return `${base}/reviews/${event.data.review.id}`;
    case 'digest.weekly':
      return event.data.reviewUrl;
    case 'scan.recorded':
    case 'webhook.test':
      return `${base}/`;
    default:
      return `${base}/models/${event.data.model.id}`;
  }
}

// Slack reads &, < and > as markup in mrkdwn text.
const slackEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SlackMessage {
  text: string;
  blocks: (
    | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
    | { type: 'context'; elements: { type: 'mrkdwn'; text: string }[] }
  )[];
}

/**
 * The body for a Slack or Mattermost incoming webhook: `text` (what notifications and Mattermost
 * show; a bare link both turn into one) and Slack's `blocks` with a proper link.
 */
export function slackMessage(event: NotificationEvent, publicUrl: string): SlackMessage {
  const summary = eventSummary(event);
  const link = eventLink(event, publicUrl);
  const details =
    event.type === 'digest.weekly'
      ? [
          ...event.data.kpis.map((kpi) => `${kpi.label}: *${kpi.value}*`),
          ...event.data.groups.map((group) => `${group.title}: ${group.total}`),
        ]
      : [];
  return {
    text: `${summary} ${link}`,
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: [slackEscape(summary), ...details.map(slackEscape), `<${link}|Open in Model Migration Tracker>`].join(
            '\n',
          ),
        },
      },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: `${event.type} · ${event.occurredAt.toISOString()}` }],
      },
    ],
  };
}
