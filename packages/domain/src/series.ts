import { z } from 'zod';
import { groupBy } from './collections.js';
import { countSchema, isoDateSchema } from './contract/fields.js';
import { addDays, startOfDay } from './dates.js';
import { policyInForceOn, type PolicyVersion } from './policy.js';
import { listsFramework, type Framework, type Lifecycle } from './vocabularies.js';

/** The last day (Sunday, UTC) of the ISO week that `date` falls in: how weekly points are named. */
export function weekEndOf(date: string): string {
  const weekday = (startOfDay(date).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(date, 6 - weekday);
}

/** The `count` week ends that end with the week of `last`. */
export function lastWeekEnds(last: string, count: number): string[] {
  const end = weekEndOf(last);
  return Array.from({ length: count }, (_, index) => addDays(end, -7 * (count - 1 - index)));
}

/**
 * Every week end from the week of `first` to the week of `last`, but at most `max` of them (the
 * latest): a series "since the beginning" stays bounded however long the history or late the date.
 * A `first` after `last` gives `last`'s week alone.
 */
export function weekEndsSince(first: string, last: string, max: number): string[] {
  const weeks = (startOfDay(weekEndOf(last)).getTime() - startOfDay(weekEndOf(first)).getTime()) / (7 * 86_400_000);
  return lastWeekEnds(last, Math.min(Math.max(weeks, 0) + 1, max));
}

export interface CategoryDelta {
  /** The week the change happened in; changes before the first point count towards it. */
  weekEnd: string;
  key: string;
  delta: number;
}

/** One chart point: the week end and a count per category (Recharts' row shape). */
export type SeriesPoint = { weekEnd: string } & Record<string, number | string>;

/**
 * Counts per category at each week end from the changes to them (a running sum): the change log
 * holds −1/+1 per move between categories, so the count at a week is every change up to it.
 */
export function runningTotals(
  deltas: readonly CategoryDelta[],
  weekEnds: readonly string[],
  keys: readonly string[],
): SeriesPoint[] {
  const byWeek = new Map<string, CategoryDelta[]>();
  const first = weekEnds[0];
  for (const change of deltas) {
    const weekEnd = first !== undefined && change.weekEnd < first ? first : change.weekEnd;
    const bucket = byWeek.get(weekEnd);
    if (bucket) bucket.push(change);
    else byWeek.set(weekEnd, [change]);
  }
  const totals = new Map(keys.map((key) => [key, 0]));
  return weekEnds.map((weekEnd) => {
    for (const change of byWeek.get(weekEnd) ?? [])
      totals.set(change.key, (totals.get(change.key) ?? 0) + change.delta);
    const point: SeriesPoint = { weekEnd };
    for (const key of keys) point[key] = totals.get(key) ?? 0;
    return point;
  });
}

/** The category key of a framework × lifecycle count in the change log. */
export const frameworkLifecycleKey = (framework: Framework, lifecycle: Lifecycle) => `${framework}|${lifecycle}`;

/** Models in production on a framework the policy in force that week calls legacy. */
export function isLegacyInProduction(
  framework: Framework,
  lifecycle: Lifecycle,
  policy: Pick<PolicyVersion, 'legacyFrameworks'>,
): boolean {
  return lifecycle === 'production' && listsFramework(policy.legacyFrameworks, framework);
}

/** Legacy-in-production counts per week from framework × lifecycle points, judged by each week's policy. */
export function legacyInProductionSeries(
  points: readonly SeriesPoint[],
  policies: readonly PolicyVersion[],
): { weekEnd: string; count: number }[] {
  return points.map((point) => {
    const policy = policyInForceOn(policies, point.weekEnd);
    const count = policy.legacyFrameworks.reduce(
      (sum, framework) => sum + Number(point[frameworkLifecycleKey(framework, 'production')] ?? 0),
      0,
    );
    return { weekEnd: point.weekEnd, count };
  });
}

/** `2020-Q2` for any day of April–June 2020. */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

export function quartersBetween(first: string, last: string): string[] {
  const quarters: string[] = [];
  let year = Number(first.slice(0, 4));
  let quarter = Number(quarterOf(first).slice(-1));
  const end = quarterOf(last);
  for (;;) {
    const label = `${year}-Q${quarter}`;
    quarters.push(label);
    if (label >= end) return quarters;
    quarter = quarter === 4 ? 1 : quarter + 1;
    if (quarter === 1) year += 1;
  }
}

export const retirementProjectionSchema = z.strictObject({
  points: z
    .array(z.strictObject({ date: isoDateSchema, count: countSchema, retiring: z.array(z.string()) }))
    .describe("The count still in production after each planned retirement, starting with today's count"),
  lastRetirement: isoDateSchema
    .nullable()
    .describe('The last planned retirement, when every model has a date; null when some have none'),
  withoutDate: z.array(z.string()),
  overdue: z.array(z.string()),
});
export type RetirementProjection = z.output<typeof retirementProjectionSchema>;

/**
 * The "age gracefully" burn-down: how the legacy models in production would leave, from their
 * planned `retireBy` dates. A date already past counts as leaving today (it is overdue).
 */
export function retirementProjection(
  models: readonly { name: string; retireBy: string | null }[],
  today: string,
): RetirementProjection {
  const dated = models.filter((model): model is { name: string; retireBy: string } => model.retireBy !== null);
  const withoutDate = models.filter((model) => model.retireBy === null).map((model) => model.name);
  const overdue = dated.filter((model) => model.retireBy < today).map((model) => model.name);
  const byDate = groupBy(dated, (model) => (model.retireBy < today ? today : model.retireBy));
  let count = models.length;
  const points = [{ date: today, count, retiring: [] as string[] }];
  for (const [date, retiring] of [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const names = retiring.map((model) => model.name);
    count -= names.length;
    points.push({ date, count, retiring: names.sort() });
  }
  const lastRetirement =
    withoutDate.length === 0 && dated.length > 0
      ? dated
          .map((model) => model.retireBy)
          .sort()
          .at(-1)!
      : null;
  return { points, lastRetirement, withoutDate: withoutDate.sort(), overdue: overdue.sort() };
}

/** The change of a KPI since a previous value (null when there is nothing to compare with). */
export function changeSince(current: number | null, previous: number | null | undefined): number | null {
  return current === null || previous === null || previous === undefined ? null : current - previous;
}

/** Rows of counts → one object per row key with a count per column key (zeros filled in), in the given orders. */
export function pivotCounts<R extends string, C extends string>(
  cells: readonly { row: R; column: C; count: number }[],
  rowKeys: readonly R[],
  columnKeys: readonly C[],
): ({ key: R } & Record<C, number>)[] {
  const table = new Map(rowKeys.map((row) => [row, new Map(columnKeys.map((column) => [column, 0]))]));
  for (const { row, column, count } of cells) {
    const counts = table.get(row);
    if (counts?.has(column)) counts.set(column, counts.get(column)! + count);
  }
  return rowKeys.map((row) => ({ key: row, ...Object.fromEntries(table.get(row)!) }) as { key: R } & Record<C, number>);
}
