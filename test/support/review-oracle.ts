import {
  changesWindowStart,
  EXPIRY_WARNING_DAYS,
  reviewChanges,
  toIsoDate,
  type ChangeItem,
  type FieldChange,
  type ReviewSnapshot,
} from '@mmt/domain';
import { ComplianceService } from '../../apps/api/src/compliance/compliance.service.js';
import { PrismaService } from '../../apps/api/src/database/prisma.service.js';
import { VerdictInputsRepository } from '../../apps/api/src/verdicts/verdict-inputs.repository.js';
import type { TestApi } from './api.js';

/**
 * What changed since the last review as the weekly review computed it before its groups were
 * queries: every model judged now and compared by the domain's `reviewChanges` with the review's
 * snapshot, the events since the review and every exception. The oracle of the SQL groups.
 */
export async function changesJudgedByTheRule(api: TestApi): Promise<{ since: string | null; items: ChangeItem[] }> {
  const now = new Date();
  const prisma = api.app.get(PrismaService);
  const review = await prisma.review.findFirst({
    where: { createdAt: { lte: now } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  const since = review?.createdAt ?? null;
  const [events, report, exceptions] = await Promise.all([
    prisma.modelEvent.findMany({
      where: { recordedAt: { gt: changesWindowStart(since, now) } },
      include: { model: { select: { name: true } } },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    }),
    api.app.get(ComplianceService).report(),
    api.app.get(VerdictInputsRepository).allExceptions(),
  ]);
  const names = new Map(report.models.map((model) => [model.id, model.name]));
  const items = reviewChanges({
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
    before: review ? (review.snapshot as unknown as ReviewSnapshot).verdicts : null,
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
  return { since: since?.toISOString() ?? null, items };
}
