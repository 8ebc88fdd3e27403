import { z } from 'zod';
import { digestScheduleSchema } from '../digest.js';
import { instantSchema } from './fields.js';
import { named } from './registry.js';

named('DigestScheduleBody', digestScheduleSchema, 'input');

/** When the weekly digest goes out, and whether it can go by email. */
export const digestSettingsSchema = named(
  'DigestSettings',
  digestScheduleSchema.extend({
    emailAvailable: z
      .boolean()
      .describe('Whether the server can send email (SMTP_URL is set); without it the digest goes to webhooks only'),
    nextRunAt: instantSchema.nullable(),
    updatedAt: instantSchema.nullable(),
    updatedBy: z.string().nullable(),
  }),
);
export type DigestSettings = z.output<typeof digestSettingsSchema>;

/** The body of `PUT /api/digest/subscription`: one's own opt-in to the digest by email. */
export const digestSubscriptionInputSchema = named(
  'DigestSubscriptionBody',
  z.strictObject({ email: z.boolean() }),
  'input',
);
export type DigestSubscriptionInput = z.output<typeof digestSubscriptionInputSchema>;

/** Whether the caller gets the weekly digest by email. */
export const digestSubscriptionSchema = named(
  'DigestSubscription',
  z.strictObject({
    email: z.boolean(),
    emailAvailable: z.boolean(),
    address: z.string().nullable().describe("Where the digest goes: the account's email"),
  }),
);
export type DigestSubscription = z.output<typeof digestSubscriptionSchema>;
