import { describe, expect, it } from 'vitest';
import {
  changeSince,
  pivotCounts,
  lastWeekEnds,
  legacyInProductionSeries,
  quarterOf,
  quartersBetween,
  retirementProjection,
  runningTotals,
  weekEndOf,
  weekEndsSince,
} from './series.js';
import { newPolicyVersion } from './testing.js';

describe('weekEndOf', () => {
  it.each([
    ['2026-11-23', '2026-11-29'], // Monday
    ['2026-11-29', '2026-11-29'], // Sunday itself
    ['2026-11-30', '2026-12-06'], // next Monday
    ['2020-12-31', '2021-01-03'], // across a year
    ['2024-02-29', '2024-03-03'], // leap day
  ])('%s falls in the week ending %s', (date, weekEnd) => {
    expect(weekEndOf(date)).toBe(weekEnd);
  });
});

describe('week ranges', () => {
  it('lists the last n week ends', () => {
    expect(lastWeekEnds('2026-11-24', 3)).toEqual(['2026-11-15', '2026-11-22', '2026-11-29']);
  });

  it.each([
    [
      'every week between, inclusive',
      '2026-11-10',
      '2026-11-30',
      100,
      ['2026-11-15', '2026-11-22', '2026-11-29', '2026-12-06'],
    ],
    ['longer than the most', '1990-01-01', '2026-11-24', 2, ['2026-11-22', '2026-11-29']],
    ['the same week', '2026-11-24', '2026-11-25', 100, ['2026-11-29']],
    ['a first after the last', '2026-11-24', '2020-01-01', 100, ['2020-01-05']],
  ])('weekEndsSince: %s', (_case, first, last, max, weekEnds) => {
    expect(weekEndsSince(first, last, max)).toEqual(weekEnds);
  });

  it('weekEndsSince stays bounded over the widest dates', () => {
    expect(weekEndsSince('1990-01-01', '2999-12-31', 2_000)).toHaveLength(2_000);
  });
});

describe('runningTotals', () => {
  const weeks = ['2024-01-07', '2024-01-14', '2024-01-21'];
  it.each([
    ['no changes: zeros', [], [0, 0, 0]],
    ['a model entering in week 2 counts from week 2', [{ weekEnd: '2024-01-14', key: 'PyTorch', delta: 1 }], [0, 1, 1]],
    [
      'changes before the range form the baseline',
      [
        { weekEnd: '2023-06-04', key: 'PyTorch', delta: 1 },
        { weekEnd: '2023-08-06', key: 'PyTorch', delta: 1 },
      ],
      [2, 2, 2],
    ],
    [
      'a move out (−1) lowers the count from its week on',
      [
        { weekEnd: '2023-06-04', key: 'PyTorch', delta: 2 },
        { weekEnd: '2024-01-21', key: 'PyTorch', delta: -1 },
      ],
      [2, 2, 1],
    ],
    ['changes after the range are ignored', [{ weekEnd: '2024-02-04', key: 'PyTorch', delta: 1 }], [0, 0, 0]],
  ])('%s', (_case, deltas, expected) => {
    const points = runningTotals(deltas, weeks, ['PyTorch', 'JAX']);
    expect(points.map((point) => point['PyTorch'])).toEqual(expected);
    expect(points.map((point) => point['JAX'])).toEqual([0, 0, 0]);
    expect(points.map((point) => point.weekEnd)).toEqual(weeks);
  });
});

