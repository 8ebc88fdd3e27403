import {
  evaluate,
  groupBy,
  reviewChanges,
  toIsoDate,
  type ChangeItem,
  type PolicyVersion,
  type VerdictStatus,
  EXPIRY_WARNING_DAYS,
} from '@mmt/domain';
import type { PortfolioItem } from './report-portfolio.repository.js';

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
 * The changes of a page's models since the last review, judged as they are now:
 * `ReviewsService.changesSinceLastReview()` for one page of models, through the same domain rule
 * (`reviewChanges`). That method builds the whole portfolio at once, which a streamed export of
 * 100,000 models cannot afford. The API tests hold the two to the same items.
 */
export function pageChanges(context: ChangesContext, models: readonly PortfolioItem[]): ChangeItem[] {
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
  });
}

export const groupByModel = <T extends { modelId: string }>(items: readonly T[]): Map<string, T[]> =>
  groupBy(items, (item) => item.modelId);
