import { Injectable } from '@nestjs/common';
import {
  webhookMessageId,
  type DeliveryTrigger,
  type Webhook,
  type WebhookDelivery,
  type WebhookEventType,
  type WebhookFormat,
} from '@mmt/domain';
import type {
  NotificationEvent as EventRow,
  WebhookDelivery as DeliveryRow,
  WebhookSubscription as SubscriptionRow,
} from '../generated/prisma/client.js';
import { PrismaService, type Db } from '../database/prisma.service.js';

/** A subscription with its sealed secret: for sending, never for answering. */
export type Subscription = Webhook & { sealedSecret: string };

export interface NewAttempt {
  subscriptionId: string;
  eventId: string;
  attempt: number;
  trigger: DeliveryTrigger;
  attemptedAt: Date;
  durationMs: number;
  statusCode: number | null;
  succeeded: boolean;
  responseBody: string;
  error: string | null;
  nextAttemptAt: Date | null;
}

const LAST_DELIVERY = {
  take: 1,
  orderBy: { attemptedAt: 'desc' },
  select: { attemptedAt: true, statusCode: true, succeeded: true },
} as const;

type RowWithLast = SubscriptionRow & {
  deliveries: Pick<DeliveryRow, 'attemptedAt' | 'statusCode' | 'succeeded'>[];
};

function toSubscription(row: RowWithLast): Subscription {
  const last = row.deliveries[0];
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events as WebhookEventType[],
    format: row.format as WebhookFormat,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    lastDelivery: last
      ? { attemptedAt: last.attemptedAt.toISOString(), statusCode: last.statusCode, succeeded: last.succeeded }
      : null,
    sealedSecret: row.secret,
  };
}

/** The subscription as the API shows it: everything but the secret. */
export function toWebhook(subscription: Subscription): Webhook {
  const { sealedSecret: _sealed, ...webhook } = subscription;
  return webhook;
}

function toDelivery(row: DeliveryRow & { event: Pick<EventRow, 'type'> }): WebhookDelivery {
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    eventId: row.eventId,
    eventType: row.event.type,
    messageId: webhookMessageId(row.eventId),
    attempt: row.attempt,
    trigger: row.trigger as DeliveryTrigger,
    attemptedAt: row.attemptedAt.toISOString(),
    durationMs: row.durationMs,
    statusCode: row.statusCode,
    succeeded: row.succeeded,
    responseBody: row.responseBody,
    error: row.error,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
  };
}

/** Webhook subscriptions and their delivery log. */
@Injectable()
export class WebhookRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(): Promise<Subscription[]> {
    const rows = await this.prisma.webhookSubscription.findMany({
      include: { deliveries: LAST_DELIVERY },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map(toSubscription);
  }

  async find(id: string, db: Db = this.prisma): Promise<Subscription | null> {
    const row = await db.webhookSubscription.findUnique({ where: { id }, include: { deliveries: LAST_DELIVERY } });
    return row ? toSubscription(row) : null;
  }

  async create(subscription: {
    id: string;
    url: string;
    description: string;
    events: WebhookEventType[];
    format: WebhookFormat;
    sealedSecret: string;
    createdBy: string;
  }): Promise<Subscription> {
    const { sealedSecret, ...fields } = subscription;
    const row = await this.prisma.webhookSubscription.create({
      data: { ...fields, secret: sealedSecret },
      include: { deliveries: LAST_DELIVERY },
    });
    return toSubscription(row);
  }

  /** Applies a change; null when there is no such subscription. */
  async update(
    id: string,
    change: Partial<{
      url: string;
      description: string;
      events: WebhookEventType[];
      format: WebhookFormat;
      enabled: boolean;
      disabledReason: string | null;
      disabledAt: Date | null;
      sealedSecret: string;
    }>,
  ): Promise<Subscription | null> {
    const { sealedSecret, ...fields } = change;
    const updated = await this.prisma.webhookSubscription.updateMany({
      where: { id },
      data: { ...fields, ...(sealedSecret ? { secret: sealedSecret } : {}), updatedAt: new Date() },
    });
    return updated.count === 0 ? null : this.find(id);
  }

  async delete(id: string): Promise<boolean> {
    return (await this.prisma.webhookSubscription.deleteMany({ where: { id } })).count === 1;
  }

  /** Stops deliveries with a reason the admin sees; a subscription already disabled keeps its first reason. */
  async disable(db: Db, id: string, reason: string, at: Date): Promise<void> {
    await db.webhookSubscription.updateMany({
      where: { id, enabled: true },
      data: { enabled: false, disabledReason: reason, disabledAt: at, updatedAt: at },
    });
  }

  /** The newest attempts first. */
  async deliveries(subscriptionId: string, limit = 100): Promise<WebhookDelivery[]> {
    const rows = await this.prisma.webhookDelivery.findMany({
      where: { subscriptionId },
      include: { event: { select: { type: true } } },
      orderBy: [{ attemptedAt: 'desc' }, { attempt: 'desc' }],
      take: limit,
    });
    return rows.map(toDelivery);
  }

  async findDelivery(subscriptionId: string, id: string): Promise<WebhookDelivery | null> {
    const row = await this.prisma.webhookDelivery.findFirst({
      where: { id, subscriptionId },
      include: { event: { select: { type: true } } },
    });
    return row ? toDelivery(row) : null;
  }

  /** The number the next attempt of this event at this subscription gets. */
  async nextAttemptNumber(eventId: string, subscriptionId: string): Promise<number> {
    const { _max } = await this.prisma.webhookDelivery.aggregate({
      where: { eventId, subscriptionId },
      _max: { attempt: true },
    });
    return (_max.attempt ?? 0) + 1;
  }

  async logAttempt(db: Db, attempt: NewAttempt): Promise<WebhookDelivery> {
    const row = await db.webhookDelivery.create({ data: attempt, include: { event: { select: { type: true } } } });
    return toDelivery(row);
  }
}
