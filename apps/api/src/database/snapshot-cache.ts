import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from './prisma.service.js';

/**
 * How long an answer about "now" is served as it is while nothing is written. Without writes it
 * changes only with the date (a retirement date, an exception's expiry or a policy version's start
 * passing), so such an answer is recomputed after this; until twice this age, the previous answer is
 * still served while the new one is computed, so nobody waits for it. Its `asOf` says the instant it
 * describes.
 */
export const NOW_ANSWER_TTL_MS = 60_000;
const MAX_BYTES = 128 * 2 ** 20;

type Compute = () => Promise<unknown>;

interface Answer {
  body: Buffer;
  /** When its computation started: the "now" it describes. */
  computedAt: number;
}

/**
 * The JSON answers of the heavy read endpoints (compliance, dashboard), reused while the database
 * has not changed. The key holds PostgreSQL's current snapshot (`xmin:xmax:in-progress ids`): every
 * write — through this API, another replica or by hand — takes a transaction id and so changes it,
 * and two equal snapshots see exactly the same committed data. Requests for an answer that is being
 * computed wait for that computation instead of starting their own.
 */
@Injectable()
export class SnapshotCache {
  private readonly answers = new LRUCache<string, Answer>({
    maxSize: MAX_BYTES,
    sizeCalculation: (answer) => answer.body.length,
  });
  private readonly computing = new Map<string, Promise<Buffer>>();

  constructor(private readonly prisma: PrismaService) {}

  /** `compute()` as JSON, computed afresh only when the data (or, for an answer about now, the time) moved on. */
  async json(question: string, compute: Compute, { aboutNow }: { aboutNow: boolean }): Promise<Buffer> {
    const [row] = await this.prisma.rows<{ snapshot: string }>(
      Prisma.sql`SELECT pg_current_snapshot()::text AS snapshot`,
    );
    const key = `${row!.snapshot} ${question}`;
    const answer = this.answers.get(key);
    const age = answer ? Date.now() - answer.computedAt : Infinity;
    if (answer && (!aboutNow || age < NOW_ANSWER_TTL_MS)) return answer.body;
    if (answer && age < 2 * NOW_ANSWER_TTL_MS) {
      // A failed refresh is retried by the next request; this one already has its answer.
      this.compute(key, compute).catch(() => undefined);
      return answer.body;
    }
    return this.compute(key, compute);
  }

  private compute(key: string, compute: Compute): Promise<Buffer> {
    const running = this.computing.get(key);
    if (running) return running;
    const computedAt = Date.now();
    const body = compute()
      .then((value) => {
        const json = Buffer.from(JSON.stringify(value));
        this.answers.set(key, { body: json, computedAt });
        return json;
      })
      .finally(() => this.computing.delete(key));
    this.computing.set(key, body);
    return body;
  }
}
