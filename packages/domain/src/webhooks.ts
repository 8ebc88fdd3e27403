import { z } from 'zod';
import { instantSchema } from './contract/fields.js';
import { named } from './contract/registry.js';

/** Every event a webhook can subscribe to. */
export const WEBHOOK_EVENT_TYPES = [
  'model.created',
  'model.updated',
  'verdict.changed',
  'exception.granted',
  'exception.revoked',
  'exception.expiring',
  'exception.expired',
  'review.recorded',
  'scan.recorded',
  'digest.weekly',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** What "Send test event" delivers: never fanned out, so no one subscribes to it. */
export const TEST_EVENT_TYPE = 'webhook.test';
export type NotificationEventType = WebhookEventType | typeof TEST_EVENT_TYPE;

export const WEBHOOK_EVENT_DESCRIPTIONS: Record<WebhookEventType, string> = {
  'model.created': 'A model is registered (one by one or by import)',
  'model.updated': 'A model is edited',
  'verdict.changed': 'A verdict changes: by an edit, an exception, a retirement date passing or a policy version',
  'exception.granted': 'An exception is granted',
  'exception.revoked': 'An exception is revoked',
  'exception.expiring': 'An exception expires in 30 days, and again in 7',
  'exception.expired': 'An exception has expired',
  'review.recorded': 'A weekly review is recorded',
  'scan.recorded': 'A repository scan is recorded',
  'digest.weekly': 'The weekly digest: what changed since the last review',
};

export const WEBHOOK_FORMATS = ['standard', 'slack'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/**
 * Seconds to wait before each attempt, the Standard Webhooks schedule: at once, 5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 10 h. After the last one fails the subscription is disabled.
 */
export const WEBHOOK_RETRY_SCHEDULE_SECONDS: readonly number[] = [0, 5, 300, 1800, 7200, 18000, 36000, 36000];

/** How an attempt came about. */
export const DELIVERY_TRIGGERS = ['automatic', 'redelivery', 'test'] as const;
export type DeliveryTrigger = (typeof DELIVERY_TRIGGERS)[number];

/** The first bytes of a receiver's answer that the delivery log keeps. */
export const DELIVERY_RESPONSE_KEPT_BYTES = 4096;

const webhookUrlSchema = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .pipe(z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' }));

const eventsSchema = z
  .array(
    z.enum(WEBHOOK_EVENT_TYPES, {
      error: (issue) => `"${String(issue.input)}" is not an event; use one of ${WEBHOOK_EVENT_TYPES.join(', ')}`,
    }),
  )
  .min(1, 'must name at least one event')
  .transform((events) => [...new Set(events)]);

const descriptionSchema = z.string().trim().max(500, 'must be at most 500 characters');

/** The body of `POST /api/webhooks`. */
export const createWebhookSchema = z.strictObject({
  url: webhookUrlSchema,
  description: descriptionSchema.default(''),
  events: eventsSchema,
  format: z.enum(WEBHOOK_FORMATS).default('standard'),
});
export type CreateWebhookBody = z.input<typeof createWebhookSchema>;
export type CreateWebhookInput = z.output<typeof createWebhookSchema>;

/** The body of `PATCH /api/webhooks/:id`; `enabled: true` also clears a disabled subscription's reason. */
export const updateWebhookSchema = z
  .strictObject({
    url: webhookUrlSchema.optional(),
    description: descriptionSchema.optional(),
    events: eventsSchema.optional(),
    format: z.enum(WEBHOOK_FORMATS).optional(),
    enabled: z.boolean().optional(),
  })
  .refine((change) => Object.values(change).some((value) => value !== undefined), {
    message: 'url, description, events, format or enabled is required',
  });
export type UpdateWebhookBody = z.input<typeof updateWebhookSchema>;
export type UpdateWebhookInput = z.output<typeof updateWebhookSchema>;

/** A subscription: where events go, which ones, and in what form. */
export const webhookSchema = named(
  'Webhook',
  z.strictObject({
    id: z.uuid(),
    url: z.string(),
    description: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
    format: z.enum(WEBHOOK_FORMATS),
    enabled: z.boolean(),
    disabledReason: z
      .string()
      .nullable()
      .describe('Why it stopped receiving events (a 410 Gone, too many failures, an admin); null while enabled'),
    disabledAt: instantSchema.nullable(),
    createdAt: instantSchema,
    createdBy: z.string(),
    updatedAt: instantSchema,
    lastDelivery: z
      .strictObject({ attemptedAt: instantSchema, statusCode: z.number().int().nullable(), succeeded: z.boolean() })
      .nullable(),
  }),
);
export type Webhook = z.output<typeof webhookSchema>;

/** A subscription with its signing secret: the answer of create and rotate, the only times it is shown. */
export const webhookWithSecretSchema = named(
  'WebhookWithSecret',
  webhookSchema.extend({
    secret: z.string().startsWith('whsec_').describe('Standard Webhooks signing secret; shown this once'),
  }),
);
export type WebhookWithSecret = z.output<typeof webhookWithSecretSchema>;

/** One attempt to deliver an event to a subscription, as the delivery log shows it. */
export const webhookDeliverySchema = named(
  'WebhookDelivery',
  z.strictObject({
    id: z.uuid(),
    subscriptionId: z.uuid(),
    eventId: z.uuid(),
    eventType: z.string(),
    messageId: z.string().describe('The `webhook-id` header: the same on every attempt of one event'),
    attempt: z.number().int().positive(),
    trigger: z.enum(DELIVERY_TRIGGERS),
    attemptedAt: instantSchema,
    durationMs: z.number().int().nonnegative(),
    statusCode: z.number().int().nullable(),
    succeeded: z.boolean(),
    responseBody: z.string().describe('The first bytes of the answer (up to 4 KB), as text'),
    error: z.string().nullable(),
    nextAttemptAt: instantSchema
      .nullable()
      .describe('When the next automatic attempt is due, if one is scheduled after this one'),
  }),
);
export type WebhookDelivery = z.output<typeof webhookDeliverySchema>;

/** Standard Webhooks' payload: what a `standard` subscription receives. */
export const standardWebhookPayloadSchema = z.strictObject({
  type: z.string(),
  timestamp: instantSchema,
  data: z.record(z.string(), z.unknown()),
});
export type StandardWebhookPayload = z.output<typeof standardWebhookPayloadSchema>;

/** The `webhook-id` of an event: one per event, kept on every retry and redelivery. */
export const webhookMessageId = (eventId: string) => `msg_${eventId.replaceAll('-', '')}`;
