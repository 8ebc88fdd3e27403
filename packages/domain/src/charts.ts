import { KPI_LABELS } from './labels.js';
import type { RetirementProjection } from './series.js';

// What the charts say, for the dashboard and the reports alike: their titles, what they show, the
// names of their lines, and the shaping that both draw from.

/** The dashboard's charts; the reports draw the first four. */
export const CHART_NAMES = ['families', 'cohorts', 'legacy', 'tf1Apis', 'verdicts', 'lifecycle'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

/** The charts a manager reads first: the status report opens with them, and `/api/charts/<name>.svg` draws them. */
export const REPORT_CHARTS = ['families', 'cohorts', 'legacy', 'verdicts'] as const satisfies readonly ChartName[];
export type ReportChart = (typeof REPORT_CHARTS)[number];

/** Where a report chart's SVG file sits beside the Markdown report (in the zip), and how it links it. */
export const reportChartPath = (name: ReportChart) => `charts/${name}.svg`;

export const CHART_TITLES: Record<ChartName, string> = {
  families: 'Framework families over time',
  cohorts: 'New projects per quarter, by framework family',
  legacy: KPI_LABELS.legacyInProduction,
  tf1Apis: 'TF1 API uses in code',
  verdicts: 'Verdicts over time',
  lifecycle: 'Lifecycle by framework family',
};

/** One sentence on what each chart shows (the dashboard adds how to open the models behind it). */
export const CHART_DESCRIPTIONS: Record<ChartName, string> = {
  families: 'Models not yet retired, by framework family, at the end of each week.',
  cohorts: 'Projects by the quarter they started in, by their framework family now.',
  legacy:
    'Models on a legacy framework (TensorFlow, Keras) in production each week, then how the count falls as planned retirements happen.',
  tf1Apis:
    "Uses of TensorFlow 1 APIs (Session, placeholder, train.Saver, contrib) in each model's latest scan at the end of each week: the rewrite work left.",
  verdicts: "Every model's verdict under the policy in force that week.",
  lifecycle: "Where each family's models are in their lifecycle.",
};

/** What a chart says instead when it has nothing to draw. */
export const CHART_EMPTY_TEXTS: Record<ChartName, string> = {
  families: 'No models in this period.',
  cohorts: 'No projects have started yet.',
  legacy: 'No legacy TensorFlow models were in production in this period.',
  tf1Apis: 'No scan has found TF1 API uses in this period.',
  verdicts: 'No verdicts in this period.',
  lifecycle: 'No models yet.',
};

export const LEGACY_SERIES_LABELS = {
  actual: 'In production',
  projected: 'Projection from planned retirements',
} as const;

/** The label of the policy line on the cohorts chart. */
export const policyLineLabel = (preferredFramework: string) => `policy: new projects on ${preferredFramework}`;

// ---------- Range ----------

/**
 * The longest history the charts show whole by default: weekly points up to ten years (~520) still
 * read at a glance, and the team's story (TF 1.x from 2018, the switch in 2020) fits in it.
 */
export const STORY_MAX_YEARS = 10;
/** The default range of a longer history: three years. */
export const STORY_FALLBACK_WEEKS = 156;

/**
 * The range the charts open on: all history when it began at most `STORY_MAX_YEARS` before `date`
 * (or there is none yet), otherwise the last three years.
 */
export function storyRange(firstEventDate: string | null, date: string): 'all' | number {
  if (firstEventDate === null) return 'all';
  const limit = `${Number(date.slice(0, 4)) - STORY_MAX_YEARS}${date.slice(4)}`;
  return firstEventDate >= limit ? 'all' : STORY_FALLBACK_WEEKS;
}

// ---------- Series ----------

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "29 Nov 2026" for a week end (YYYY-MM-DD), read as a calendar date so no time zone moves it. */
export function formatWeek(date: string): string {
  const [year, month, day] = date.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** An axis tick: the day and month over a short range, the month and year over a long one. */
export function weekTick(date: string, pointCount: number): string {
  const [year, month, day] = date.split('-');
  const name = MONTHS[Number(month) - 1] ?? month;
  return pointCount <= 26 ? `${Number(day)} ${name}` : `${name} ${year}`;
}

/** The keys that are non-zero somewhere in the rows, in the given order: the series worth drawing. */
export function nonEmptyKeys<K extends string>(rows: readonly Partial<Record<K, unknown>>[], keys: readonly K[]): K[] {
  return keys.filter((key) => rows.some((row) => Number(row[key] ?? 0) !== 0));
}

// ---------- Legacy burn-down ----------

export interface LegacyChartRow {
  /** Milliseconds since the epoch (UTC midnight): the chart's time axis. */
  time: number;
  date: string;
  actual: number | null;
  projected: number | null;
  /** Models planned to leave production on this date (projection only). */
  retiring: string[];
}

const dayTime = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * The actual weekly counts followed by the planned retirements, as one row list on a time axis.
 * The last weekly point is the count at the as-of date (its week may end later), so it is placed
 * there; the projection starts from that same point and steps down at each planned retirement.
 */
export function legacyChartRows(
  actual: readonly { weekEnd: string; count: number }[],
  projection: Pick<RetirementProjection, 'points'>,
  asOfDate: string,
): LegacyChartRow[] {
  const past = actual.filter((point) => point.weekEnd < asOfDate);
  const current = actual.at(-1);
  const rows: LegacyChartRow[] = past.map((point) => ({
    time: dayTime(point.weekEnd),
    date: point.weekEnd,
    actual: point.count,
    projected: null,
    retiring: [],
  }));
  const [start, ...steps] = projection.points;
  const nowCount = start?.count ?? current?.count ?? null;
  if (nowCount !== null || current) {
    rows.push({
      time: dayTime(asOfDate),
      date: asOfDate,
      actual: current?.count ?? nowCount,
      // The projection only exists when something is planned to retire.
      projected: steps.length > 0 ? nowCount : null,
      retiring: start?.retiring ?? [],
    });
  }
  for (const step of steps) {
    rows.push({
      time: dayTime(step.date),
      date: step.date,
      actual: null,
      projected: step.count,
      retiring: step.retiring,
    });
  }
  return rows;
}

/** Models a note names before it counts the rest: a list of thousands is read by nobody, and laid out slowly. */
const NAMED_IN_A_NOTE = 10;

/** `A, B and 3 more`: the first names of a sorted list, then how many are left. */
function someNames(names: readonly string[]): string {
  const rest = names.length - NAMED_IN_A_NOTE;
  return rest > 0 ? `${names.slice(0, NAMED_IN_A_NOTE).join(', ')} and ${rest} more` : names.join(', ');
}

/** The sentences under the burn-down chart: when the last legacy model leaves, or why that is unknown. */
export function projectionNotes(projection: Omit<RetirementProjection, 'points'>, count: number): string[] {
  const notes: string[] = [];
  if (count === 0) return ['No legacy TensorFlow models are in production.'];
  if (projection.lastRetirement) {
    notes.push(`The last one retires on ${projection.lastRetirement}.`);
  } else if (projection.withoutDate.length > 0) {
    const n = projection.withoutDate.length;
    notes.push(
      `${n === 1 ? '1 model has' : `${n} models have`} no retirement date, so there is no end date: ${someNames(projection.withoutDate)}.`,
    );
  }
  if (projection.overdue.length > 0) {
    notes.push(`Past their retirement date and still in production: ${someNames(projection.overdue)}.`);
  }
  return notes;
}
