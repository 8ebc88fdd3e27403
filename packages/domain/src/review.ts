import { z } from 'zod';
import { instantSchema, isoDateSchema, recordOf } from './contract/fields.js';
import { named } from './contract/registry.js';
import { addDays, calendarDateSchema } from './dates.js';
import { exceptionStateAt, type ModelExceptionRecord } from './exception.js';
import { frozenKpisSchema } from './kpis.js';
import { verdictSchema, type FieldChange } from './model.js';
import type { Lifecycle } from './vocabularies.js';
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

export const reviewChangesSchema = z.strictObject({
  since: instantSchema.nullable(),
  groups: recordOf(CHANGE_GROUPS, z.array(changeItemSchema)),
  items: z.array(changeItemSchema),
  hasNews: z.boolean().describe('Whether anything happened since the last review (standing reminders aside)'),
});
export type ReviewChanges = z.output<typeof reviewChangesSchema>;

export interface ChangesInput {
  /** When the last review was recorded; null when there was none (everything counts). */
  since: Date | null;
  today: string;
  events: readonly {
    modelId: string;
    modelName: string;
    kind: 'created' | 'updated';
    at: string;
    actor: string;
    changes: readonly FieldChange[];
  }[];
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

function eventItems(input: ChangesInput): ChangeItem[] {
  return input.events.flatMap((event): ChangeItem[] => {
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
  });
}

function verdictItems(input: ChangesInput): ChangeItem[] {
  const before = new Map((input.before ?? []).map((verdict) => [verdict.modelId, verdict]));
  return input.now.flatMap((verdict): ChangeItem[] => {
    const previous = before.get(verdict.modelId)?.status ?? null;
    if (previous === verdict.status) return [];
    const base = { modelId: verdict.modelId, modelName: verdict.name, at: input.today };
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
  });
}

function exceptionItems(input: ChangesInput): ChangeItem[] {
  const since = input.since?.getTime() ?? Number.NEGATIVE_INFINITY;
  const sinceDate = input.since ? input.since.toISOString().slice(0, 10) : '0000-01-01';
  const soon = addDays(input.today, input.expiryWarningDays);
  return input.exceptions.flatMap((exception): ChangeItem[] => {
    const base = { modelId: exception.modelId, modelName: exception.modelName };
    const items: ChangeItem[] = [];
    if (new Date(exception.createdAt).getTime() > since) {
      items.push({
        ...base,
        kind: 'exceptionsGranted',
        at: exception.createdAt,
        summary: `Until ${exception.expiresOn}, approved by ${exception.approvedBy}: ${exception.reason}`,
      });
    }
    if (exception.revokedAt && new Date(exception.revokedAt).getTime() > since) {
      items.push({
        ...base,
        kind: 'exceptionsRevoked',
        at: exception.revokedAt,
        summary: `Revoked by ${exception.revokedBy ?? 'unknown'}: ${exception.reason}`,
      });
    }
    const state = exceptionStateAt(exception, input.today);
    if (state === 'expired' && exception.expiresOn > sinceDate) {
      items.push({
        ...base,
        kind: 'exceptionsExpired',
        at: exception.expiresOn,
        summary: `Expired on ${exception.expiresOn}: ${exception.reason}`,
      });
    }
    if (state === 'active' && exception.expiresOn <= soon) {
      items.push({
        ...base,
        kind: 'exceptionsExpiringSoon',
        at: exception.expiresOn,
        summary: `Expires on ${exception.expiresOn}: ${exception.reason}`,
      });
    }
    return items;
  });
}

function retirementItems(input: ChangesInput): ChangeItem[] {
  return input.now
    .filter((model) => model.retireBy !== null && model.retireBy < input.today && model.lifecycle !== 'retired')
    .map((model) => ({
      kind: 'pastRetirement' as const,
      modelId: model.modelId,
      modelName: model.name,
      at: model.retireBy!,
      summary: `Planned to retire by ${model.retireBy}, still ${model.lifecycle}`,
    }));
}

/** Everything the weekly review should see since the last one, grouped. */
export function reviewChanges(input: ChangesInput): ReviewChanges {
  const items = [...verdictItems(input), ...eventItems(input), ...exceptionItems(input), ...retirementItems(input)];
  const groups = Object.fromEntries(CHANGE_GROUPS.map((group) => [group, [] as ChangeItem[]])) as Record<
    ChangeGroup,
    ChangeItem[]
  >;
  for (const item of items) groups[item.kind].push(item);
  const hasNews = items.some((item) => !STANDING_GROUPS.includes(item.kind));
  return { since: input.since?.toISOString() ?? null, groups, items, hasNews };
}

/** `changes` with more items (found by queries of their own), each in its group. */
export function withChangeItems(changes: ReviewChanges, more: readonly ChangeItem[]): ReviewChanges {
  if (more.length === 0) return changes;
  const groups = { ...changes.groups };
  for (const item of more) groups[item.kind] = [...groups[item.kind], item];
  const hasNews = changes.hasNews || more.some((item) => !STANDING_GROUPS.includes(item.kind));
  return { ...changes, groups, items: [...changes.items, ...more], hasNews };
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
