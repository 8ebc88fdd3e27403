import {
  eventChangeItems,
  evaluate,
  exceptionChangeItem,
  newDisagreementItem,
  retirementItem,
  tf1IncreaseItem,
  verdictChangeItems,
  type ChangeEvent,
  type ChangeItem,
  type FrameworkFamily,
  type Lifecycle,
  type ModelExceptionRecord,
  type PolicyVersion,
  type VerdictStatus,
} from '@mmt/domain';
import type { ChangeRow } from './review-changes.repository.js';

/** What a group's line is judged with: the policy now, today. */
export interface ChangeJudging {
  policy: PolicyVersion;
  now: Date;
  today: string;
}

const only = (items: readonly ChangeItem[], row: ChangeRow): ChangeItem => {
  const item = items.find((candidate) => candidate.kind === row.kind);
  if (!item) throw new Error(`The ${row.kind} query listed ${row.model_id}, which the rule does not put there`);
  return item;
};

/**
 * A group's row as the review's line, written by the domain's rule for that group: the queries
 * choose the items, the domain words them. Only a row of a verdict group is judged, for its reason.
 */
export function changeItem(row: ChangeRow, { policy, now, today }: ChangeJudging): ChangeItem {
  const { kind, model_id: modelId, model_name: modelName, at, detail } = row;
  switch (kind) {
    case 'newViolations':
    case 'resolvedViolations':
    case 'newWarnings':
    case 'becameUnknown':
    case 'leftUnknown':
    case 'otherVerdictChanges': {
      const verdict = evaluate(row.state!, policy, today, row.exceptions ?? [], now);
      // The timeline's status places the row; the judgement gives its reason.
      const status = detail['cur'] as VerdictStatus;
      const items = verdictChangeItems(
        detail['prev'] as VerdictStatus | null,
        { ...verdict, status, modelId, name: modelName },
        today,
      );
      return only(items, row);
    }
    case 'newModels':
    case 'lifecycleChanges':
    case 'frameworkChanges':
    case 'otherChanges': {
      const event: ChangeEvent = {
        modelId,
        modelName,
        at,
        kind: detail['kind'] === 'created' ? 'created' : 'updated',
        actor: detail['actor'] as string,
        changes: (detail['changes'] ?? []) as ChangeEvent['changes'],
      };
      return only(eventChangeItems(event), row);
    }
    case 'exceptionsGranted':
    case 'exceptionsRevoked':
    case 'exceptionsExpired':
    case 'exceptionsExpiringSoon':
      return exceptionChangeItem(kind, { ...(detail as unknown as ModelExceptionRecord), modelName });
    case 'newDisagreements':
      return newDisagreementItem({
        modelId,
        modelName,
        at,
        scannedFamily: detail['scannedFamily'] as FrameworkFamily,
        registeredFamily: detail['registeredFamily'] as FrameworkFamily,
      });
    case 'tf1Increases':
      return tf1IncreaseItem({
        modelId,
        modelName,
        at,
        commit: detail['commit'] as string | null,
        previousTotal: detail['previousTotal'] as number,
        total: detail['total'] as number,
      });
    case 'pastRetirement':
      return retirementItem({
        modelId,
        name: modelName,
        lifecycle: detail['lifecycle'] as Lifecycle,
        retireBy: detail['retireBy'] as string,
      });
  }
}
