import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import {
  CHART_EMPTY_TEXTS,
  CHART_GRID,
  CHART_INK,
  CHART_TITLES,
  FAMILY_COLORS,
  FRAMEWORK_FAMILIES,
  frameworkLabel,
  LEGACY_COLORS,
  LEGACY_SERIES_LABELS,
  legacyChartRows,
  nonEmptyKeys,
  policyLineLabel,
  VERDICT_COLORS,
  VERDICT_LABELS,
  VERDICT_STATUSES,
  weekTick,
  type Framework,
  type ReportChart,
  type RetirementProjection,
  type SeriesPoint,
} from '@mmt/domain';

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | TitleComponentOption
  | LegendComponentOption
  | GridComponentOption
  | MarkLineComponentOption
>;

/** The dashboard's answer, as far as the report charts read it: the same series the Overview draws. */
export interface ChartInput {
  asOf: string;
  policy: { preferredFramework: Framework };
  series: {
    families: readonly SeriesPoint[];
    verdicts: readonly SeriesPoint[];
    legacyInProduction: readonly { weekEnd: string; count: number }[];
  };
  cohorts: { policyQuarter: string; rows: readonly ({ key: string } & Record<string, number | string>)[] };
  legacyProjection: RetirementProjection;
}

/** The size every report chart is drawn at (SVG pixels): two of them side by side fill a landscape A4 page. */
export const CHART_SIZE = { width: 560, height: 320 } as const;

const FONT = { fontFamily: 'Helvetica, Arial, sans-serif', color: CHART_INK } as const;
const AXIS_LABEL = { ...FONT, fontSize: 10 } as const;
const GRID = { left: 44, right: 24, top: 42, bottom: 58 } as const;

function frame(name: ReportChart, empty: boolean): ChartOption {
  return {
    animation: false,
    textStyle: FONT,
    title: {
      text: CHART_TITLES[name],
      left: 8,
      top: 6,
      textStyle: { ...FONT, fontSize: 14, fontWeight: 'bold' },
      ...(empty ? { subtext: CHART_EMPTY_TEXTS[name], subtextStyle: { ...FONT, fontSize: 11 } } : {}),
    },
    legend: { bottom: 4, left: 8, right: 8, itemWidth: 14, itemHeight: 10, textStyle: { ...FONT, fontSize: 10 } },
    grid: GRID,
  };
}

const valueAxis = {
  type: 'value',
  minInterval: 1,
  axisLabel: AXIS_LABEL,
  splitLine: { lineStyle: { color: CHART_GRID } },
} as const;

/** Weekly counts stacked by category, as the Overview's stacked areas. */
function weeklyStack<K extends string>(
  name: 'families' | 'verdicts',
  rows: readonly SeriesPoint[],
  keys: readonly K[],
  colors: Record<K, string>,
  label: (key: K) => string,
): ChartOption {
  const shown = nonEmptyKeys(rows as readonly Partial<Record<K, unknown>>[], keys);
  const weekEnds = rows.map((row) => row.weekEnd);
  return {
    ...frame(name, shown.length === 0),
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: weekEnds,
      axisLabel: { ...AXIS_LABEL, formatter: (value: string) => weekTick(value, weekEnds.length), hideOverlap: true },
    },
    yAxis: valueAxis,
    series: shown.map((key) => ({
      type: 'line',
      name: label(key),
      stack: 'all',
      symbol: 'none',
      color: colors[key],
      lineStyle: { width: 1 },
      areaStyle: { opacity: 0.85 },
      data: rows.map((row) => Number(row[key] ?? 0)),
    })),
  };
}

