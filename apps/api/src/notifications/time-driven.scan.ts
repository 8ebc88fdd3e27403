import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  EXPIRY_NOTICE_DAYS,
  addDays,
  boundaryVerdictEvents,
  exceptionDateEvents,
  groupBy,
  midnightsBetween,
  toIsoDate,
  type NotificationEvent,
} from '@mmt/domain';
import { PrismaService } from '../database/prisma.service.js';
import { VerdictInputsRepository } from '../verdicts/verdict-inputs.repository.js';
import { JobQueue, QUEUES } from './job-queue.js';
import { OutboxRepository } from './outbox.repository.js';
import { TimeDrivenRepository } from './time-driven.repository.js';

const DAY_MS = 86_400_000;
/** After a long stop, changes older than this are history rather than news. */
const CATCH_UP_DAYS = 7;
/** The outbox and its delivery log keep this long. */
const RETENTION_DAYS = 90;

/**
 * Changes nobody writes — an exception starting or expiring, 30 and 7 days' notice of an expiry, a
 * retirement date passing, a policy version taking force — all happen at a UTC midnight. A job
 * every minute looks at the midnights passed since the last look, compares verdicts across each,
 * and records what changed in the outbox. The bookmark and the events commit together, and each
 * event has a key of its own, so a change is told once: not per replica, not again after a restart.
 */
@Injectable()
export class TimeDrivenScan implements OnApplicationBootstrap {
  private readonly logger = new Logger('TimeDrivenScan');

  constructor(
    private readonly prisma: PrismaService,
    private readonly scans: TimeDrivenRepository,
    private readonly inputs: VerdictInputsRepository,
    private readonly outbox: OutboxRepository,
    private readonly queue: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.schedule(QUEUES.timeDrivenScan.name, '* * * * *');
    await this.queue.work(QUEUES.timeDrivenScan.name, async () => {
      const recorded = await this.scan(new Date());
      if (recorded > 0) this.logger.log(`Recorded ${recorded} time-driven notification(s)`);
    });
  }

  /** Looks at the midnights between the last look and `now`; returns how many events it recorded. */
  scan(now: Date): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const scannedTo = await this.scans.lockScannedTo(tx, now);
      if (now.getTime() <= scannedTo.getTime()) return 0;
      const from = new Date(Math.max(scannedTo.getTime(), now.getTime() - CATCH_UP_DAYS * DAY_MS));
      const boundaries = midnightsBetween(from, now);
      const events: NotificationEvent[] = [];
      for (const boundary of boundaries) {
        const ids = await this.scans.modelsChangingAt(tx, boundary);
        const [histories, exceptions, policies] = [
          await this.scans.histories(tx, ids),
          await this.inputs.exceptionsOf(ids, tx),
          await this.inputs.policyVersions(tx),
        ];
        const byModel = groupBy(exceptions, (exception) => exception.modelId);
        const candidates = histories.map((history) => ({
          ...history,
          exceptions: byModel.get(history.model.id) ?? [],
        }));
        events.push(...boundaryVerdictEvents({ boundary, candidates, policies }));
        const date = toIsoDate(boundary);
        const expiring = await this.scans.exceptionsExpiringOn(tx, [
          date,
          ...EXPIRY_NOTICE_DAYS.map((days) => addDays(date, days)),
        ]);
        events.push(...exceptionDateEvents({ boundary, exceptions: expiring }));
      }
      const recorded = await this.outbox.record(tx, events);
      if (boundaries.length > 0)
        await this.outbox.deleteRecordedBefore(tx, new Date(now.getTime() - RETENTION_DAYS * DAY_MS));
      await this.scans.setScannedTo(tx, now);
      return recorded.length;
    });
  }
}