describe('legacyInProductionSeries', () => {
  it('counts production models on each week policy’s legacy frameworks', () => {
    const policies = [
      newPolicyVersion({ id: 1, inForceFrom: '2020-04-01', legacyFrameworks: ['tensorflow', 'keras'] }),
      newPolicyVersion({
        id: 2,
        inForceFrom: '2024-01-10',
        legacyFrameworks: ['tensorflow', 'keras', 'jax'],
        governedFrameworks: ['tensorflow', 'keras', 'pytorch', 'jax'],
      }),
    ];
    const points = [
      {
        weekEnd: '2024-01-07',
        'tensorflow|production': 3,
        'keras|production': 1,
        'jax|production': 2,
        'tensorflow|staging': 5,
      },
      {
        weekEnd: '2024-01-14',
        'tensorflow|production': 3,
        'keras|production': 1,
        'jax|production': 2,
        'tensorflow|staging': 0,
      },
    ];
    expect(legacyInProductionSeries(points, policies)).toEqual([
      { weekEnd: '2024-01-07', count: 4 },
      { weekEnd: '2024-01-14', count: 6 },
    ]);
  });
});

describe('quarters', () => {
  it.each([
    ['2020-01-01', '2020-Q1'],
    ['2020-03-31', '2020-Q1'],
    ['2020-04-01', '2020-Q2'],
    ['2020-12-31', '2020-Q4'],
  ])('%s is in %s', (date, quarter) => expect(quarterOf(date)).toBe(quarter));

  it('lists quarters across a year end', () => {
    expect(quartersBetween('2019-11-02', '2020-05-01')).toEqual(['2019-Q4', '2020-Q1', '2020-Q2']);
  });
});

describe('retirementProjection', () => {
  const today = '2026-11-24';
  it('steps down at each planned retirement and names the last one when every model has a date', () => {
    const projection = retirementProjection(
      [
        { name: 'B', retireBy: '2027-06-30' },
        { name: 'A', retireBy: '2027-03-31' },
        { name: 'C', retireBy: '2027-06-30' },
      ],
      today,
    );
    expect(projection.points).toEqual([
      { date: today, count: 3, retiring: [] },
      { date: '2027-03-31', count: 2, retiring: ['A'] },
      { date: '2027-06-30', count: 0, retiring: ['B', 'C'] },
    ]);
    expect(projection.lastRetirement).toBe('2027-06-30');
  });

  it('has no end date while some model has no retirement date, and counts past dates as overdue today', () => {
    const projection = retirementProjection(
      [
        { name: 'Old', retireBy: '2026-06-30' },
        { name: 'Open', retireBy: null },
      ],
      today,
    );
    expect(projection.lastRetirement).toBeNull();
    expect(projection.withoutDate).toEqual(['Open']);
    expect(projection.overdue).toEqual(['Old']);
    expect(projection.points).toEqual([
      { date: today, count: 2, retiring: [] },
      { date: today, count: 1, retiring: ['Old'] },
    ]);
  });

  it('is a single point when there is nothing to retire', () => {
    expect(retirementProjection([], today)).toEqual({
      points: [{ date: today, count: 0, retiring: [] }],
      lastRetirement: null,
      withoutDate: [],
      overdue: [],
    });
  });
});

describe('changeSince', () => {
  it.each([
    [5, 3, 2],
    [3, 5, -2],
    [0.8, 0.5, 0.30000000000000004],
    [null, 3, null],
    [3, null, null],
    [3, undefined, null],
  ])('%s since %s → %s', (current, previous, expected) => expect(changeSince(current, previous)).toBe(expected));
});

describe('pivotCounts', () => {
  it('fills every row and column, adds repeated cells, and ignores unknown keys', () => {
    const table = pivotCounts(
      [
        { row: '2020-Q2', column: 'PyTorch', count: 2 },
        { row: '2020-Q2', column: 'PyTorch', count: 1 },
        { row: '2020-Q3', column: 'JAX', count: 1 },
        { row: '1999-Q1', column: 'JAX', count: 9 },
      ],
      ['2020-Q2', '2020-Q3'],
      ['PyTorch', 'JAX'],
    );
    expect(table).toEqual([
      { key: '2020-Q2', PyTorch: 3, JAX: 0 },
      { key: '2020-Q3', PyTorch: 0, JAX: 1 },
    ]);
  });
});
