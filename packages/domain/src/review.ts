import { z } from 'zod';
import { countSchema, instantSchema, isoDateSchema, recordOf } from './contract/fields.js';
import { named } from './contract/registry.js';
import { addDays, calendarDateSchema } from './dates.js';
import { exceptionStateAt, type ModelExceptionRecord } from './exception.js';
import { frozenKpisSchema } from './kpis.js';
import { verdictSchema, type FieldChange } from './model.js';
import type { FrameworkFamily } from './family.js';
import type { Lifecycle, VerdictStatus } from './vocabularies.js';
import { text } from './text.js';

export const reviewInputSchema = z.strictObject({
  heldOn: calendarDateSchema.optional(),
  attendees: z.array(text(100).min(1, 'must not be empty')).max(50).default([]),
  notes: text(20_000).default(''),
});
export type ReviewBody = z.input<typeof reviewInputSchema>;
export type ReviewInput = z.output<typeof reviewInputSchema>;

/** One model's verdict frozen in a review. */
export const snapshotVerdictSchema = verdictSchema.extend({ modelId: z.uuid(), name: z.string() });
export type SnapshotVerdict = z.output<typeof snapshotVerdictSchema>;

export const reviewSnapshotSchema = z.strictObject({
  kpis: frozenKpisSchema,
  verdicts: z.array(snapshotVerdictSchema),
});
export type ReviewSnapshot = z.output<typeof reviewSnapshotSchema>;

/** A recorded review as listed; the full record adds its frozen snapshot. */
export const reviewSummarySchema = named(
  'ReviewSummary',
  z.strictObject({
    id: z.uuid(),
    heldOn: isoDateSchema,
    attendees: z.array(z.string()),
    notes: z.string(),
    createdAt: instantSchema,
    createdBy: z.string(),
    kpis: frozenKpisSchema,
  }),
);
export type ReviewSummary = z.output<typeof reviewSummarySchema>;

export const reviewRecordSchema = named('Review', reviewSummarySchema.extend({ snapshot: reviewSnapshotSchema }));
export type ReviewRecord = z.output<typeof reviewRecordSchema>;

/** A review without its frozen snapshot. */
export const reviewSummary = ({ snapshot: _snapshot, ...summary }: ReviewRecord): ReviewSummary => summary;

export const CHANGE_GROUPS = [
  'newViolations',
  'resolvedViolations',
  'newWarnings',
  'becameUnknown',
  'leftUnknown',
  'otherVerdictChanges',
  'newModels',
  'lifecycleChanges',
  'frameworkChanges',
  'newDisagreements',
  'tf1Increases',
  'otherChanges',
  'exceptionsGranted',
  'exceptionsRevoked',
  'exceptionsExpired',
  'exceptionsExpiringSoon',
  'pastRetirement',
] as const;
export type ChangeGroup = (typeof CHANGE_GROUPS)[number];

/** With no review recorded yet, "what changed" covers this many days. */
export const FIRST_REVIEW_LOOKBACK_DAYS = 7;

/** Where "what changed" starts: the last review, or a week back when there has been none. */
export function changesWindowStart(lastReviewAt: Date | null, now: Date): Date {
  return lastReviewAt ?? new Date(now.getTime() - FIRST_REVIEW_LOOKBACK_DAYS * 86_400_000);
}

/** Reminders that hold until someone acts, whatever happened since the last review. */
export const STANDING_GROUPS: readonly ChangeGroup[] = ['exceptionsExpiringSoon', 'pastRetirement'];

export const changeItemSchema = named(
  'ChangeItem',
  z.strictObject({
    kind: z.enum(CHANGE_GROUPS),
    modelId: z.uuid(),
    modelName: z.string(),
    at: instantSchema.or(isoDateSchema).describe('When it happened (ISO timestamp or date)'),
    summary: z.string(),
  }),
);
export type ChangeItem = z.output<typeof changeItemSchema>;

/** How many items of each group the weekly review answer carries; the rest are paged ("show all"). */
export const CHANGE_GROUP_PREVIEW = 25;

/** One group's items in a page of it, with how many the group holds in all. */
export const changeGroupItemsSchema = named(
  'ChangeGroupItems',
  z.strictObject({
    total: countSchema.describe('Items in the whole group'),
    items: z.array(changeItemSchema).describe("The first items (or the requested page), in the group's order"),
  }),
);
export type ChangeGroupItems = z.output<typeof changeGroupItemsSchema>;

export const reviewChangesSchema = z.strictObject({
  since: instantSchema.nullable(),
  groups: recordOf(CHANGE_GROUPS, changeGroupItemsSchema),
  hasNews: z.boolean().describe('Whether anything happened since the last review (standing reminders aside)'),
});
export type ReviewChanges = z.output<typeof reviewChangesSchema>;

/** Whether a group count holds news: anything outside the standing reminders. */
export const hasNews = (totals: Readonly<Record<ChangeGroup, number>>): boolean =>
  CHANGE_GROUPS.some((group) => !STANDING_GROUPS.includes(group) && totals[group] > 0);

