import {
  changesWindowStart,
  EXPIRY_WARNING_DAYS,
  reviewChanges,
  toIsoDate,
  type ChangeItem,
  type FieldChange,
} from '@mmt/domain';
import { ComplianceService } from '../../apps/api/src/compliance/compliance.service.js';
import { ModelRepository } from '../../apps/api/src/models/model.repository.js';
import { ReviewRepository } from '../../apps/api/src/reviews/review.repository.js';
import { VerdictInputsRepository } from '../../apps/api/src/verdicts/verdict-inputs.repository.js';
import type { TestApi } from './api.js';

/**
 * What changed since the last review as the weekly review computed it before its groups were
 * queries: every model judged now and compared by the domain's `reviewChanges` with the review's
 * snapshot, the events since the review and every exception. The oracle of the SQL groups.
 */
export async function changesJudgedByTheRule(api: TestApi): Promise<{ since: string | null; items: ChangeItem[] }> {
  const now = new Date();
  const review = await api.app.get(ReviewRepository).latestAtOrBefore(now);
  const since = review ? new Date(review.createdAt) : null;
  const [events, report, exceptions] = await Promise.all([
    api.app.get(ModelRepository).eventsRecordedSince(changesWindowStart(since, now)),
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
  return { since: since?.toISOString() ?? null, items };
}
