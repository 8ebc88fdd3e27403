import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  TEST_EVENT_TYPE,
  type CreateWebhookInput,
  type UpdateWebhookInput,
  type Webhook,
  type WebhookDelivery,
  type WebhookDeliveryList,
  type WebhookWithSecret,
} from '@mmt/domain';
import { DomainError, notFound } from '../common/domain-error.js';
import { PrismaService } from '../database/prisma.service.js';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notifications/notification-options.js';
import { OutboxRepository } from '../notifications/outbox.repository.js';
import { newSigningSecret } from './secret-cipher.js';
import { WebhookDeliveries } from './webhook-deliveries.js';
import { toWebhook, WebhookRepository, type Subscription } from './webhook.repository.js';
import { refusedReason } from './webhook-request.js';
import { WebhookSender } from './webhook-sender.js';

/** Admins' webhook subscriptions: register, change, test, see and redeliver what was sent. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly webhooks: WebhookRepository,
    private readonly outbox: OutboxRepository,
    private readonly deliveries: WebhookDeliveries,
    private readonly sender: WebhookSender,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async list(): Promise<Webhook[]> {
    return (await this.webhooks.list()).map(toWebhook);
  }

  async create(input: CreateWebhookInput, actor: string): Promise<WebhookWithSecret> {
    await this.assertReachable(input.url);
    const id = randomUUID();
    const secret = newSigningSecret();
    const created = await this.webhooks.create({
      id,
      ...input,
      sealedSecret: this.sender.cipher.seal(secret, id),
      createdBy: actor,
    });
    return { ...toWebhook(created), secret };
  }

  async update(id: string, change: UpdateWebhookInput, actor: string): Promise<Webhook> {
    if (change.url !== undefined) await this.assertReachable(change.url);
    const { enabled, ...fields } = change;
    const now = new Date();
    const state =
      enabled === undefined
        ? {}
        : enabled
          ? { enabled, disabledReason: null, disabledAt: null }
          : { enabled, disabledReason: `Disabled by ${actor}`, disabledAt: now };
    const updated = await this.webhooks.update(id, { ...fields, ...state });
    if (!updated) throw notFound('Webhook', id);
    return toWebhook(updated);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.webhooks.delete(id))) throw notFound('Webhook', id);
  }

  /** A new secret; the old one stops working at once. */
  async rotateSecret(id: string): Promise<WebhookWithSecret> {
    const secret = newSigningSecret();
    const updated = await this.webhooks.update(id, { sealedSecret: this.sender.cipher.seal(secret, id) });
    if (!updated) throw notFound('Webhook', id);
    return { ...toWebhook(updated), secret };
  }

  /** Sends a `webhook.test` event now and answers with what the receiver said (it is in the log too). */
  async test(id: string, actor: string): Promise<WebhookDelivery> {
    const subscription = await this.subscription(id);
    const occurredAt = new Date();
    const data = { message: `Test event from Model Migration Tracker, sent by ${actor}`, webhookId: id };
    const [eventId] = await this.outbox.record(this.prisma, [{ type: TEST_EVENT_TYPE, occurredAt, data }]);
    return this.deliveries.deliverNow(
      subscription,
      { id: eventId!, type: TEST_EVENT_TYPE, occurredAt, data },
      1,
      'test',
    );
  }

  async deliveryLog(id: string): Promise<WebhookDeliveryList> {
    await this.subscription(id);
    return { items: await this.webhooks.deliveries(id) };
  }

  /** Sends a delivery's event again, now, with the same `webhook-id`. */
  async redeliver(id: string, deliveryId: string): Promise<WebhookDelivery> {
    const subscription = await this.subscription(id);
    const delivery = await this.webhooks.findDelivery(id, deliveryId);
    const event = delivery && (await this.outbox.find(delivery.eventId));
    if (!event) throw notFound('Delivery', deliveryId);
    const attempt = await this.webhooks.nextAttemptNumber(event.id, id);
    return this.deliveries.deliverNow(subscription, event, attempt, 'redelivery');
  }

  private async subscription(id: string): Promise<Subscription> {
    const subscription = await this.webhooks.find(id);
    if (!subscription) throw notFound('Webhook', id);
    return subscription;
  }

  /** The URL's host must resolve to addresses webhooks may go to (checked again at every delivery). */
  private async assertReachable(url: string): Promise<void> {
    const reason = await refusedReason(url, this.options.allowPrivateNetworks);
    if (reason)
      throw new DomainError('invalid', `This URL cannot receive webhooks: ${reason}`, [
        { field: 'url', message: reason },
      ]);
  }
}