/** A history event as the review reads it. */
export interface ChangeEvent {
  modelId: string;
  modelName: string;
  kind: 'created' | 'updated';
  at: string;
  actor: string;
  changes: readonly FieldChange[];
}

export interface ChangesInput {
  /** When the last review was recorded; null when there was none (everything counts). */
  since: Date | null;
  today: string;
  events: readonly ChangeEvent[];
  /** Verdicts frozen at the last review; null when there was none. */
  before: readonly SnapshotVerdict[] | null;
  now: readonly (SnapshotVerdict & { lifecycle: Lifecycle; retireBy: string | null })[];
  exceptions: readonly (ModelExceptionRecord & { modelName: string })[];
  expiryWarningDays: number;
}

const FRAMEWORK_FIELDS = new Set(['framework', 'frameworkVersion']);
const show = (value: unknown) =>
  value === null || value === '' ? '—' : Array.isArray(value) ? value.join(', ') || '—' : String(value);
const describeChange = (change: FieldChange) => `${change.field} ${show(change.from)} → ${show(change.to)}`;

/** What one history event puts in the review: a new model, or its lifecycle, framework and other changes. */
export function eventChangeItems(event: ChangeEvent): ChangeItem[] {
  const base = { modelId: event.modelId, modelName: event.modelName, at: event.at };
  if (event.kind === 'created') return [{ ...base, kind: 'newModels', summary: `Registered by ${event.actor}` }];
  const lifecycle = event.changes.filter((change) => change.field === 'lifecycle');
  const framework = event.changes.filter((change) => FRAMEWORK_FIELDS.has(change.field));
  const other = event.changes.filter((change) => change.field !== 'lifecycle' && !FRAMEWORK_FIELDS.has(change.field));
  return [
    ...lifecycle.map((change) => ({ ...base, kind: 'lifecycleChanges' as const, summary: describeChange(change) })),
    ...(framework.length > 0
      ? [{ ...base, kind: 'frameworkChanges' as const, summary: framework.map(describeChange).join('; ') }]
      : []),
    ...(other.length > 0
      ? [
          {
            ...base,
            kind: 'otherChanges' as const,
            summary: `${other.map(describeChange).join('; ')} (by ${event.actor})`,
          },
        ]
      : []),
  ];
}

/** What a model's verdict moving from `previous` (null: not in the last review) to `verdict` puts in the review. */
export function verdictChangeItems(
  previous: VerdictStatus | null,
  verdict: SnapshotVerdict,
  today: string,
): ChangeItem[] {
  if (previous === verdict.status) return [];
  const base = { modelId: verdict.modelId, modelName: verdict.name, at: today };
  const from = previous ? `${previous} → ` : '';
  // Models to triage are news even without an earlier review: they are the triage list.
  if (verdict.status === 'unknown')
    return [{ ...base, kind: 'becameUnknown', summary: `${from}unknown: ${verdict.reason}` }];
  const severity: ChangeItem[] =
    verdict.status === 'violation'
      ? [{ ...base, kind: 'newViolations', summary: `${from}violation: ${verdict.reason}` }]
      : previous === 'violation'
        ? [{ ...base, kind: 'resolvedViolations', summary: `violation → ${verdict.status}: ${verdict.reason}` }]
        : verdict.status === 'warning'
          ? [{ ...base, kind: 'newWarnings', summary: `${from}warning: ${verdict.reason}` }]
          : [];
  // A triaged model is listed as such, and under its new violation or warning too.
  if (previous === 'unknown')
    return [{ ...base, kind: 'leftUnknown', summary: `unknown → ${verdict.status}: ${verdict.reason}` }, ...severity];
  if (severity.length > 0) return severity;
  // Without an earlier review, only violations, warnings and models to triage are news.
  return previous
    ? [{ ...base, kind: 'otherVerdictChanges', summary: `${previous} → ${verdict.status}: ${verdict.reason}` }]
    : [];
}

function verdictItems(input: ChangesInput): ChangeItem[] {
  const before = new Map((input.before ?? []).map((verdict) => [verdict.modelId, verdict]));
  return input.now.flatMap((verdict) =>
    verdictChangeItems(before.get(verdict.modelId)?.status ?? null, verdict, input.today),
  );
}

