import { parseAsOf } from './dates.js';
import { exceptionStateAt } from './exception.js';
import type { ModelExceptionRecord } from './exception.js';
import { FRAMEWORK_DISPLAY_NAMES, frameworkLabel, joinLabels } from './labels.js';
import type { ModelState, Verdict } from './model.js';
import { matchingAllowance } from './policy.js';
import type { PolicyVersion, PolicyVersionInput } from './policy.js';
import type { VerdictStatus } from './vocabularies.js';

/** One stable id per branch of the design's rules 1–5 (and `unknown` between 1 and 2), in the order they are tried. */
export const VERDICT_RULES = [
  'retired',
  'unknown',
  'out_of_scope',
  'exception',
  'allowance',
  'new_preferred',
  'new_not_preferred',
  'legacy_preferred',
  'legacy_rewrite_in_production',
  'deprecated_without_retirement',
  'past_retirement',
  'grandfathered',
] as const;
export type VerdictRule = (typeof VERDICT_RULES)[number];

export const RULE_STATUS: Record<VerdictRule, VerdictStatus> = {
  retired: 'retired',
  unknown: 'unknown',
  out_of_scope: 'out_of_scope',
  exception: 'exception',
  allowance: 'exception',
  new_preferred: 'compliant',
  new_not_preferred: 'violation',
  legacy_preferred: 'compliant',
  legacy_rewrite_in_production: 'warning',
  deprecated_without_retirement: 'warning',
  past_retirement: 'warning',
  grandfathered: 'grandfathered',
};

type Policy = PolicyVersion | PolicyVersionInput;
type Exception = Pick<ModelExceptionRecord, 'reason' | 'approvedBy' | 'grantedOn' | 'expiresOn' | 'revokedAt'>;

/** "New" means started on or after the policy's decision date. */
export function isNewProject(
  model: Pick<ModelState, 'startedOn'>,
  policy: Pick<PolicyVersionInput, 'newProjectsFrom'>,
): boolean {
  return model.startedOn >= policy.newProjectsFrom;
}

/** Ends free text as a sentence, without doubling its own full stop. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function withoutFullStop(text: string): string {
  return text.replace(/\.$/, '');
}

const verdict = (rule: VerdictRule, reason: string): Verdict => ({ status: RULE_STATUS[rule], rule, reason });

/** Of several exceptions in one state, the one reaching furthest (latest expiry, then latest grant). */
function furthest<T extends Exception>(exceptions: readonly T[]): T | undefined {
  return [...exceptions].sort(
    (a, b) => b.expiresOn.localeCompare(a.expiresOn) || b.grantedOn.localeCompare(a.grantedOn),
  )[0];
}

function started(model: ModelState, policy: Policy): string {
  const from = policy.newProjectsFrom;
  if (model.startedOn === from) return `Started ${model.startedOn}, the day the policy took effect`;
  const when = model.startedOn > from ? 'after' : 'before';
  return `Started ${model.startedOn}, ${when} the policy took effect on ${from}`;
}

/** The `unknown` verdict's reason: what to do about it. */
export const UNKNOWN_FRAMEWORK_REASON = 'Framework not recorded: scan its repository or set it.';

/** Rules 1–5 without personal exceptions: the verdict a model gets on its own. */
function evaluateWithoutException(
  model: ModelState,
  policy: Policy,
  date: string,
  active: Exception | undefined,
): Verdict {
  const uses = frameworkLabel(model.framework, model.frameworkVersion, { inSentence: true });
  const preferred = FRAMEWORK_DISPLAY_NAMES[policy.preferredFramework];

  if (model.lifecycle === 'retired') return verdict('retired', 'Retired, so left out of compliance rates.');

  // Nothing can be judged without the framework: neither the policy's scope nor an exception applies yet.
  if (model.framework === 'unknown') return verdict('unknown', UNKNOWN_FRAMEWORK_REASON);

  if (!policy.governedFrameworks.includes(model.framework)) {
    const governed = joinLabels(policy.governedFrameworks.map((framework) => FRAMEWORK_DISPLAY_NAMES[framework]));
    return verdict('out_of_scope', `Uses ${uses}, which the policy does not govern (it governs ${governed}).`);
  }

  if (active) {
    return verdict(
      'exception',
      `Exception approved by ${active.approvedBy} from ${active.grantedOn} until it expires on ${active.expiresOn}: ${sentence(active.reason)}`,
    );
  }
  const allowance = matchingAllowance(model, policy);
  if (allowance) return verdict('allowance', `Allowed by the policy: ${sentence(allowance.reason)}`);

  if (isNewProject(model, policy)) {
    return model.framework === policy.preferredFramework
      ? verdict('new_preferred', `${started(model, policy)}, and uses ${uses}, the preferred framework.`)
      : verdict('new_not_preferred', `${started(model, policy)}, but uses ${uses}.`);
  }

  if (model.framework === policy.preferredFramework) {
    return verdict('legacy_preferred', `${started(model, policy)}, and uses ${uses}, the preferred framework.`);
  }
  if (model.lifecycle === 'production' && model.migration === 'in_progress') {
    const target = model.migrationTarget ? ` to ${FRAMEWORK_DISPLAY_NAMES[model.migrationTarget]}` : '';
    return verdict(
      'legacy_rewrite_in_production',
      `Working production model on ${uses} is being rewritten${target}, though the policy lets legacy models age gracefully.`,
    );
  }
  if (model.lifecycle === 'deprecated' && model.retireBy === null) {
    return verdict('deprecated_without_retirement', `Deprecated legacy model on ${uses} with no retirement date.`);
  }
  if (model.retireBy !== null && model.retireBy < date) {
    return verdict('past_retirement', `Legacy model on ${uses} is past its retirement date, ${model.retireBy}.`);
  }
  const retiring = model.retireBy === null ? '' : `, retiring by ${model.retireBy}`;
  return verdict(
    'grandfathered',
    `${started(model, policy)}, so ${uses} is grandfathered${retiring} (${preferred} is preferred for new projects).`,
  );
}

/**
 * The verdict for one model on `date` under `policy` (the version in force on that date), given
 * this model's exceptions. `instant` decides which revocations have happened (default: the end of `date`).
 * First match wins; see the design's "Policy verdicts".
 */
export function evaluate(
  model: ModelState,
  policy: Policy,
  date: string,
  exceptions: readonly Exception[],
  instant?: Date,
): Verdict {
  const at = instant ?? parseAsOf(date) ?? undefined;
  const stateOf = (exception: Exception) => exceptionStateAt(exception, date, at);
  const active = furthest(exceptions.filter((exception) => stateOf(exception) === 'active'));
  const found = evaluateWithoutException(model, policy, date, active);
  if (found.rule === 'exception') return found;

  const expired = furthest(exceptions.filter((exception) => stateOf(exception) === 'expired'));
  if (!expired) return found;
  return { ...found, reason: `${withoutFullStop(found.reason)}; exception expired on ${expired.expiresOn}.` };
}
