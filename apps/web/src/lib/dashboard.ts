import { KPI_LABELS, type PortfolioKpis } from '@mmt/domain';
import { formatPercent, plural } from './format';

// ---------- Range ----------

export const RANGE_OPTIONS = [
  { value: '12', label: '12 weeks' },
  { value: '52', label: '52 weeks' },
  { value: '156', label: '3 years' },
  { value: 'all', label: 'All history' },
] as const;
export type DashboardRange = (typeof RANGE_OPTIONS)[number]['value'];

/**
 * The `weeks` URL param as one of the offered ranges; null (anything else) leaves the range to the
 * API, which opens on the whole story when it is short enough (see `storyRange`).
 */
export function parseRange(value: string | null): DashboardRange | null {
  return RANGE_OPTIONS.find((option) => option.value === value)?.value ?? null;
}

/** The option a range the API answered with (`all` or a number of weeks) reads as, if it is one. */
export function rangeOption(range: 'all' | number): DashboardRange | null {
  return parseRange(String(range));
}

// ---------- KPI tiles ----------

export interface KpiValue {
  value: number | null;
  previous: number | null;
  change: number | null;
}

type KpiName = keyof PortfolioKpis;

/** Which way is good news: `down` for problems, `neutral` where more is neither good nor bad. */
type Better = 'up' | 'down' | 'neutral';

export const KPI_BETTER: Record<KpiName, Better> = {
  modelsInProduction: 'neutral',
  newProjectComplianceRate: 'up',
  newProjectsUnderException: 'down',
  legacyInProduction: 'down',
  openViolations: 'down',
  openWarnings: 'down',
  exceptionsExpiringSoon: 'down',
  toTriage: 'down',
  codeDisagrees: 'down',
};

/** The one KPI that is a rate: shown as a percentage, changing in percentage points. */
export const isRateKpi = (name: KpiName): boolean => name === 'newProjectComplianceRate';

// The seven tiles of the weekly review, in reading order, with where the models behind the number
// are listed. `newProjectsUnderException` is shown beside the compliance rate, never folded into it.
const KPI_TILES: readonly { name: KpiName; link?: string }[] = [
  { name: 'modelsInProduction', link: '/models?lifecycle=production' },
  { name: 'newProjectComplianceRate', link: '/compliance' },
  { name: 'legacyInProduction' },
  { name: 'openViolations', link: '/models?verdict=violation' },
  { name: 'openWarnings', link: '/models?verdict=warning' },
  { name: 'exceptionsExpiringSoon', link: '/compliance' },
  { name: 'toTriage', link: '/models?verdict=unknown' },
  { name: 'codeDisagrees', link: '/models?code=disagrees' },
];

export type Tone = 'good' | 'bad' | 'neutral';

export interface KpiChangeView {
  /** "▲ +2", "▼ −5 pts", "no change", or null when there is nothing to compare with. */
  text: string | null;
  tone: Tone;
  /** For screen readers: "up 2", "down 5 percentage points". */
  spoken: string | null;
}

const MINUS = '−';

function signed(value: number, digits = 0): string {
  const rounded = Number(Math.abs(value).toFixed(digits));
  return `${value > 0 ? '+' : MINUS}${rounded}`;
}

/** The change since the last review, with its arrow and whether it is good or bad news. */
export function kpiChange(kpi: KpiValue, better: Better, percent = false): KpiChangeView {
  if (kpi.change === null) return { text: null, tone: 'neutral', spoken: null };
  // A rate changes in percentage points; one decimal keeps 85.7% → 87.5% visible.
  const amount = percent ? Math.round(kpi.change * 1000) / 10 : kpi.change;
  if (amount === 0) return { text: 'no change', tone: 'neutral', spoken: 'no change' };
  const up = amount > 0;
  const tone: Tone = better === 'neutral' ? 'neutral' : (better === 'up') === up ? 'good' : 'bad';
  const unit = percent ? ' pts' : '';
  const spokenUnit = percent ? ' percentage points' : '';
  return {
    text: `${up ? '▲' : '▼'} ${signed(amount, percent ? 1 : 0)}${unit}`,
    tone,
    spoken: `${up ? 'up' : 'down'} ${Math.abs(amount)}${spokenUnit}`,
  };
}

