import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import pLimit from 'p-limit';
import { toIsoDate } from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from './prisma.service.js';
import { SegmentedLru } from './segmented-lru.js';
import { Spool } from './spool.js';

/**
 * How long an answer about "now" is served as it is while nothing is written. Without writes it
 * changes only with the date (a retirement date, an exception's expiry or a policy version's start
 * passing), so such an answer is recomputed after this; until twice this age, the previous answer is
 * still served while the new one is computed, so nobody waits for it. Its `asOf` says the instant it
 * describes.
 */
export const NOW_ANSWER_TTL_MS = 60_000;
/** Answers kept in memory: 32 MB for answers asked for once, 96 MB for those asked for again. */
const ANSWER_BYTES = { probation: 32 * 2 ** 20, protected: 96 * 2 ** 20 };
/** Finished files (reports, backups) kept on disk, segmented the same way. */
const FILE_BYTES = { probation: 256 * 2 ** 20, protected: 768 * 2 ** 20 };
/** Files written at once: each holds a database connection while it is written; the pool has 10. */
const FILES_WRITTEN_AT_ONCE = 2;

/** The areas of data whose versions `data_version` keeps (raised by triggers on their tables). */
export const DATA_AREAS = ['exceptions', 'history', 'models', 'policy', 'reviews', 'scans'] as const;
export type DataArea = (typeof DATA_AREAS)[number];

/** Areas every write of which may change what was true before today. */
const AREAS_OF_THE_PAST: readonly DataArea[] = ['policy', 'reviews'];

export interface AnswerOptions {
  /**
   * The moment the answer describes; none for now, whose answer is also of its date and recomputed
   * after a while even without writes.
   */
  asOf: Date | undefined;
  /** The areas the answer reads: a write to any other area leaves it valid. */
  reads: readonly DataArea[];
  /** Of those, the areas whose writes of today an answer about the past still shows (a name as it is now). */
  readsOfToday?: readonly DataArea[];
}

/**
 * The areas an answer is keyed on. One about a moment before today changes only with a write that
 * reaches into the past (`history`: an event, exception or scan dated before today, or one changed
 * or removed — see its migration), the policy or the reviews, whatever else it reads: the writes of
 * today leave it as it is.
 */
export function areasKeyed({ asOf, reads, readsOfToday = [] }: AnswerOptions, now = new Date()): readonly DataArea[] {
  const today = new Date(toIsoDate(now));
  if (asOf === undefined || asOf >= today) return reads;
  return [...reads.filter((area) => AREAS_OF_THE_PAST.includes(area) || readsOfToday.includes(area)), 'history'];
}

/** Writes a file in chunks; resolves when all of it is written. */
export type Produce = (write: (chunk: string | Buffer) => Promise<void>) => Promise<void>;

export interface CachedFile {
  body: Readable;
  /** Known when the file was complete already. */
  length: number | null;
}

interface Kept<T> {
  /** The versions of the areas it read (and, for an answer about now, the date) it was computed under. */
  version: string;
  /** When its computation started: the "now" it describes. */
  computedAt: number;
  value: T;
}

interface Flight {
  /** The data version it computes at; null while it waits for the one before it. */
  version: string | null;
  body: Promise<Buffer>;
  next: Flight | null;
}

interface KeptFile extends Kept<Promise<Spool>> {
  /** Its size on disk once written. */
  bytes: number;
  /** Whether its writing began (until then it waits for a turn and has read nothing). */
  started: boolean;
}

const ageOf = (kept: Kept<unknown>) => Date.now() - kept.computedAt;

/**
 * The answers of the heavy read endpoints (compliance, dashboard) and their files (the CSV report,
 * the backup), reused while the portfolio's data has not changed. Each answer is kept under its
 * question with the versions of the areas of data it read: `data_version`, raised by triggers in
 * the commit of every transaction that changes models, exceptions, the policy, reviews or scans (and
 * `history`, by those that reach into the past) — through this API, another replica or by hand —
 * and by nothing else (a sign-in, a session or a token's
 * use does not make anyone recompute); a write to one area leaves the answers that do not read it
 * as they are. Requests for an answer being computed wait for that
 * computation; a file is written once, at the database's pace, while every request for it reads
 * it at its own.
 */
@Injectable()
export class AnswerCache {
  private readonly answers = new SegmentedLru<Kept<Buffer>>({
    probationSize: ANSWER_BYTES.probation,
    protectedSize: ANSWER_BYTES.protected,
    sizeOf: (kept) => kept.value.length,
  });
  private readonly files = new SegmentedLru<KeptFile>({
    probationSize: FILE_BYTES.probation,
    protectedSize: FILE_BYTES.protected,
    sizeOf: (kept) => kept.bytes,
    onRemove: (kept) =>
      void kept.value.then(
        (spool) => spool.discard(),
        () => undefined,
      ),
  });
  /** Per question: the computation running (and the one queued behind it). */
  private readonly flights = new Map<string, Flight>();
  private readonly writing = pLimit(FILES_WRITTEN_AT_ONCE);

