import { z } from 'zod';
import { createWebhookSchema, updateWebhookSchema, webhookDeliverySchema, webhookSchema } from '../webhooks.js';
import { named } from './registry.js';

named('CreateWebhookBody', createWebhookSchema, 'input');
named('UpdateWebhookBody', updateWebhookSchema, 'input');

export const webhookListSchema = named('WebhookList', z.array(webhookSchema).describe('Oldest first'));

export const webhookDeliveryListSchema = named(
  'WebhookDeliveryList',
  z.strictObject({ items: z.array(webhookDeliverySchema).describe('The last 100 attempts, newest first') }),
);
export type WebhookDeliveryList = z.output<typeof webhookDeliveryListSchema>;
