import { describe, expect, it } from 'vitest';
import {
  drillAsOf,
  fromFirstCount,
  kpiChange,
  kpiTiles,
  modelsLink,
  nonEmptyRows,
  parseRange,
  referenceLabelPosition,
  sinceReviewText,
  totalOf,
  withAsOf,
} from './dashboard';

const kpi = (value: number | null, previous: number | null) => ({
  value,
  previous,
  change: value === null || previous === null ? null : value - previous,
});

describe('range', () => {
  it.each([
    ['12', '12'],
    ['156', '156'],
    ['all', 'all'],
    ['52', '52'],
    [null, null],
    ['7', null],
  ])('weeks=%s → %s', (param, range) => {
    expect(parseRange(param)).toBe(range);
  });
});

describe('KPI change since the last review', () => {
  it.each([
    ['fewer violations is good news', kpi(1, 3), 'down', '▼ −2', 'good'],
    ['more violations is bad news', kpi(4, 3), 'down', '▲ +1', 'bad'],
    ['more models in production is neither', kpi(12, 11), 'neutral', '▲ +1', 'neutral'],
    ['no change', kpi(3, 3), 'down', 'no change', 'neutral'],
  ] as const)('%s', (_name, value, better, text, tone) => {
    expect(kpiChange(value, better)).toMatchObject({ text, tone });
  });

  it('shows a rate change in percentage points, one decimal', () => {
    expect(kpiChange(kpi(0.875, 0.8571428), 'up', true)).toEqual({
      text: '▲ +1.8 pts',
      tone: 'good',
      spoken: 'up 1.8 percentage points',
    });
    expect(kpiChange(kpi(0.5, 0.75), 'up', true).tone).toBe('bad');
  });

  it('has nothing to say without a previous value', () => {
    expect(kpiChange(kpi(3, null), 'down')).toEqual({ text: null, tone: 'neutral', spoken: null });
  });

  it('builds eight tiles; the rate carries the new projects under exception beside it', () => {
    const tiles = kpiTiles({
      modelsInProduction: kpi(11, 10),
      newProjectComplianceRate: kpi(0.857, null),
      newProjectsUnderException: kpi(2, 2),
      legacyInProduction: kpi(6, 7),
      openViolations: kpi(1, 0),
      openWarnings: kpi(3, 3),
      exceptionsExpiringSoon: kpi(1, 1),
      toTriage: kpi(4, null),
      codeDisagrees: kpi(2, 1),
    });
    expect(tiles.map((tile) => tile.name)).toEqual([
      'modelsInProduction',
      'newProjectComplianceRate',
      'legacyInProduction',
      'openViolations',
      'openWarnings',
      'exceptionsExpiringSoon',
      'toTriage',
      'codeDisagrees',
    ]);
    expect(tiles[6]).toMatchObject({ value: '4', link: '/models?verdict=unknown' });
    expect(tiles[7]).toMatchObject({ value: '2', link: '/models?code=disagrees', change: { tone: 'bad' } });
    expect(tiles[1]).toMatchObject({ value: '85.7%', note: '2 new projects under exception' });
    expect(tiles[2]?.change).toMatchObject({ text: '▼ −1', tone: 'good' });
    expect(tiles[3]?.change).toMatchObject({ text: '▲ +1', tone: 'bad' });
  });

  it('says since which review', () => {
    expect(sinceReviewText({ heldOn: '2024-05-06' })).toBe('since the review of 2024-05-06');
    expect(sinceReviewText(null)).toBe('no review recorded yet');
  });
});

describe('series', () => {
  it('charts the TF1 API uses from the first week with a count', () => {
    const week = (weekEnd: string, count: number) => ({ weekEnd, count });
    expect(fromFirstCount([week('a', 0), week('b', 0), week('c', 5), week('d', 0)])).toEqual([
      week('c', 5),
      week('d', 0),
    ]);
    expect(fromFirstCount([week('a', 0)])).toEqual([]);
  });

  it('totals every key in every row', () => {
    const rows = [
      { weekEnd: 'a', PyTorch: 0, JAX: 0, 'TensorFlow 1.x': 2 },
      { weekEnd: 'b', PyTorch: 1, JAX: 0, 'TensorFlow 1.x': 2 },
    ];
    expect(totalOf(rows, ['JAX'])).toBe(0);
    expect(totalOf(rows, ['PyTorch', 'TensorFlow 1.x'])).toBe(5);
  });

  it('drops rows with nothing in them', () => {
    const rows = [
      { key: 'PyTorch', production: 2, retired: 0 },
      { key: 'JAX', production: 0, retired: 0 },
    ];
    expect(nonEmptyRows(rows, ['production', 'retired']).map((row) => row.key)).toEqual(['PyTorch']);
  });

  it('puts the policy line label on the side with room', () => {
    const rows = ['2019-Q1', '2019-Q2', '2019-Q3', '2019-Q4', '2020-Q1'].map((key) => ({ key }));
    expect(referenceLabelPosition(rows, '2019-Q2')).toBe('insideTopLeft');
    expect(referenceLabelPosition(rows, '2019-Q4')).toBe('insideTopRight');
  });
});

describe('drill-down links', () => {
  it('opens a past week as of its end, and the current week as of the date shown', () => {
    expect(drillAsOf('2026-10-04', '', '2026-11-24')).toBe('2026-10-04');
    expect(drillAsOf('2026-11-29', '', '2026-11-24')).toBe('');
    expect(drillAsOf('2021-07-04', '2021-06-30', '2026-11-24')).toBe('2021-06-30');
    expect(drillAsOf('2021-06-27', '2021-06-30', '2026-11-24')).toBe('2021-06-27');
  });

  it('builds the models list URL from the filters it understands', () => {
    expect(modelsLink({ family: 'PyTorch', asOf: '2026-10-04' })).toBe('/models?family=PyTorch&asOf=2026-10-04');
    expect(modelsLink({ lifecycle: 'production', family: 'TensorFlow 1.x' })).toBe(
      '/models?family=TensorFlow%201.x&lifecycle=production',
    );
    expect(modelsLink({ verdict: 'violation', asOf: '' })).toBe('/models?verdict=violation');
    expect(modelsLink({})).toBe('/models');
  });

  it('carries the as-of date onto a tile link', () => {
    expect(withAsOf('/compliance', '')).toBe('/compliance');
    expect(withAsOf('/compliance', '2021-06-30')).toBe('/compliance?asOf=2021-06-30');
    expect(withAsOf('/models?verdict=violation', '2021-06-30')).toBe('/models?verdict=violation&asOf=2021-06-30');
  });
});