  constructor(private readonly prisma: PrismaService) {}

  /** `compute()` as JSON, computed afresh only when the data (or, for an answer about now, the time) moved on. */
  async json(question: string, compute: () => Promise<unknown>, options: AnswerOptions): Promise<Buffer> {
    const aboutNow = options.asOf === undefined;
    const version = await this.versionFor(options);
    const kept = this.answers.get(question);
    if (kept?.version === version) {
      if (!aboutNow || ageOf(kept) < NOW_ANSWER_TTL_MS) return kept.value;
      if (ageOf(kept) < 2 * NOW_ANSWER_TTL_MS) {
        // A failed refresh is retried by the next request; this one already has its answer.
        this.compute(question, version, compute, options).catch(() => undefined);
        return kept.value;
      }
    }
    return this.compute(question, version, compute, options);
  }

  /**
   * The file `produce` writes, as a stream each request reads at its own pace: the one being written
   * or kept for this question and data version, else a new one. Its writing never waits for a
   * reader, so a client that stalls holds nothing but its own socket.
   */
  async file(question: string, produce: Produce, options: AnswerOptions): Promise<CachedFile> {
    const aboutNow = options.asOf === undefined;
    const version = await this.versionFor(options);
    let kept = this.files.get(question);
    if (kept && !kept.started) {
      // Still waiting for its turn: it reads the data when it starts, after this request's version,
      // so it answers this request too (under a stream of writes, files queued one per write starved).
      kept.version = version;
    } else if (!kept || kept.version !== version || (aboutNow && ageOf(kept) >= NOW_ANSWER_TTL_MS)) {
      kept = this.startFile(question, version, produce);
    }
    const spool = await kept.value;
    return { body: spool.reader(), length: spool.complete ? spool.bytes : null };
  }

  /** The versions of the areas keyed on, in one cheap statement; an answer about now is also of its date. */
  private async versionFor(options: AnswerOptions): Promise<string> {
    const [row] = await this.prisma.rows<{ version: string }>(
      Prisma.sql`SELECT string_agg(area || ':' || version, ' ' ORDER BY area) AS version FROM data_version
        WHERE area = ANY(${areasKeyed(options)}::text[])`,
      'data-versions',
    );
    return options.asOf === undefined ? `${row!.version} on ${toIsoDate(new Date())}` : row!.version;
  }

  private startFile(question: string, version: string, produce: Produce): KeptFile {
    const kept: KeptFile = {
      version,
      computedAt: Date.now(),
      bytes: 0,
      started: false,
      value: Spool.create(),
    };
    this.files.set(question, kept);
    kept.value.then(
      async (spool) => {
        try {
          await this.writing(() => {
            kept.started = true;
            return produce((chunk) => spool.append(chunk));
          });
          spool.finish();
          // Measured now that it is whole: one too large to keep is let go (its readers still have it).
          kept.bytes = spool.bytes;
          this.files.resize(question, kept);
        } catch (error) {
          spool.fail(error instanceof Error ? error : new Error(String(error)));
          this.files.delete(question, kept);
        }
      },
      () => this.files.delete(question, kept),
    );
    return kept;
  }

  /**
   * The answer at `version`: the computation running for it, or a new one. While another version's
   * answer is being computed, the new one starts when that one ends (at the data's version then), and
   * everyone who asks meanwhile shares it: a question is computed once at a time, however fast the
   * writes come, instead of once per write all at once on the same cores.
   */
  private compute(question: string, version: string, compute: () => Promise<unknown>, options: AnswerOptions) {
    const running = this.flights.get(question);
    if (!running) return this.start(question, version, compute).body;
    if (running.version === version) return running.body;
    running.next ??= {
      version: null,
      next: null,
      body: running.body
        .catch(() => undefined)
        .then(async () => this.start(question, await this.versionFor(options), compute).body),
    };
    return running.next.body;
  }

  private start(question: string, version: string, compute: () => Promise<unknown>): Flight {
    const computedAt = Date.now();
    const flight: Flight = {
      version,
      next: null,
      body: compute().then((value) => {
        const json = Buffer.from(JSON.stringify(value));
        this.answers.set(question, { version, computedAt, value: json });
        return json;
      }),
    };
    this.flights.set(question, flight);
    const land = () => {
      if (this.flights.get(question) === flight) this.flights.delete(question);
    };
    flight.body.then(land, land);
    return flight;
  }
}
