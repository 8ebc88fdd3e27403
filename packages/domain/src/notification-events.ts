import type { ModelExceptionRecord } from './exception.js';
import type { FieldChange, Model, ModelState, Verdict } from './model.js';
import type { ReviewSummary } from './review.js';
import type { WeeklyDigest } from './digest.js';
import type { NotificationEventType } from './webhooks.js';

/** How a notification names a model: enough to read and to link. */
export interface ModelRef {
  id: string;
  name: string;
  team: string;
}

/** Why a verdict changed: someone's edit, an exception, a retirement date passing, or a policy version. */
export type VerdictChangeCause =
  | { kind: 'edit'; actor: string }
  | { kind: 'exception'; change: 'granted' | 'revoked' | 'started' | 'expired'; exceptionId: string }
  | { kind: 'retirement_date'; retireBy: string }
  | { kind: 'policy'; policyVersionId: number; inForceFrom: string };

/** A repository scan (the `mmt scan` command records them; defined here for subscribers already). */
export interface RecordedScan {
  id: string;
  repository: string;
  recordedAt: string;
  models: ModelRef[];
}

/** The `data` of each event type, as subscribers receive it. */
export interface EventDataByType {
  'model.created': { model: Model; actor: string };
  'model.updated': { model: Model; changes: FieldChange[]; actor: string };
  'verdict.changed': { model: ModelRef; from: Verdict; to: Verdict; cause: VerdictChangeCause };
  'exception.granted': { model: ModelRef; exception: ModelExceptionRecord; actor: string };
  'exception.revoked': { model: ModelRef; exception: ModelExceptionRecord; actor: string };
  'exception.expiring': { model: ModelRef; exception: ModelExceptionRecord; daysLeft: number };
  'exception.expired': { model: ModelRef; exception: ModelExceptionRecord };
  'review.recorded': { review: ReviewSummary; actor: string };
  'scan.recorded': { scan: RecordedScan };
  'digest.weekly': WeeklyDigest;
  'webhook.test': { message: string; webhookId: string };
}

/**
 * One notification, before it is stored in the outbox. `dedupeKey` is set for changes found by a
 * scheduled job, so the same change is recorded once however many replicas or restarts look at it.
 */
export type NotificationEvent = {
  [T in NotificationEventType]: { type: T; occurredAt: Date; data: EventDataByType[T]; dedupeKey?: string };
}[NotificationEventType];

export const modelRef = ({ id, name, team }: ModelRef): ModelRef => ({ id, name, team });

/** A verdict changed when its status or the rule that decided it did; the reason's wording alone does not count. */
export const sameVerdict = (a: Pick<Verdict, 'status' | 'rule'>, b: Pick<Verdict, 'status' | 'rule'>) =>
  a.status === b.status && a.rule === b.rule;

/** The state a model had before `changes` were applied to it. */
export function stateBefore(after: ModelState, changes: readonly FieldChange[]): ModelState {
  return { ...after, ...Object.fromEntries(changes.map((change) => [change.field, change.from])) };
}

/** `verdict.changed` when `from` and `to` differ, else nothing. */
export function verdictChangeEvents(
  model: ModelRef,
  from: Verdict,
  to: Verdict,
  cause: VerdictChangeCause,
  occurredAt: Date,
): NotificationEvent[] {
  if (sameVerdict(from, to)) return [];
  return [{ type: 'verdict.changed', occurredAt, data: { model: modelRef(model), from, to, cause } }];
}

export function modelCreatedEvents(model: Model, actor: string, occurredAt: Date): NotificationEvent[] {
  return [{ type: 'model.created', occurredAt, data: { model, actor } }];
}

/** `model.updated`, and `verdict.changed` when the edit changed the verdict (`before` is the verdict it had). */
export function modelUpdatedEvents(edit: {
  model: Model;
  changes: FieldChange[];
  actor: string;
  before: Verdict;
  occurredAt: Date;
}): NotificationEvent[] {
  const { model, changes, actor, occurredAt } = edit;
  return [
    { type: 'model.updated', occurredAt, data: { model, changes, actor } },
    ...verdictChangeEvents(model, edit.before, model.verdict, { kind: 'edit', actor }, occurredAt),
  ];
}

/** `exception.granted` or `exception.revoked`, and the verdict change it caused. */
export function exceptionChangeEvents(change: {
  kind: 'granted' | 'revoked';
  model: ModelRef;
  exception: ModelExceptionRecord;
  actor: string;
  before: Verdict;
  after: Verdict;
  occurredAt: Date;
}): NotificationEvent[] {
  const { kind, model, exception, actor, occurredAt } = change;
  const event: NotificationEvent =
    kind === 'granted'
      ? { type: 'exception.granted', occurredAt, data: { model: modelRef(model), exception, actor } }
      : { type: 'exception.revoked', occurredAt, data: { model: modelRef(model), exception, actor } };
  const cause: VerdictChangeCause = { kind: 'exception', change: kind, exceptionId: exception.id };
  return [event, ...verdictChangeEvents(model, change.before, change.after, cause, occurredAt)];
}
