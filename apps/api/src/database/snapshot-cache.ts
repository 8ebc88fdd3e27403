import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from './prisma.service.js';

/**
 * How long an answer about "now" is reused while nothing is written. Verdicts also change with the
 * clock alone (a retirement date or an exception's expiry passing), so such an answer is at most
 * this old; its `asOf` says the instant it describes.
 */
export const NOW_ANSWER_TTL_MS = 5_000;
const MAX_BYTES = 128 * 2 ** 20;

type Compute = () => Promise<unknown>;

/**
 * The JSON answers of the heavy read endpoints (compliance, dashboard), reused while the database
 * has not changed. The key holds PostgreSQL's current snapshot (`xmin:xmax:in-progress ids`): every
 * write — through this API, another replica or by hand — takes a transaction id and so changes it,
 * and two equal snapshots see exactly the same committed data. Requests for an answer that is being
 * computed wait for that computation instead of starting their own.
 */
@Injectable()
export class SnapshotCache {
  private readonly answers = new LRUCache<string, Buffer, Compute>({
    maxSize: MAX_BYTES,
    sizeCalculation: (body) => body.length,
    fetchMethod: async (_key, _stale, { context }) => Buffer.from(JSON.stringify(await context())),
  });

  constructor(private readonly prisma: PrismaService) {}

  /** `compute()` as JSON, computed afresh only when the data (or, for an answer about now, the time) moved on. */
  async json(key: string, compute: Compute, { aboutNow }: { aboutNow: boolean }): Promise<Buffer> {
    const [row] = await this.prisma.rows<{ snapshot: string }>(
      Prisma.sql`SELECT pg_current_snapshot()::text AS snapshot`,
    );
    const body = await this.answers.fetch(`${row!.snapshot} ${key}`, {
      context: compute,
      ttl: aboutNow ? NOW_ANSWER_TTL_MS : 0,
    });
    return body!;
  }
}
