import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { DeliveryTrigger, WebhookDelivery } from '@mmt/domain';
import { PrismaService } from '../database/prisma.service.js';
import { deliveryJob, type DeliveryJobData } from '../notifications/delivery-job.js';
import { JobQueue, QUEUES } from '../notifications/job-queue.js';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notifications/notification-options.js';
import { OutboxRepository, type StoredEvent } from '../notifications/outbox.repository.js';
import { WebhookRepository, type Subscription } from './webhook.repository.js';
import type { WebhookResponse } from './webhook-request.js';
import { WebhookSender } from './webhook-sender.js';

const DELIVERY_CONCURRENCY = 4;

const succeeded = (response: WebhookResponse) =>
  response.error === null && response.statusCode !== null && response.statusCode >= 200 && response.statusCode < 300;

const answerOf = (response: WebhookResponse) =>
  response.statusCode === null ? (response.error ?? 'no answer') : `HTTP ${response.statusCode}`;

/**
 * Attempts and their outcome: every attempt is logged; a failed automatic one is tried again on the
 * retry schedule with the same `webhook-id`, and after the last one the subscription is disabled.
 * A `410 Gone` disables it at once.
 */
@Injectable()
export class WebhookDeliveries implements OnApplicationBootstrap {
  constructor(
    private readonly prisma: PrismaService,
    private readonly webhooks: WebhookRepository,
    private readonly outbox: OutboxRepository,
    private readonly sender: WebhookSender,
    private readonly queue: JobQueue,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Several at a time: a receiver that hangs for its 10 s holds one of them, not everyone's deliveries.
    await this.queue.work<DeliveryJobData>(
      QUEUES.webhookDelivery.name,
      (job) => this.deliverScheduled(job.data),
      DELIVERY_CONCURRENCY,
    );
  }

  /** A queued attempt. A subscription disabled, deleted or no longer listening since the event was recorded gets nothing. */
  async deliverScheduled({ eventId, subscriptionId, attempt }: DeliveryJobData): Promise<void> {
    const [subscription, event] = await Promise.all([this.webhooks.find(subscriptionId), this.outbox.find(eventId)]);
    if (!subscription?.enabled || !event || !subscription.events.some((type) => type === event.type)) return;
    const attemptedAt = new Date();
    const response = await this.sender.send(subscription, event);
    const schedule = this.options.retryScheduleSeconds;
    const delay = schedule[attempt];
    const retry = !succeeded(response) && response.statusCode !== 410 && delay !== undefined;
    await this.prisma.$transaction(async (tx) => {
      await this.webhooks.logAttempt(tx, {
        ...this.attemptRecord(subscription, event, attempt, 'automatic', attemptedAt, response),
        nextAttemptAt: retry ? new Date(Date.now() + delay * 1000) : null,
      });
      if (retry) {
        await this.queue.insert(tx, QUEUES.webhookDelivery.name, [
          deliveryJob({ eventId, subscriptionId, attempt: attempt + 1 }, delay),
        ]);
      } else if (!succeeded(response)) {
        const reason =
          response.statusCode === 410
            ? `The receiver answered 410 Gone on ${attemptedAt.toISOString()}`
            : `${attempt} attempts to deliver ${event.type} failed (last: ${answerOf(response)}); fix the receiver, then enable the webhook again`;
        await this.webhooks.disable(tx, subscriptionId, reason, attemptedAt);
      }
    });
  }

  /** An attempt someone asked for (a test, a redelivery): sent now, logged, never retried; a 410 still disables. */
  async deliverNow(
    subscription: Subscription,
    event: StoredEvent,
    attempt: number,
    trigger: DeliveryTrigger,
  ): Promise<WebhookDelivery> {
    const attemptedAt = new Date();
    const response = await this.sender.send(subscription, event);
    return this.prisma.$transaction(async (tx) => {
      if (response.statusCode === 410) {
        await this.webhooks.disable(
          tx,
          subscription.id,
          `The receiver answered 410 Gone on ${attemptedAt.toISOString()}`,
          attemptedAt,
        );
      }
      return this.webhooks.logAttempt(tx, {
        ...this.attemptRecord(subscription, event, attempt, trigger, attemptedAt, response),
        nextAttemptAt: null,
      });
    });
  }

  private attemptRecord(
    subscription: Subscription,
    event: StoredEvent,
    attempt: number,
    trigger: DeliveryTrigger,
    attemptedAt: Date,
    response: WebhookResponse,
  ) {
    return {
      subscriptionId: subscription.id,
      eventId: event.id,
      attempt,
      trigger,
      attemptedAt,
      durationMs: response.durationMs,
      statusCode: response.statusCode,
      succeeded: succeeded(response),
      // PostgreSQL text cannot hold NUL bytes; a binary answer keeps the rest.
      responseBody: response.body.replaceAll('\u0000', ''),
      error: response.error,
    };
  }
}
