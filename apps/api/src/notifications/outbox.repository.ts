import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { NotificationEvent } from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService, type Db } from '../database/prisma.service.js';

/** An outbox event as stored. */
export type StoredEvent = NotificationEvent & { id: string };

/**
 * The transactional outbox. Events are written with the change that causes them (in its
 * transaction, or in its very statement), so a change is never committed without its
 * notifications nor a notification without its change; the relay turns them into delivery jobs.
 */
@Injectable()
export class OutboxRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The INSERT of these events, for a statement that writes a change and its events at once. */
  insertStatement(events: readonly NotificationEvent[]): Prisma.Sql {
    const records = events.map((event) => ({
      id: randomUUID(),
      type: event.type,
      data: event.data,
      occurred_at: event.occurredAt.toISOString(),
      dedupe_key: event.dedupeKey ?? null,
    }));
    return Prisma.sql`
      INSERT INTO notification_event (id, type, data, occurred_at, dedupe_key)
      SELECT r.id, r.type, r.data, r.occurred_at, r.dedupe_key
      FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(
        id uuid, type text, data jsonb, occurred_at timestamptz, dedupe_key text)
      ON CONFLICT (dedupe_key) DO NOTHING`;
  }

  /** Stores the events in `db`'s transaction; returns the ids stored (an event whose dedupe key is taken is not). */
  async record(db: Db, events: readonly NotificationEvent[]): Promise<string[]> {
    if (events.length === 0) return [];
    const rows = await db.$queryRaw<{ id: string }[]>`${this.insertStatement(events)} RETURNING id::text AS id`;
    return rows.map((row) => row.id);
  }

  async find(id: string): Promise<StoredEvent | null> {
    const row = await this.prisma.notificationEvent.findUnique({ where: { id } });
    return row ? ({ id: row.id, type: row.type, occurredAt: row.occurredAt, data: row.data } as StoredEvent) : null;
  }

  /** Whether any event waits for the relay: a cheap look before taking locks. */
  async hasPending(): Promise<boolean> {
    return (
      (await this.prisma.notificationEvent.findFirst({ where: { dispatchedAt: null }, select: { id: true } })) !== null
    );
  }

  /**
   * Up to `limit` waiting events, locked until the transaction ends (another replica skips them),
   * each with the enabled subscriptions that want it (none: one row with a null subscription).
   */
  claimPending(db: Db, limit: number): Promise<{ event_id: string; subscription_id: string | null }[]> {
    return db.$queryRaw`
      WITH e AS (
        SELECT id, type FROM notification_event WHERE dispatched_at IS NULL
        ORDER BY recorded_at LIMIT ${limit} FOR UPDATE SKIP LOCKED
      )
      SELECT e.id::text AS event_id, s.id::text AS subscription_id
      FROM e LEFT JOIN webhook_subscription s ON s.enabled AND e.type = ANY(s.events)`;
  }

  async markDispatched(db: Db, ids: readonly string[], at: Date): Promise<void> {
    await db.notificationEvent.updateMany({ where: { id: { in: [...ids] } }, data: { dispatchedAt: at } });
  }

  /** Forgets events (and their delivery log) recorded before `instant`. */
  async deleteRecordedBefore(db: Db, instant: Date): Promise<void> {
    await db.notificationEvent.deleteMany({ where: { recordedAt: { lt: instant } } });
  }
}
