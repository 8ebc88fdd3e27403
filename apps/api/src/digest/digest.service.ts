import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  digestCron,
  digestHtml,
  digestSubject,
  digestText,
  kpiRows,
  summarizeReport,
  toReportModel,
  weeklyDigest,
  type DigestSchedule,
  type DigestSettings,
  type DigestSubscription,
  type DigestSubscriptionInput,
  type WeeklyDigest,
} from '@mmt/domain';
import type { Principal } from '../auth/principal.js';
import { DomainError } from '../common/domain-error.js';
import { ComplianceService } from '../compliance/compliance.service.js';
import { PrismaService, type Db } from '../database/prisma.service.js';
import { CodeDriftRepository } from '../drift/code-drift.repository.js';
import { JobQueue, QUEUES } from '../notifications/job-queue.js';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notifications/notification-options.js';
import { OutboxRepository } from '../notifications/outbox.repository.js';
import { ReviewsService } from '../reviews/reviews.service.js';
import { DigestMailer } from './digest-mailer.js';
import { DigestRepository, type StoredSchedule } from './digest.repository.js';

interface DigestEmailJob {
  eventId: string;
  userId: string;
}

/**
 * The weekly digest: "what changed since the last review", at the day, time and time zone the
 * admin set, as a `digest.weekly` event for webhooks and an email to each person who opted in.
 */
@Injectable()
export class DigestService implements OnApplicationBootstrap {
  private readonly logger = new Logger('WeeklyDigest');

  constructor(
    private readonly prisma: PrismaService,
    private readonly digests: DigestRepository,
    private readonly mailer: DigestMailer,
    private readonly outbox: OutboxRepository,
    private readonly queue: JobQueue,
    private readonly compliance: ComplianceService,
    private readonly reviews: ReviewsService,
    private readonly drift: CodeDriftRepository,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // The first start of a database puts the default schedule in place; later starts change nothing.
    await this.prisma.$transaction(async (tx) => this.apply(tx, await this.digests.lockSchedule(tx)));
    await this.queue.work(QUEUES.weeklyDigest.name, async () => {
      await this.send(new Date());
    });
    await this.queue.work<DigestEmailJob>(QUEUES.digestEmail.name, (job) => this.email(job.data));
  }

  async settings(): Promise<DigestSettings> {
    return this.view(await this.digests.schedule());
  }

  async updateSettings(schedule: DigestSchedule, actor: string): Promise<DigestSettings> {
    const saved = await this.prisma.$transaction(async (tx) => {
      await this.digests.lockSchedule(tx);
      const stored = await this.digests.saveSchedule(tx, schedule, actor, new Date());
      await this.apply(tx, stored);
      return stored;
    });
    return this.view(saved);
  }

  async subscription(principal: Principal): Promise<DigestSubscription> {
    const userId = this.personOf(principal);
    return {
      email: await this.digests.isRecipient(userId),
      emailAvailable: this.mailer.available,
      address: await this.digests.userEmail(userId),
    };
  }

  async updateSubscription(principal: Principal, input: DigestSubscriptionInput): Promise<DigestSubscription> {
    const userId = this.personOf(principal);
    if (input.email && !this.mailer.available) {
      throw new DomainError('invalid', 'This server sends no email (SMTP_URL is not set)', [
        { field: 'email', message: 'is not available: the server has no mail server configured' },
      ]);
    }
    await this.digests.setRecipient(userId, input.email);
    return this.subscription(principal);
  }

  /** Builds this week's digest and records it: for webhooks, and one email job per person who opted in. */
  async send(now: Date): Promise<WeeklyDigest> {
    const digest = await this.compose(now);
    await this.prisma.$transaction(async (tx) => {
      // One digest per scheduled minute, however often the job runs.
      const dedupeKey = `digest.weekly:${now.toISOString().slice(0, 16)}`;
      const [eventId] = await this.outbox.record(tx, [
        { type: 'digest.weekly', occurredAt: now, data: digest, dedupeKey },
      ]);
      if (!eventId || !this.mailer.available) return;
      const recipients = await this.digests.recipientIds(tx);
      await this.queue.insert<DigestEmailJob>(
        tx,
        QUEUES.digestEmail.name,
        recipients.map((userId) => ({ data: { eventId, userId } })),
      );
    });
    return digest;
  }

  private async compose(now: Date): Promise<WeeklyDigest> {
    const [compliance, changes, codeDisagrees] = await Promise.all([
      this.compliance.report(),
      this.reviews.changesSinceLastReview(),
      this.drift.disagreementCount(null),
    ]);
    const summary = summarizeReport(
      compliance.models.map((model) => toReportModel(model, compliance.policy)),
      { codeDisagrees },
    );
    return weeklyDigest({
      generatedAt: now,
      changes,
      lastReview: changes.review ? { id: changes.review.id, heldOn: changes.review.heldOn } : null,
      kpis: kpiRows(summary),
      reviewUrl: `${this.options.publicUrl}/review`,
    });
  }

  private async email({ eventId, userId }: DigestEmailJob): Promise<void> {
    const [recipient, event] = await Promise.all([this.digests.recipient(userId), this.outbox.find(eventId)]);
    // Opted out or deactivated since: nothing to send.
    if (!recipient || event?.type !== 'digest.weekly') return;
    const digest = event.data;
    await this.mailer.send({
      to: recipient.email,
      subject: digestSubject(digest),
      text: digestText(digest),
      html: digestHtml(digest),
    });
    this.logger.log(`Sent the weekly digest to ${recipient.email}`);
  }

  /** Makes the job queue's schedule match the stored one, in the same transaction. */
  private async apply(db: Db, schedule: StoredSchedule): Promise<void> {
    if (schedule.enabled) {
      await this.queue.schedule(QUEUES.weeklyDigest.name, digestCron(schedule), { tz: schedule.timeZone, db });
    } else {
      await this.queue.unschedule(db, QUEUES.weeklyDigest.name);
    }
  }

  private view(schedule: StoredSchedule): DigestSettings {
    const { enabled, day, time, timeZone } = schedule;
    return {
      enabled,
      day,
      time,
      timeZone,
      emailAvailable: this.mailer.available,
      nextRunAt: enabled ? (this.queue.nextRun(digestCron(schedule), timeZone)?.toISOString() ?? null) : null,
      updatedAt: schedule.updatedAt?.toISOString() ?? null,
      updatedBy: schedule.updatedBy,
    };
  }

  private personOf(principal: Principal): string {
    if (!principal.userId) {
      throw new DomainError(
        'invalid',
        'Only a person can get the digest by email: sign in, or use a token of your own',
      );
    }
    return principal.userId;
  }
}
