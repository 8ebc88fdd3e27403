import { addDays, toIsoDate } from './dates.js';
import { exceptionStateAt, type ModelExceptionRecord } from './exception.js';
import type { ModelState, Verdict } from './model.js';
import {
  modelRef,
  sameVerdict,
  type ModelRef,
  type NotificationEvent,
  type VerdictChangeCause,
} from './notification-events.js';
import { policyInForceOn, type PolicyVersion } from './policy.js';
import { evaluate } from './verdict.js';

const DAY_MS = 86_400_000;

/** Days before an exception's expiry when `exception.expiring` is sent. */
export const EXPIRY_NOTICE_DAYS = [30, 7] as const;

/**
 * The UTC midnights in (from, to]. Every change nobody writes (an exception starting or expiring,
 * a retirement date passing, a policy version taking force) happens at one of them.
 */
export function midnightsBetween(from: Date, to: Date): Date[] {
  const midnights: Date[] = [];
  for (let time = Math.floor(from.getTime() / DAY_MS + 1) * DAY_MS; time <= to.getTime(); time += DAY_MS) {
    midnights.push(new Date(time));
  }
  return midnights;
}

export interface BoundaryModel {
  model: ModelRef;
  /** Its history, oldest first, with when each event was written. */
  events: readonly { at: Date; recordedAt: Date; state: ModelState }[];
  exceptions: readonly ModelExceptionRecord[];
}

/**
 * What was known just before `boundary`: a change written at or after it was reported when it was
 * written (a backdated exception, a policy version in force from today), so it is no time-driven news.
 */
function knownBefore(boundary: Date, candidate: BoundaryModel, policies: readonly PolicyVersion[]) {
  const time = boundary.getTime();
  const written = (iso: string) => new Date(iso).getTime() < time;
  return {
    events: candidate.events.filter((event) => event.recordedAt.getTime() < time),
    exceptions: candidate.exceptions
      .filter((exception) => written(exception.createdAt))
      .map((exception) =>
        exception.revokedAt !== null && !written(exception.revokedAt) ? { ...exception, revokedAt: null } : exception,
      ),
    policies: policies.filter((policy) => written(policy.createdAt)),
  };
}

function verdictAt(
  instant: Date,
  known: ReturnType<typeof knownBefore>,
): { state: ModelState; verdict: Verdict } | undefined {
  const state = known.events.filter((event) => event.at.getTime() <= instant.getTime()).at(-1)?.state;
  if (!state || known.policies.length === 0) return undefined;
  const date = toIsoDate(instant);
  return { state, verdict: evaluate(state, policyInForceOn(known.policies, date), date, known.exceptions, instant) };
}

/** What starts or ends at `boundary`, most telling first. */
function causeAt(
  boundary: Date,
  state: ModelState,
  known: ReturnType<typeof knownBefore>,
): VerdictChangeCause | undefined {
  const date = toIsoDate(boundary);
  const policy = known.policies.find((version) => version.inForceFrom === date);
  if (policy) return { kind: 'policy', policyVersionId: policy.id, inForceFrom: policy.inForceFrom };
  const expired = known.exceptions.find((exception) => exception.expiresOn === date);
  if (expired) return { kind: 'exception', change: 'expired', exceptionId: expired.id };
  const started = known.exceptions.find((exception) => exception.grantedOn === date);
  if (started) return { kind: 'exception', change: 'started', exceptionId: started.id };
  if (state.retireBy !== null && addDays(state.retireBy, 1) === date) {
    return { kind: 'retirement_date', retireBy: state.retireBy };
  }
  return undefined;
}

/**
 * `verdict.changed` for each model whose verdict differs across `boundary` (a UTC midnight), judged
 * on what was known before it. Each carries a key unique to (model, boundary), so it is stored once.
 */
export function boundaryVerdictEvents(input: {
  boundary: Date;
  candidates: readonly BoundaryModel[];
  policies: readonly PolicyVersion[];
}): NotificationEvent[] {
  const { boundary } = input;
  const justBefore = new Date(boundary.getTime() - 1);
  return input.candidates.flatMap((candidate): NotificationEvent[] => {
    const known = knownBefore(boundary, candidate, input.policies);
    const before = verdictAt(justBefore, known);
    const after = verdictAt(boundary, known);
    if (!before || !after || sameVerdict(before.verdict, after.verdict)) return [];
    const cause = causeAt(boundary, after.state, known);
    if (!cause) return [];
    return [
      {
        type: 'verdict.changed',
        occurredAt: boundary,
        dedupeKey: `verdict.changed:${candidate.model.id}:${boundary.toISOString()}`,
        data: { model: modelRef(candidate.model), from: before.verdict, to: after.verdict, cause },
      },
    ];
  });
}

/**
 * `exception.expired` for exceptions whose last day ended at `boundary`, and `exception.expiring`
 * 30 and 7 days before; only for exceptions granted (and not revoked) before the boundary.
 */
export function exceptionDateEvents(input: {
  boundary: Date;
  exceptions: readonly (ModelExceptionRecord & { model: ModelRef })[];
}): NotificationEvent[] {
  const { boundary } = input;
  const date = toIsoDate(boundary);
  return input.exceptions.flatMap(({ model, ...exception }): NotificationEvent[] => {
    if (new Date(exception.createdAt).getTime() >= boundary.getTime()) return [];
    if (exception.revokedAt !== null && new Date(exception.revokedAt).getTime() < boundary.getTime()) return [];
    const ref = modelRef(model);
    if (exception.expiresOn === date) {
      return [
        {
          type: 'exception.expired',
          occurredAt: boundary,
          dedupeKey: `exception.expired:${exception.id}`,
          data: { model: ref, exception },
        },
      ];
    }
    const unrevoked = { ...exception, revokedAt: null };
    return EXPIRY_NOTICE_DAYS.filter(
      (days) => addDays(date, days) === exception.expiresOn && exceptionStateAt(unrevoked, date, boundary) === 'active',
    ).map((daysLeft) => ({
      type: 'exception.expiring',
      occurredAt: boundary,
      dedupeKey: `exception.expiring:${exception.id}:${daysLeft}`,
      data: { model: ref, exception, daysLeft },
    }));
  });
}
