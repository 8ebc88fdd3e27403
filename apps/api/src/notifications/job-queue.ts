import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { fromPrisma, PgBoss, type Job, type JobInsert, type Queue, type ScheduleOptions } from 'pg-boss';
import { DATABASE_URL, type Db } from '../database/prisma.service.js';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from './notification-options.js';

/** Every queue the app uses, with how its jobs are kept and retried. */
export const QUEUES = {
  /** One job per (event, subscription, attempt); the attempt schedule is ours, so a job retries only after a crash. */
  webhookDelivery: { name: 'webhook-delivery', retryLimit: 2, retryDelay: 30, expireInSeconds: 60 },
  /** Every minute: changes nobody wrote (a midnight passing). One at a time, never retried: the next minute catches up. */
  timeDrivenScan: { name: 'time-driven-scan', policy: 'singleton', retryLimit: 0, expireInSeconds: 300 },
  weeklyDigest: { name: 'weekly-digest', retryLimit: 3, retryDelay: 60, expireInSeconds: 300 },
  digestEmail: { name: 'digest-email', retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 120 },
} as const satisfies Record<string, Queue>;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]['name'];

/** A job id that is the same every time for the same parts: inserting it twice inserts it once. */
export function stableJobId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\n')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * pg-boss, started and stopped with the app. Jobs live in PostgreSQL (schema `pgboss`, created on the
 * first start), so every replica shares them: each job is taken by one worker (SKIP LOCKED), and one
 * inserted in a transaction exists exactly when what that transaction wrote does.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('JobQueue');
  private readonly boss: PgBoss;
  private readonly workers = new Map<QueueName, string>();

  constructor(
    @Inject(DATABASE_URL) databaseUrl: string,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: 'pgboss',
      application_name: 'mmt-jobs',
      max: 4,
      // No LISTEN/NOTIFY: workers poll (every 2 s). pg-boss 12.38 drops its listener's error handler
      // before closing it, so a database going away during shutdown (embedded PostgreSQL stops on
      // the same signal) crashed the process.
    });
    // Without a listener an error event would crash the process; the queue reconnects by itself.
    this.boss.on('error', (error) => this.logger.warn(`Job queue: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    for (const { name, ...options } of Object.values(QUEUES)) await this.boss.createQueue(name, options);
  }

  /** Waits for the jobs in hand (a delivery takes 10 s at most), then closes the queue's connections. */
  async onModuleDestroy(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: this.options.requestTimeoutMs + 5_000 });
  }

  /** Adds jobs inside `db`'s transaction: they exist if and only if it commits. */
  async insert<T extends object>(db: Db, queue: QueueName, jobs: JobInsert<T>[]): Promise<void> {
    if (jobs.length > 0) await this.boss.insert(queue, jobs, { db: fromPrisma(db) });
  }

  /**
   * Handles `queue`'s jobs in this process, `concurrency` at a time, unless it leaves the work to
   * other replicas.
   */
  async work<T extends object>(
    queue: QueueName,
    handler: (job: Job<T>) => Promise<void>,
    concurrency = 1,
  ): Promise<void> {
    if (!this.options.runWorkers) return;
    const worker = await this.boss.work<T>(
      queue,
      {
        batchSize: 1,
        localConcurrency: concurrency,
        pollingIntervalSeconds: this.options.pollingIntervalSeconds,
      },
      async ([job]) => {
        if (job) await handler(job);
      },
    );
    this.workers.set(queue, worker);
  }

  /** Has this process's worker of `queue` look for jobs now rather than at its next poll. */
  wake(queue: QueueName): void {
    const worker = this.workers.get(queue);
    if (worker) this.boss.notifyWorker(worker);
  }

  /** Creates or replaces `queue`'s recurring job (pg-boss sends each occurrence once, whichever replica sees it). */
  async schedule(queue: QueueName, cron: string, options: { tz?: ScheduleOptions['tz']; db?: Db } = {}): Promise<void> {
    const { db, ...rest } = options;
    await this.boss.schedule(queue, cron, null, { ...rest, ...(db ? { db: fromPrisma(db) } : {}) });
  }

  async unschedule(db: Db, queue: QueueName): Promise<void> {
    await this.boss.unschedule(queue, undefined, { db: fromPrisma(db) });
  }

  /** When a cron expression next fires, in its time zone. */
  nextRun(cron: string, tz: string): Date | null {
    return this.boss.previewSchedule(cron, { tz, count: 1 })[0] ?? null;
  }
}
