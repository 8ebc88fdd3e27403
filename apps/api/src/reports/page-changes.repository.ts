import { Injectable } from '@nestjs/common';
import {
  evaluate,
  groupBy,
  reviewChanges,
  toIsoDate,
  type ChangeItem,
  type PolicyVersion,
  type VerdictStatus,
  EXPIRY_WARNING_DAYS,
  changesWindowStart,
} from '@mmt/domain';
import { PrismaService } from '../database/prisma.service.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import type { PortfolioItem } from './report-portfolio.repository.js';

const SNAPSHOT_SLICE = 10_000;

export interface ChangesContext {
  now: Date;
  since: Date | null;
  /** Where the changes start: the last review, or a week back (`changesWindowStart`). */
  windowStart: Date;
  /** The policy in force now: "what changed" judges models as they are now. */
  policy: PolicyVersion;
  /** Each model's verdict status frozen at the last review (statuses only: all `reviewChanges` compares). */
  before: Map<string, VerdictStatus> | null;
}

/**
 * `ReviewsService.changesSinceLastReview()` for one page of models, through the same domain rule
 * (`reviewChanges`): that method builds the whole portfolio at once, which a streamed export of
 * 100,000 models cannot afford. The API tests hold the two to the same items.
 */
@Injectable()
export class PageChangesRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly verdicts: VerdictService,
  ) {}

  async context(now: Date): Promise<ChangesContext> {
    const [review, { policy }] = await Promise.all([
      this.prisma.review.findFirst({
        where: { createdAt: { lte: now } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        select: { id: true, createdAt: true },
      }),
      this.verdicts.policyAt(now),
    ]);
    if (!review) return { now, since: null, windowStart: changesWindowStart(null, now), policy, before: null };
    // Read in slices: a 100,000-model snapshot in one result would cost hundreds of MB in flight.
    const before = new Map<string, VerdictStatus>();
    for (let offset = 0; ; offset += SNAPSHOT_SLICE) {
      const slice = await this.prisma.$queryRaw<{ model_id: string; status: VerdictStatus }[]>`
        SELECT v->>'modelId' AS model_id, v->>'status' AS status
        FROM review r CROSS JOIN LATERAL jsonb_array_elements(r.snapshot->'verdicts') WITH ORDINALITY AS e(v, n)
        WHERE r.id = ${review.id}::uuid AND e.n > ${offset} AND e.n <= ${offset + SNAPSHOT_SLICE}`;
      for (const row of slice) before.set(row.model_id, row.status);
      if (slice.length < SNAPSHOT_SLICE) break;
    }
    return { now, since: review.createdAt, windowStart: changesWindowStart(review.createdAt, now), policy, before };
  }

  /** The changes of a page's models since the last review, judged as they are now. */
  forModels(context: ChangesContext, models: readonly PortfolioItem[]): ChangeItem[] {
    const { now, since, before, policy } = context;
    const current = models.map((model) => ({ id: model.meta.id, state: model.current }));
    const events = models.flatMap((model) => model.events);
    const exceptions = models.flatMap((model) => model.exceptions);
    const names = new Map(current.map((model) => [model.id, model.state.name]));
    const today = toIsoDate(now);
    return reviewChanges({
      since,
      today,
      events: events.map((event) => ({ ...event, modelName: names.get(event.modelId) ?? '' })),
      before: before
        ? current.flatMap(({ id }) => {
            const status = before.get(id);
            return status ? [{ modelId: id, name: names.get(id) ?? '', status, rule: '', reason: '' }] : [];
          })
        : null,
      now: models.map((model) => ({
        modelId: model.meta.id,
        name: model.current.name,
        lifecycle: model.current.lifecycle,
        retireBy: model.current.retireBy,
        ...evaluate(model.current, policy, today, model.exceptions, now),
      })),
      exceptions: exceptions.map((exception) => ({ ...exception, modelName: names.get(exception.modelId) ?? '' })),
      expiryWarningDays: EXPIRY_WARNING_DAYS,
    }).items;
  }
}

export const groupByModel = <T extends { modelId: string }>(items: readonly T[]): Map<string, T[]> =>
  groupBy(items, (item) => item.modelId);
