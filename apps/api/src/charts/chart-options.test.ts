import { describe, expect, it } from 'vitest';
import { CHART_EMPTY_TEXTS, FAMILY_COLORS, LEGACY_SERIES_LABELS, VERDICT_COLORS } from '@mmt/domain';
import { chartOption, type ChartInput } from './chart-options.js';
import { withTitle } from './svg-renderer.js';

const week = (weekEnd: string, counts: Record<string, number>) => ({ weekEnd, ...counts });

const input = (change: Partial<ChartInput> = {}): ChartInput => ({
  asOf: '2026-11-30T12:00:00.000Z',
  policy: { preferredFramework: 'pytorch' },
  series: {
    families: [
      week('2026-11-22', { 'TensorFlow 1.x': 3, PyTorch: 1, JAX: 0 }),
      week('2026-11-29', { 'TensorFlow 1.x': 2, PyTorch: 2, JAX: 0 }),
    ],
    verdicts: [
      week('2026-11-22', { grandfathered: 3, violation: 1 }),
      week('2026-11-29', { grandfathered: 2, compliant: 2 }),
    ],
    legacyInProduction: [
      { weekEnd: '2026-11-22', count: 3 },
      // The week of the as-of date ends after it: its count is today's.
      { weekEnd: '2026-12-06', count: 2 },
    ],
  },
  cohorts: {
    policyQuarter: '2020-Q2',
    rows: [
      { key: '2020-Q1', 'TensorFlow 1.x': 2, PyTorch: 0 },
      { key: '2020-Q2', 'TensorFlow 1.x': 0, PyTorch: 1 },
    ],
  },
  legacyProjection: {
    points: [
      { date: '2026-11-30', count: 2, retiring: [] },
      { date: '2027-03-31', count: 1, retiring: ['A'] },
      { date: '2027-06-30', count: 0, retiring: ['B'] },
    ],
    lastRetirement: '2027-06-30',
    withoutDate: [],
    overdue: [],
  },
  ...change,
});

type Series = {
  name: string;
  color?: string;
  data: unknown[];
  markLine?: { data: unknown[]; label: { formatter: string } };
};
const seriesOf = (option: ReturnType<typeof chartOption>) => option.series as Series[];

describe('report chart options', () => {
  it.each([
    ['families', ['TensorFlow 1.x', 'PyTorch'], [FAMILY_COLORS['TensorFlow 1.x'], FAMILY_COLORS.PyTorch]],
    [
      'verdicts',
      ['Violation', 'Compliant', 'Grandfathered'],
      [VERDICT_COLORS.violation, VERDICT_COLORS.compliant, VERDICT_COLORS.grandfathered],
    ],
    ['cohorts', ['TensorFlow 1.x', 'PyTorch'], [FAMILY_COLORS['TensorFlow 1.x'], FAMILY_COLORS.PyTorch]],
  ] as const)('%s draws the series with something in them, in order, in the palette', (name, names, colors) => {
    const series = seriesOf(chartOption(name, input()));
    expect(series.map((item) => item.name)).toEqual(names);
    expect(series.map((item) => item.color)).toEqual(colors);
  });

  it('stacks the weekly counts as the dashboard gives them', () => {
    const [tf1, pytorch] = seriesOf(chartOption('families', input()));
    expect(tf1!.data).toEqual([3, 2]);
    expect(pytorch!.data).toEqual([1, 2]);
  });

  it('marks the policy quarter on the cohorts, with its label, only when that quarter is shown', () => {
    const [first, second] = seriesOf(chartOption('cohorts', input()));
    expect(first!.markLine!.data).toEqual([{ xAxis: '2020-Q2' }]);
    expect(first!.markLine!.label.formatter).toBe('policy: new projects on PyTorch');
    expect(second!.markLine).toBeUndefined();
    const later = input({ cohorts: { policyQuarter: '2020-Q2', rows: [{ key: '2024-Q1', PyTorch: 1 }] } });
    expect(seriesOf(chartOption('cohorts', later))[0]!.markLine).toBeUndefined();
  });

  it('continues the legacy count with the projection, labelled with its expected zero date', () => {
    const [actual, projected] = seriesOf(chartOption('legacy', input()));
    expect(actual!.name).toBe(LEGACY_SERIES_LABELS.actual);
    expect(actual!.data).toEqual([
      [Date.parse('2026-11-22'), 3],
      [Date.parse('2026-11-30'), 2],
    ]);
    expect(projected!.name).toBe(LEGACY_SERIES_LABELS.projected);
    const points = projected!.data as { value: [number, number]; label?: { formatter: string } }[];
    expect(points.map((point) => point.value[1])).toEqual([2, 1, 0]);
    expect(points.at(-1)!.label!.formatter).toBe('0 on 2027-06-30');
    expect(points.slice(0, -1).every((point) => point.label === undefined)).toBe(true);
  });

  it.each([
    [
      'no plan',
      {
        points: [{ date: '2026-11-30', count: 2, retiring: [] }],
        lastRetirement: null,
        withoutDate: ['A', 'B'],
        overdue: [],
      },
      1,
    ],
  ])('draws no projection with %s', (_, legacyProjection, seriesCount) => {
    expect(seriesOf(chartOption('legacy', input({ legacyProjection })))).toHaveLength(seriesCount);
  });

  it.each(['families', 'verdicts', 'cohorts', 'legacy'] as const)('says so when %s has nothing to draw', (name) => {
    const nothing = input({
      series: {
        families: [week('2026-11-29', {})],
        verdicts: [week('2026-11-29', {})],
        legacyInProduction: [{ weekEnd: '2026-11-29', count: 0 }],
      },
      cohorts: { policyQuarter: '2020-Q2', rows: [] },
      legacyProjection: {
        points: [{ date: '2026-11-30', count: 0, retiring: [] }],
        lastRetirement: null,
        withoutDate: [],
        overdue: [],
      },
    });
    const option = chartOption(name, nothing);
    expect(option.series).toEqual([]);
    expect(option.title).toMatchObject({ subtext: CHART_EMPTY_TEXTS[name] });
  });
});

describe('a chart’s title and description', () => {
  it('go first inside the root element, escaped', () => {
    const svg = withTitle('<svg width="10" height="10"><rect/></svg>', {
      title: 'A & B',
      description: 'x < y "quoted"',
    });
    expect(svg).toBe(
      '<svg width="10" height="10" role="img" aria-labelledby="chart-title chart-desc"><title id="chart-title">A &amp; B</title>' +
        '<desc id="chart-desc">x &lt; y &quot;quoted&quot;</desc><rect/></svg>',
    );
  });
});