/** The review's line for an exception in each of its groups (granted, revoked, expired, expiring soon). */
export function exceptionChangeItem(
  kind: 'exceptionsGranted' | 'exceptionsRevoked' | 'exceptionsExpired' | 'exceptionsExpiringSoon',
  exception: ModelExceptionRecord & { modelName: string },
): ChangeItem {
  const base = { kind, modelId: exception.modelId, modelName: exception.modelName };
  switch (kind) {
    case 'exceptionsGranted':
      return {
        ...base,
        at: exception.createdAt,
        summary: `Until ${exception.expiresOn}, approved by ${exception.approvedBy}: ${exception.reason}`,
      };
    case 'exceptionsRevoked':
      return {
        ...base,
        at: exception.revokedAt ?? exception.createdAt,
        summary: `Revoked by ${exception.revokedBy ?? 'unknown'}: ${exception.reason}`,
      };
    case 'exceptionsExpired':
      return { ...base, at: exception.expiresOn, summary: `Expired on ${exception.expiresOn}: ${exception.reason}` };
    case 'exceptionsExpiringSoon':
      return { ...base, at: exception.expiresOn, summary: `Expires on ${exception.expiresOn}: ${exception.reason}` };
  }
}

function exceptionItems(input: ChangesInput): ChangeItem[] {
  const since = input.since?.getTime() ?? Number.NEGATIVE_INFINITY;
  const sinceDate = input.since ? input.since.toISOString().slice(0, 10) : '0000-01-01';
  const soon = addDays(input.today, input.expiryWarningDays);
  return input.exceptions.flatMap((exception): ChangeItem[] => {
    const state = exceptionStateAt(exception, input.today);
    const kinds = [
      new Date(exception.createdAt).getTime() > since && ('exceptionsGranted' as const),
      exception.revokedAt !== null && new Date(exception.revokedAt).getTime() > since && ('exceptionsRevoked' as const),
      state === 'expired' && exception.expiresOn > sinceDate && ('exceptionsExpired' as const),
      state === 'active' && exception.expiresOn <= soon && ('exceptionsExpiringSoon' as const),
    ];
    return kinds.flatMap((kind) => (kind ? [exceptionChangeItem(kind, exception)] : []));
  });
}

/** The reminder for a model still in use past its planned retirement date. */
export function retirementItem(model: {
  modelId: string;
  name: string;
  lifecycle: Lifecycle;
  retireBy: string;
}): ChangeItem {
  return {
    kind: 'pastRetirement',
    modelId: model.modelId,
    modelName: model.name,
    at: model.retireBy,
    summary: `Planned to retire by ${model.retireBy}, still ${model.lifecycle}`,
  };
}

function retirementItems(input: ChangesInput): ChangeItem[] {
  return input.now.flatMap((model) =>
    model.retireBy !== null && model.retireBy < input.today && model.lifecycle !== 'retired'
      ? [retirementItem({ ...model, retireBy: model.retireBy })]
      : [],
  );
}

/**
 * Everything the weekly review should see since the last one, judged from whole lists of models,
 * events and exceptions: what a page of a streamed export computes for its own models.
 */
export function reviewChanges(input: ChangesInput): ChangeItem[] {
  return [
    ...verdictItems(input),
    ...input.events.flatMap(eventChangeItems),
    ...exceptionItems(input),
    ...retirementItems(input),
  ];
}

/** A model whose latest scan now names another family than its registry entry, and did not at the last review. */
export function newDisagreementItem(model: {
  modelId: string;
  modelName: string;
  at: string;
  scannedFamily: FrameworkFamily;
  registeredFamily: FrameworkFamily;
}): ChangeItem {
  return {
    kind: 'newDisagreements',
    modelId: model.modelId,
    modelName: model.modelName,
    at: model.at,
    summary: `The code says ${model.scannedFamily}; the registry says ${model.registeredFamily}`,
  };
}

/** A scan that found more TF1 API uses than the model's scan before it. */
export function tf1IncreaseItem(scan: {
  modelId: string;
  modelName: string;
  at: string;
  commit: string | null;
  previousTotal: number;
  total: number;
}): ChangeItem {
  return {
    kind: 'tf1Increases',
    modelId: scan.modelId,
    modelName: scan.modelName,
    at: scan.at,
    summary: `TF1 API uses ${scan.previousTotal} → ${scan.total}${scan.commit ? ` at ${scan.commit.slice(0, 7)}` : ''}`,
  };
}

export const snapshotDifferenceSchema = z.strictObject({
  modelId: z.uuid(),
  name: z.string(),
  from: snapshotVerdictSchema.nullable(),
  to: snapshotVerdictSchema.nullable(),
});
export type SnapshotDifference = z.output<typeof snapshotDifferenceSchema>;

/** Models whose verdict differs between two frozen reviews (added, removed or changed status). */
export function compareSnapshots(
  from: readonly SnapshotVerdict[],
  to: readonly SnapshotVerdict[],
): SnapshotDifference[] {
  const earlier = new Map(from.map((verdict) => [verdict.modelId, verdict]));
  const later = new Map(to.map((verdict) => [verdict.modelId, verdict]));
  const ids = [...new Set([...earlier.keys(), ...later.keys()])];
  return ids
    .map((modelId) => ({ modelId, from: earlier.get(modelId) ?? null, to: later.get(modelId) ?? null }))
    .filter(({ from: a, to: b }) => a?.status !== b?.status)
    .map((difference) => ({ ...difference, name: (difference.to ?? difference.from)!.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