function cohorts(input: ChartInput): ChartOption {
  const rows = input.cohorts.rows;
  const shown = nonEmptyKeys(
    rows as readonly Partial<Record<(typeof FRAMEWORK_FAMILIES)[number], unknown>>[],
    FRAMEWORK_FAMILIES,
  );
  const quarters = rows.map((row) => row.key);
  return {
    ...frame('cohorts', shown.length === 0),
    // Room between the title and the plot for the policy line's label.
    grid: { ...GRID, top: 58 },
    xAxis: { type: 'category', data: quarters, axisLabel: { ...AXIS_LABEL, hideOverlap: true } },
    yAxis: valueAxis,
    series: shown.map((family, index) => ({
      type: 'bar',
      name: family,
      stack: 'all',
      color: FAMILY_COLORS[family],
      data: rows.map((row) => Number(row[family] ?? 0)),
      // The policy line rides on the first series: one line, whatever the families.
      ...(index === 0 && quarters.includes(input.cohorts.policyQuarter)
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: CHART_INK, type: [6, 4], width: 2 },
              label: {
                ...FONT,
                fontSize: 10,
                // Above the plot and level, as on the Overview: never across the bars.
                position: 'end',
                formatter: policyLineLabel(frameworkLabel(input.policy.preferredFramework)),
              },
              data: [{ xAxis: input.cohorts.policyQuarter }],
            },
          }
        : {}),
    })),
  };
}

function legacy(input: ChartInput): ChartOption {
  // The API's own date for "now" (UTC), so the projection joins the weekly series exactly, as on the Overview.
  const shownDate = input.legacyProjection.points[0]?.date ?? input.asOf.slice(0, 10);
  const rows = legacyChartRows(input.series.legacyInProduction, input.legacyProjection, shownDate);
  const everAny = rows.some((row) => (row.actual ?? 0) > 0);
  const projected = rows.filter((row) => row.projected !== null);
  const last = projected.at(-1);
  return {
    ...frame('legacy', !everAny),
    xAxis: {
      type: 'time',
      min: 'dataMin',
      max: 'dataMax',
      axisLabel: {
        ...AXIS_LABEL,
        hideOverlap: true,
        formatter: (time: number) => weekTick(new Date(time).toISOString().slice(0, 10), rows.length),
      },
      splitLine: { show: false },
    },
    yAxis: valueAxis,
    series: everAny
      ? [
          {
            type: 'line',
            name: LEGACY_SERIES_LABELS.actual,
            step: 'end',
            symbol: 'none',
            color: LEGACY_COLORS.actual,
            lineStyle: { width: 2 },
            areaStyle: { opacity: 0.25 },
            data: rows.filter((row) => row.actual !== null).map((row) => [row.time, row.actual]),
          },
          ...(projected.length > 0
            ? [
                {
                  type: 'line' as const,
                  name: LEGACY_SERIES_LABELS.projected,
                  step: 'end' as const,
                  symbolSize: 6,
                  color: LEGACY_COLORS.projected,
                  lineStyle: { width: 2, type: [6, 4] },
                  // The expected zero date (or where the plans stop) is written at the end of the line.
                  data: projected.map((row) => ({
                    value: [row.time, row.projected],
                    label:
                      row === last
                        ? {
                            show: true,
                            position: 'top' as const,
                            align: 'right' as const,
                            // Clear of the last steps of the line it ends.
                            distance: 18,
                            ...FONT,
                            fontSize: 10,
                            formatter: `${row.projected} on ${row.date}`,
                          }
                        : undefined,
                  })),
                },
              ]
            : []),
        ]
      : [],
  };
}

/** The ECharts option of one report chart, from the dashboard's series (pure: the same input, the same chart). */
export function chartOption(name: ReportChart, input: ChartInput): ChartOption {
  switch (name) {
    case 'families':
      return weeklyStack('families', input.series.families, FRAMEWORK_FAMILIES, FAMILY_COLORS, (key) => key);
    case 'verdicts':
      return weeklyStack(
        'verdicts',
        input.series.verdicts,
        VERDICT_STATUSES,
        VERDICT_COLORS,
        (key) => VERDICT_LABELS[key],
      );
    case 'cohorts':
      return cohorts(input);
    case 'legacy':
      return legacy(input);
  }
}
