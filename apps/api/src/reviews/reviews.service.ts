import { Injectable } from '@nestjs/common';
import {
  compareSnapshots,
  reviewChanges,
  toIsoDate,
  type ComplianceReport,
  type FieldChange,
  type LatestChanges,
  type ReviewComparison,
  type ReviewInput,
  type ReviewRecord,
  type VerdictStatus,
  reviewSummary,
  withChangeItems,
  EXPIRY_WARNING_DAYS,
  changesWindowStart,
} from '@mmt/domain';
import { notFound } from '../common/domain-error.js';
import { ComplianceService } from '../compliance/compliance.service.js';
import { PrismaService } from '../database/prisma.service.js';
import { KpisService } from '../kpis/kpis.service.js';
import { ChangeNotifications } from '../notifications/change-notifications.js';
import { ModelRepository } from '../models/model.repository.js';
import { VerdictInputsRepository } from '../verdicts/verdict-inputs.repository.js';
import { ReviewRepository } from './review.repository.js';
import { ScanChangesRepository } from './scan-changes.repository.js';

@Injectable()
export class ReviewsService {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly models: ModelRepository,
    private readonly inputs: VerdictInputsRepository,
    private readonly compliance: ComplianceService,
    private readonly kpis: KpisService,
    private readonly prisma: PrismaService,
    private readonly notifications: ChangeNotifications,
    private readonly scanChanges: ScanChangesRepository,
  ) {}

  /** Records a review with a frozen snapshot of every verdict and the KPIs at this moment. */
  async record(input: ReviewInput, actor: string): Promise<ReviewRecord> {
    const now = new Date();
    const [kpis, report] = await Promise.all([this.kpis.at(now), this.compliance.report()]);
    const verdicts = report.models.map((model) => ({ modelId: model.id, name: model.name, ...model.verdict }));
    return this.prisma.$transaction(async (tx) => {
      const review = await this.reviews.create(
        { ...input, heldOn: input.heldOn ?? toIsoDate(now) },
        { kpis, verdicts },
        actor,
        tx,
      );
      await this.notifications.reviewRecorded(tx, review, actor);
      return review;
    });
  }

  list() {
    return this.reviews.list();
  }

  async get(id: string): Promise<ReviewRecord> {
    const review = await this.reviews.findById(id);
    if (!review) throw notFound('Review', id);
    return review;
  }

  /** The last review recorded at or before `instant`: when, and each model's verdict status frozen then. */
  async lastStatuses(instant: Date): Promise<{ createdAt: Date; statuses: Map<string, VerdictStatus> } | null> {
    const review = await this.reviews.latestHeaderAtOrBefore(instant);
    return review && { createdAt: review.createdAt, statuses: await this.reviews.snapshotStatuses(review.id) };
  }

  /**
   * Everything that changed since the last recorded review, grouped for the weekly review page.
   * `complianceNow` is the compliance report now, when the caller has it already.
   */
  async changesSinceLastReview(complianceNow?: Promise<ComplianceReport>): Promise<LatestChanges> {
    const now = new Date();
    const review = await this.reviews.latestAtOrBefore(now);
    const since = review ? new Date(review.createdAt) : null;
    const windowStart = changesWindowStart(since, now);
    const [events, report, exceptions, newDisagreements, tf1Increases] = await Promise.all([
      this.models.eventsRecordedSince(windowStart),
      complianceNow ?? this.compliance.report(),
      this.inputs.allExceptions(),
      this.scanChanges.newDisagreements(windowStart),
      this.scanChanges.tf1Increases(windowStart),
    ]);
    const names = new Map(report.models.map((model) => [model.id, model.name]));
    const changes = reviewChanges({
      since,
      today: toIsoDate(now),
      events: events.map((event) => ({
        modelId: event.modelId,
        modelName: event.model.name,
        kind: event.kind as 'created' | 'updated',
        at: event.at.toISOString(),
        actor: event.actor,
        changes: event.changes as unknown as FieldChange[],
      })),
      before: review?.snapshot.verdicts ?? null,
      now: report.models.map((model) => ({
        modelId: model.id,
        name: model.name,
        lifecycle: model.lifecycle,
        retireBy: model.retireBy,
        ...model.verdict,
      })),
      exceptions: exceptions.map((exception) => ({ ...exception, modelName: names.get(exception.modelId) ?? '' })),
      expiryWarningDays: EXPIRY_WARNING_DAYS,
    });
    const withScans = withChangeItems(changes, [...newDisagreements, ...tf1Increases]);
    return { review: review ? reviewSummary(review) : null, ...withScans };
  }

  /** Models whose verdict differs between two recorded reviews. */
  async compare(fromId: string, toId: string): Promise<ReviewComparison> {
    const [from, to] = await Promise.all([this.get(fromId), this.get(toId)]);
    return {
      from: reviewSummary(from),
      to: reviewSummary(to),
      differences: compareSnapshots(from.snapshot.verdicts, to.snapshot.verdicts),
    };
  }
}
