import {
  CHANGE_GROUP_LABELS,
  CHANGE_GROUPS,
  KPI_LABELS,
  KPI_NAMES,
  STANDING_GROUPS,
  VERDICT_STATUSES,
  reviewInputSchema,
  type ChangeGroup,
  type ChangeItem,
  type PortfolioKpis,
  type ReviewBody,
  type SnapshotVerdict,
  type VerdictStatus,
} from '@mmt/domain';
import { formatKpi, isRateKpi, KPI_BETTER, kpiChange } from './dashboard';
import { fieldLabels, issuesToErrors, schemaIssues, type ErrorMap } from './formErrors';
import { parseTags } from './modelForm';

/** How a group reads at a glance: violations first and red, good news green. */
export const CHANGE_GROUP_TONES: Record<ChangeGroup, 'bad' | 'warn' | 'good' | 'neutral'> = {
  newViolations: 'bad',
  resolvedViolations: 'good',
  newWarnings: 'warn',
  becameUnknown: 'warn',
  leftUnknown: 'good',
  otherVerdictChanges: 'neutral',
  newModels: 'neutral',
  lifecycleChanges: 'neutral',
  frameworkChanges: 'neutral',
  newDisagreements: 'bad',
  tf1Increases: 'warn',
  otherChanges: 'neutral',
  exceptionsGranted: 'neutral',
  exceptionsRevoked: 'warn',
  exceptionsExpired: 'warn',
  exceptionsExpiringSoon: 'warn',
  pastRetirement: 'warn',
};

export interface ChangeGroupView {
  group: ChangeGroup;
  label: string;
  tone: (typeof CHANGE_GROUP_TONES)[ChangeGroup];
  items: ChangeItem[];
}

/** The groups that have something in them, in the review's reading order. */
export function nonEmptyGroups(groups: Partial<Record<ChangeGroup, ChangeItem[]>>): ChangeGroupView[] {
  return CHANGE_GROUPS.filter((group) => (groups[group]?.length ?? 0) > 0).map((group) => ({
    group,
    label: CHANGE_GROUP_LABELS[group],
    tone: CHANGE_GROUP_TONES[group],
    items: groups[group] ?? [],
  }));
}

/** The non-empty groups split into what changed since the review and what still needs watching. */
export function splitChanges(groups: Partial<Record<ChangeGroup, ChangeItem[]>>): {
  changes: ChangeGroupView[];
  reminders: ChangeGroupView[];
} {
  const all = nonEmptyGroups(groups);
  return {
    changes: all.filter((group) => !STANDING_GROUPS.includes(group.group)),
    reminders: all.filter((group) => STANDING_GROUPS.includes(group.group)),
  };
}

// ---------- Record a review ----------

export interface ReviewFormValues {
  heldOn: string;
  /** Comma-separated names. */
  attendees: string;
  notes: string;
}

export const REVIEW_FIELD_LABELS: Record<keyof ReviewFormValues, string> = {
  heldOn: 'Held on',
  attendees: 'Attendees',
  notes: 'Notes',
};

export const reviewFieldLabel = fieldLabels(REVIEW_FIELD_LABELS);

/** "Ana, Jonas , , Li" → ["Ana", "Jonas", "Li"]. */
export function parseAttendees(text: string): string[] {
  return parseTags(text);
}

export function toReviewBody(values: ReviewFormValues): ReviewBody {
  return {
    ...(values.heldOn ? { heldOn: values.heldOn } : {}),
    attendees: parseAttendees(values.attendees),
    notes: values.notes.trim(),
  };
}

/** Checked with the schema the API uses for `POST /api/reviews`. */
export function validateReviewForm(values: ReviewFormValues): ErrorMap {
  return issuesToErrors(schemaIssues(reviewInputSchema, toReviewBody(values)), reviewFieldLabel);
}

// ---------- Past reviews ----------

/** Counts per verdict in a frozen snapshot, every verdict present. */
export function snapshotCounts(verdicts: readonly Pick<SnapshotVerdict, 'status'>[]): Record<VerdictStatus, number> {
  const counts = Object.fromEntries(VERDICT_STATUSES.map((status) => [status, 0])) as Record<VerdictStatus, number>;
  for (const verdict of verdicts) counts[verdict.status] += 1;
  return counts;
}

/** One row per KPI: its value at two reviews and the change between them. */
export function kpiComparisonRows(from: Partial<PortfolioKpis>, to: Partial<PortfolioKpis>) {
  return KPI_NAMES.map((name) => {
    const a = from[name] ?? null;
    const b = to[name] ?? null;
    const change = a === null || b === null ? null : b - a;
    return {
      name,
      label: KPI_LABELS[name],
      from: formatKpi(name, a),
      to: formatKpi(name, b),
      change: kpiChange({ value: b, previous: a, change }, KPI_BETTER[name], isRateKpi(name)),
    };
  });
}

/** Verdict severity order, then name: the snapshot table reads like the compliance page. */
export function sortSnapshot<T extends Pick<SnapshotVerdict, 'status' | 'name'>>(verdicts: readonly T[]): T[] {
  const rank = (status: VerdictStatus) => VERDICT_STATUSES.indexOf(status);
  return [...verdicts].sort(
    (a, b) => rank(a.status) - rank(b.status) || a.name.localeCompare(b.name, undefined, { numeric: true }),
  );
}
