import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { toIsoDate } from '@mmt/domain';
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
/** A streamed answer (a report file) up to this size is kept too; a larger one streams every time, so memory stays flat. */
const MAX_KEPT_STREAM_BYTES = 16 * 2 ** 20;

/** An answer about a given `asOf` holds while the data does; one about now, for its time to live. */
const isFresh = (answer: Answer, aboutNow: boolean) => !aboutNow || Date.now() - answer.computedAt < NOW_ANSWER_TTL_MS;

type Compute = () => Promise<unknown>;
type Produce = () => AsyncIterable<string>;

interface Answer {
  body: Buffer;
  /** When its computation started: the "now" it describes. */
  computedAt: number;
}

/**
 * The answers of the heavy read endpoints (compliance, dashboard, the CSV report), reused while the
 * database has not changed. The key holds PostgreSQL's current snapshot (`xmin:xmax:in-progress ids`): every
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
  /** Streams under way, by key: what they kept when done (null: nothing). */
  private readonly streaming = new Map<string, Promise<Buffer | null>>();
  private readonly tooLargeToKeep = new Set<string>();

  constructor(private readonly prisma: PrismaService) {}

  /** `compute()` as JSON, computed afresh only when the data (or, for an answer about now, the time) moved on. */
  async json(question: string, compute: Compute, { aboutNow }: { aboutNow: boolean }): Promise<Buffer> {
    const key = await this.keyOf(question, aboutNow);
    const answer = this.answers.get(key);
    if (answer && isFresh(answer, aboutNow)) return answer.body;
    if (answer && Date.now() - answer.computedAt < 2 * NOW_ANSWER_TTL_MS) {
      // A failed refresh is retried by the next request; this one already has its answer.
      this.compute(key, compute).catch(() => undefined);
      return answer.body;
    }
    return this.compute(key, compute);
  }

  /**
   * The chunks `produce()` yields, streamed; a download that completes within
   * `MAX_KEPT_STREAM_BYTES` is kept and served whole (a Buffer) to the next requests while fresh.
   * Requests arriving while it streams wait for it, unless this question's last answer was too
   * large to keep (they would wait for nothing).
   */
  async stream(question: string, produce: Produce, { aboutNow }: { aboutNow: boolean }): Promise<Readable | Buffer> {
    const key = await this.keyOf(question, aboutNow);
    const answer = this.answers.get(key);
    if (answer && isFresh(answer, aboutNow)) return answer.body;
    const kept = await this.streaming.get(key);
    if (kept) return kept;
    const startedAt = Date.now();
    const file = Readable.from(this.keepWhileStreaming(key, question, produce));
    if (!this.tooLargeToKeep.has(question) && !this.streaming.has(key)) {
      // Settled when this download ends, however it ends (sent, failed, or the client gone).
      this.streaming.set(
        key,
        new Promise((resolve) =>
          file.once('close', () => {
            this.streaming.delete(key);
            const answer = this.answers.get(key);
            resolve(answer && answer.computedAt >= startedAt ? answer.body : null);
          }),
        ),
      );
    }
    return file;
  }

  /** Answers about now also change with the date, whatever the time to live says. */
  private async keyOf(question: string, aboutNow: boolean): Promise<string> {
    const [row] = await this.prisma.rows<{ snapshot: string }>(
      Prisma.sql`SELECT pg_current_snapshot()::text AS snapshot`,
    );
    return `${row!.snapshot} ${question}${aboutNow ? ` now on ${toIsoDate(new Date())}` : ''}`;
  }

  private async *keepWhileStreaming(key: string, question: string, produce: Produce): AsyncGenerator<Buffer> {
    const computedAt = Date.now();
    let kept: Buffer[] | null = [];
    let size = 0;
    for await (const chunk of produce()) {
      const bytes = Buffer.from(chunk);
      size += bytes.length;
      if (kept && size <= MAX_KEPT_STREAM_BYTES) kept.push(bytes);
      else kept = null;
      yield bytes;
    }
    // Reached only when the whole file went out: an aborted or failed download keeps nothing.
    if (kept) {
      this.answers.set(key, { body: Buffer.concat(kept), computedAt });
      this.tooLargeToKeep.delete(question);
    } else this.tooLargeToKeep.add(question);
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
