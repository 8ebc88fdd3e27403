import { describe, expect, it } from 'vitest';
import {
  formatWeek,
  legacyChartRows,
  nonEmptyKeys,
  projectionNotes,
  STORY_FALLBACK_WEEKS,
  storyRange,
  weekTick,
} from './charts.js';

describe('the range the charts open on', () => {
  it.each([
    ['no history yet', null, '2026-11-30', 'all'],
    ['a year of history', '2025-11-01', '2026-11-30', 'all'],
    ['the demo: 2018 seen from 2026', '2018-03-12', '2026-11-30', 'all'],
    ['exactly ten years', '2016-11-30', '2026-11-30', 'all'],
    ['a day over ten years', '2016-11-29', '2026-11-30', STORY_FALLBACK_WEEKS],
    ['twenty years', '2006-01-01', '2026-11-30', STORY_FALLBACK_WEEKS],
  ] as const)('%s → %s', (_, first, date, range) => {
    expect(storyRange(first, date)).toBe(range);
  });
});

describe('series', () => {
  it('formats week ends as calendar dates, whatever the time zone', () => {
    expect(formatWeek('2026-11-29')).toBe('29 Nov 2026');
    expect(weekTick('2026-01-04', 12)).toBe('4 Jan');
    expect(weekTick('2026-01-04', 52)).toBe('Jan 2026');
  });

  it('keeps only the series with something to draw, in order', () => {
    const rows = [
      { weekEnd: 'a', PyTorch: 0, JAX: 0, 'TensorFlow 1.x': 2 },
      { weekEnd: 'b', PyTorch: 1, JAX: 0, 'TensorFlow 1.x': 2 },
    ];
    expect(nonEmptyKeys(rows, ['TensorFlow 1.x', 'JAX', 'PyTorch'])).toEqual(['TensorFlow 1.x', 'PyTorch']);
  });
});

describe('legacy burn-down', () => {
  const actual = [
    { weekEnd: '2026-11-15', count: 7 },
    { weekEnd: '2026-11-22', count: 6 },
    // The current week ends after today; its count is today's.
    { weekEnd: '2026-11-29', count: 6 },
  ];

  it('continues the actual series with a step line from today', () => {
    const rows = legacyChartRows(
      actual,
      {
        points: [
          { date: '2026-11-24', count: 6, retiring: [] },
          { date: '2027-03-31', count: 4, retiring: ['A', 'B'] },
          { date: '2027-06-30', count: 0, retiring: ['C', 'D', 'E', 'F'] },
        ],
      },
      '2026-11-24',
    );
    expect(rows.map((row) => [row.date, row.actual, row.projected])).toEqual([
      ['2026-11-15', 7, null],
      ['2026-11-22', 6, null],
      ['2026-11-24', 6, 6],
      ['2027-03-31', null, 4],
      ['2027-06-30', null, 0],
    ]);
    expect(rows[3]?.retiring).toEqual(['A', 'B']);
    expect(rows.every((row, index) => index === 0 || row.time > rows[index - 1]!.time)).toBe(true);
  });

  it('draws no projection when nothing is planned to retire', () => {
    const rows = legacyChartRows(actual, { points: [{ date: '2026-11-24', count: 6, retiring: [] }] }, '2026-11-24');
    expect(rows.at(-1)).toMatchObject({ date: '2026-11-24', actual: 6, projected: null });
    expect(rows.some((row) => row.projected !== null)).toBe(false);
  });

  it('explains when the last one retires, or why there is no end date', () => {
    expect(projectionNotes({ lastRetirement: '2027-06-30', withoutDate: [], overdue: [] }, 6)).toEqual([
      'The last one retires on 2027-06-30.',
    ]);
    expect(projectionNotes({ lastRetirement: null, withoutDate: ['X', 'Y'], overdue: ['Z'] }, 6)).toEqual([
      '2 models have no retirement date, so there is no end date: X, Y.',
      'Past their retirement date and still in production: Z.',
    ]);
    expect(projectionNotes({ lastRetirement: null, withoutDate: ['X'], overdue: [] }, 1)[0]).toMatch(/^1 model has/);
    const many = Array.from({ length: 12 }, (_, index) => `M${String(index).padStart(2, '0')}`);
    expect(projectionNotes({ lastRetirement: null, withoutDate: many, overdue: many.slice(0, 10) }, 12)).toEqual([
      '12 models have no retirement date, so there is no end date: M00, M01, M02, M03, M04, M05, M06, M07, M08, M09 and 2 more.',
      'Past their retirement date and still in production: M00, M01, M02, M03, M04, M05, M06, M07, M08, M09.',
    ]);
    expect(projectionNotes({ lastRetirement: null, withoutDate: [], overdue: [] }, 0)).toEqual([
      'No legacy TensorFlow models are in production.',
    ]);
  });
});
