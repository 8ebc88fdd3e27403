import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { NotificationEvent } from '@mmt/domain';
import { PrismaService, type Db } from '../database/prisma.service.js';
import { deliveryJob } from './delivery-job.js';
import { JobQueue, QUEUES } from './job-queue.js';

/** An outbox event as stored. */
export type StoredEvent = NotificationEvent & { id: string };

/**
 * The transactional outbox. Events are written in the transaction of the change that causes them,
 * with the first delivery job of each subscription that wants them: a change is never committed
 * without its notifications, nor a notification without its change.
 */
@Injectable()
export class OutboxRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly queue: JobQueue,
  ) {}

  async find(id: string): Promise<StoredEvent | null> {
    const row = await this.prisma.notificationEvent.findUnique({ where: { id } });
    return row ? ({ id: row.id, type: row.type, occurredAt: row.occurredAt, data: row.data } as StoredEvent) : null;
  }

  /** Stores the events and their delivery jobs in `db`'s transaction; returns the ids stored (a taken dedupe key is skipped). */
  async record(db: Db, events: readonly NotificationEvent[]): Promise<string[]> {
    if (events.length === 0) return [];
    const records = events.map((event) => ({
      id: randomUUID(),
      type: event.type,
      data: event.data,
      occurred_at: event.occurredAt.toISOString(),
      dedupe_key: event.dedupeKey ?? null,
    }));
    // One statement: the events, and who wants each (none until someone subscribes).
    const rows = await db.$queryRaw<{ id: string; subscription_id: string | null }[]>`
      WITH e AS (
        INSERT INTO notification_event (id, type, data, occurred_at, dedupe_key)
        SELECT r.id, r.type, r.data, r.occurred_at, r.dedupe_key
        FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(
          id uuid, type text, data jsonb, occurred_at timestamptz, dedupe_key text)
        ON CONFLICT (dedupe_key) DO NOTHING
        RETURNING id, type
      )
      SELECT e.id::text AS id, s.id::text AS subscription_id
      FROM e LEFT JOIN webhook_subscription s ON s.enabled AND e.type = ANY(s.events)`;
    await this.queue.insert(
      db,
      QUEUES.webhookDelivery.name,
      rows.flatMap((row) =>
        row.subscription_id ? [deliveryJob({ eventId: row.id, subscriptionId: row.subscription_id, attempt: 1 })] : [],
      ),
    );
    return [...new Set(rows.map((row) => row.id))];
  }

  /** Forgets events (and their delivery log) recorded before `instant`. */
  async deleteRecordedBefore(db: Db, instant: Date): Promise<void> {
    await db.notificationEvent.deleteMany({ where: { recordedAt: { lt: instant } } });
  }
}
