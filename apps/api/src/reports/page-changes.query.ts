import { Injectable } from '@nestjs/common';
import {
  reviewChanges,
  toIsoDate,
  type ChangeItem,
  type FieldChange,
  type ModelState,
  type VerdictStatus,
} from '@mmt/domain';
import { EXPIRY_WARNING_DAYS } from '../compliance/compliance.service.js';
import { PrismaService } from '../database/prisma.service.js';
import { ExceptionRepository } from '../exceptions/exception.repository.js';
import { stateFromRow } from '../models/model.mapper.js';
import { VerdictService } from '../verdicts/verdict.service.js';

// As ReviewsService: with no review yet, "what changed" covers the last week.
const FIRST_REVIEW_LOOKBACK_MS = 7 * 86_400_000;

export interface ChangesContext {
  now: Date;
  since: Date | null;
  /** Each model's verdict status frozen at the last review (statuses only: all `reviewChanges` compares). */
  before: Map<string, VerdictStatus> | null;
}

/**
 * `ReviewsService.changesSinceLastReview()` for one page of models, through the same domain rule
 * (`reviewChanges`): that method builds the whole portfolio at once, which a streamed export of
 * 100,000 models cannot afford. The API tests hold the two to the same items.
 */
@Injectable()
export class PageChangesQuery {
  constructor(
    private readonly prisma: PrismaService,
    private readonly exceptions: ExceptionRepository,
    private readonly verdicts: VerdictService,
  ) {}

  async context(now: Date): Promise<ChangesContext> {
    const review = await this.prisma.review.findFirst({
      where: { createdAt: { lte: now } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true, createdAt: true },
    });
    if (!review) return { now, since: null, before: null };
    const frozen = await this.prisma.$queryRaw<{ model_id: string; status: VerdictStatus }[]>`
      SELECT v->>'modelId' AS model_id, v->>'status' AS status
      FROM review r CROSS JOIN LATERAL jsonb_array_elements(r.snapshot->'verdicts') v
      WHERE r.id = ${review.id}::uuid`;
    return { now, since: review.createdAt, before: new Map(frozen.map((row) => [row.model_id, row.status])) };
  }

  /** The changes of these models since the last review, judged as they are now. */
  async forModels(context: ChangesContext, modelIds: string[]): Promise<ChangeItem[]> {
    const { now, since, before } = context;
    const [rows, events, exceptions] = await Promise.all([
      this.prisma.model.findMany({ where: { id: { in: modelIds } } }),
      this.prisma.modelEvent.findMany({
        where: {
          modelId: { in: modelIds },
          recordedAt: { gt: since ?? new Date(now.getTime() - FIRST_REVIEW_LOOKBACK_MS) },
        },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
        select: { modelId: true, kind: true, at: true, actor: true, changes: true },
      }),
      this.exceptions.forModels(modelIds),
    ]);
    const current = rows.map((row) => ({ id: row.id, state: stateFromRow(row) }));
    const names = new Map(current.map((model) => [model.id, model.state.name]));
    const verdicts = await this.verdicts.judge(current, now);
    const statesById = new Map<string, ModelState>(current.map((model) => [model.id, model.state]));
    return reviewChanges({
      since,
      today: toIsoDate(now),
      events: events.map((event) => ({
        modelId: event.modelId,
        modelName: names.get(event.modelId) ?? '',
        kind: event.kind as 'created' | 'updated',
        at: event.at.toISOString(),
        actor: event.actor,
        changes: event.changes as unknown as FieldChange[],
      })),
      before: before
        ? modelIds.flatMap((id) => {
            const status = before.get(id);
            return status ? [{ modelId: id, name: names.get(id) ?? '', status, rule: '', reason: '' }] : [];
          })
        : null,
      now: current.map((model) => ({
        modelId: model.id,
        name: model.state.name,
        lifecycle: statesById.get(model.id)!.lifecycle,
        retireBy: model.state.retireBy,
        ...verdicts.get(model.id)!,
      })),
      exceptions: exceptions.map((exception) => ({ ...exception, modelName: names.get(exception.modelId) ?? '' })),
      expiryWarningDays: EXPIRY_WARNING_DAYS,
    }).items;
  }
}