/** A KPI's value as shown: a count, or a percentage for the rate; a dash when there is none. */
export function formatKpi(name: KpiName, value: number | null): string {
  if (isRateKpi(name)) return formatPercent(value);
  return value === null ? '—' : String(value);
}

export interface KpiTileView {
  name: KpiName;
  label: string;
  value: string;
  change: KpiChangeView;
  /** A sentence under the number ("2 new projects under exception"). */
  note: string | null;
  link: string | null;
}

/** Everything the tiles show, from the API's `kpis`. */
export function kpiTiles(kpis: Record<KpiName, KpiValue>): KpiTileView[] {
  return KPI_TILES.map((tile) => {
    const kpi = kpis[tile.name];
    const underException = kpis.newProjectsUnderException.value ?? 0;
    return {
      name: tile.name,
      label: KPI_LABELS[tile.name],
      value: formatKpi(tile.name, kpi.value),
      change: kpiChange(kpi, KPI_BETTER[tile.name], isRateKpi(tile.name)),
      note:
        tile.name === 'newProjectComplianceRate'
          ? `${plural(underException, 'new project')} under exception${kpi.value === null ? ' · no new projects to judge' : ''}`
          : null,
      link: tile.link ?? null,
    };
  });
}

/** "since the review of 2024-05-06", or that there is none yet. */
export function sinceReviewText(lastReview: { heldOn: string } | null): string {
  return lastReview ? `since the review of ${lastReview.heldOn}` : 'no review recorded yet';
}

// ---------- Series ----------

/**
 * The weeks from the first with a count: before any scan there is no count to chart (a zero there
 * would read as no debt), and a story of years would squeeze weeks of scans into a sliver.
 */
export function fromFirstCount<R extends { count: number }>(rows: readonly R[]): R[] {
  const first = rows.findIndex((row) => row.count > 0);
  return first === -1 ? [] : rows.slice(first);
}

/** Rows with a non-zero count in at least one of the keys (families with no models leave the bar chart). */
export function nonEmptyRows<R extends Partial<Record<K, unknown>>, K extends string>(
  rows: readonly R[],
  keys: readonly K[],
): R[] {
  return rows.filter((row) => keys.some((key) => Number(row[key] ?? 0) !== 0));
}

/** Total of every key in every row: zero means the chart has nothing to draw. */
export function totalOf<K extends string>(rows: readonly Partial<Record<K, unknown>>[], keys: readonly K[]): number {
  return rows.reduce((sum, row) => sum + keys.reduce((inner, key) => inner + Number(row[key] ?? 0), 0), 0);
}

/** Which side of a reference line its label goes, so it stays inside the plot near the right edge. */
export function referenceLabelPosition(
  rows: readonly { key: string }[],
  key: string,
): 'insideTopLeft' | 'insideTopRight' {
  const index = rows.findIndex((row) => row.key === key);
  return index > rows.length / 2 ? 'insideTopRight' : 'insideTopLeft';
}

// ---------- Drill-down links ----------

/**
 * The as-of date for the models behind a clicked week: the week end, unless that week is the current
 * one (its end is later than the date shown), where the list should show the same moment as the chart.
 */
export function drillAsOf(weekEnd: string, asOf: string, today: string): string {
  const shown = asOf || today;
  if (weekEnd >= shown) return asOf;
  return weekEnd;
}

/** `/models?family=PyTorch&asOf=…` from the filters the models list understands; empty ones are left out. */
export function modelsLink(filters: {
  family?: string;
  verdict?: string;
  lifecycle?: string;
  framework?: string;
  asOf?: string;
}): string {
  const params = new URLSearchParams();
  for (const key of ['family', 'framework', 'lifecycle', 'verdict', 'asOf'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const search = params.toString().replace(/\+/g, '%20');
  return search ? `/models?${search}` : '/models';
}

/** A KPI tile's link with the as-of date carried along. */
export function withAsOf(link: string, asOf: string): string {
  if (!asOf) return link;
  return `${link}${link.includes('?') ? '&' : '?'}asOf=${encodeURIComponent(asOf)}`;
}
