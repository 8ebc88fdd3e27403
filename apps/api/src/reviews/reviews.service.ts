import { Injectable } from '@nestjs/common';
import {
  addDays,
  CHANGE_GROUP_PREVIEW,
  CHANGE_GROUPS,
  changesWindowStart,
  compareSnapshots,
  EXPIRY_WARNING_DAYS,
  hasNews,
  parseAsOf,
  reviewSummary,
  toIsoDate,
  type ChangeGroup,
  type ChangeGroupPage,
  type ChangeGroupQuery,
  type ChangeItem,
  type LatestChanges,
  type ReviewComparison,
  type ReviewInput,
  type ReviewRecord,
  type ReviewSummary,
} from '@mmt/domain';
import { notFound } from '../common/domain-error.js';
import { ComplianceService } from '../compliance/compliance.service.js';
import { PrismaService } from '../database/prisma.service.js';
import { KpisService } from '../kpis/kpis.service.js';
import { ChangeNotifications } from '../notifications/change-notifications.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import type { ChangesWindow } from './change-groups.sql.js';
import { changeItem, type ChangeJudging } from './change-items.js';
import { ReviewChangesRepository } from './review-changes.repository.js';
import { ReviewRepository } from './review.repository.js';

@Injectable()
export class ReviewsService {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly changes: ReviewChangesRepository,
    private readonly verdicts: VerdictService,
    private readonly compliance: ComplianceService,
    private readonly kpis: KpisService,
    private readonly prisma: PrismaService,
    private readonly notifications: ChangeNotifications,
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

  /**
   * The changes since the last review recorded by `now` of the models asked for, as the review's
   * groups list them: a report's pages, each asking for its own models (inside
   * `PrismaService.readSnapshot`, as every read of a report is).
   */
  async modelChanges(now: Date): Promise<(modelIds: readonly string[]) => Promise<ChangeItem[]>> {
    const [{ window }, judging] = await Promise.all([this.windowAt(now), this.judgingAt(now)]);
    return async (modelIds) => (await this.changes.ofModels(window, modelIds)).map((row) => changeItem(row, judging));
  }

  /** Everything that changed since the last recorded review: each group's count and first items. */
  async changesSinceLastReview(): Promise<LatestChanges> {
    const now = new Date();
    const [{ review, window }, judging] = await Promise.all([this.windowAt(now), this.judgingAt(now)]);
    const slices = await this.changes.slices(window, CHANGE_GROUPS, 0, CHANGE_GROUP_PREVIEW);
    const groups = Object.fromEntries(
      slices.map((slice) => [
        slice.kind,
        { total: slice.total, items: slice.rows.map((row) => changeItem(row, judging)) },
      ]),
    ) as LatestChanges['groups'];
    const totals = Object.fromEntries(slices.map((slice) => [slice.kind, slice.total])) as Record<ChangeGroup, number>;
    return { review, since: review?.createdAt ?? null, groups, hasNews: hasNews(totals) };
  }

  /** One page of one group of what changed since the last recorded review ("show all"). */
  async changeGroup({ group, page, pageSize }: ChangeGroupQuery): Promise<ChangeGroupPage> {
    const now = new Date();
    const [{ review, window }, judging] = await Promise.all([this.windowAt(now), this.judgingAt(now)]);
    const [slice] = await this.changes.slices(window, [group], (page - 1) * pageSize, pageSize);
    return {
      group,
      since: review?.createdAt ?? null,
      items: slice!.rows.map((row) => changeItem(row, judging)),
      total: slice!.total,
      page,
      pageSize,
    };
  }

  /**
   * Every change since the last review recorded by `now`, group after group, a page at a time (a
   * report's list). Inside `PrismaService.readSnapshot`, as every read of a report is.
   */
  async allChanges(
    now: Date,
    pageSize: number,
  ): Promise<{ since: string | null; total: number; pages: AsyncGenerator<ChangeItem[]> }> {
    const [{ review, window }, judging] = await Promise.all([this.windowAt(now), this.judgingAt(now)]);
    const totals = await this.changes.slices(window, CHANGE_GROUPS, 0, 0);
    const rows = this.changes.all(window, pageSize);
    async function* pages() {
      for await (const page of rows) yield page.map((row) => changeItem(row, judging));
    }
    return {
      since: review?.createdAt ?? null,
      total: totals.reduce((sum, { total }) => sum + total, 0),
      pages: pages(),
    };
  }

  /** The last review recorded by `now` and what its changes are measured against. */
  private async windowAt(now: Date): Promise<{ review: ReviewSummary | null; window: ChangesWindow }> {
    const review = await this.reviews.latestSummaryAtOrBefore(now);
    const since = review ? new Date(review.createdAt) : null;
    const today = toIsoDate(now);
    return {
      review,
      window: {
        reviewId: review?.id ?? null,
        since,
        windowStart: changesWindowStart(since, now),
        now,
        today,
        endOfToday: parseAsOf(today)!,
        expiringBy: addDays(today, EXPIRY_WARNING_DAYS),
      },
    };
  }

  private async judgingAt(now: Date): Promise<ChangeJudging> {
    const { policy } = await this.verdicts.policyAt(now);
    return { policy, now, today: toIsoDate(now) };
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
