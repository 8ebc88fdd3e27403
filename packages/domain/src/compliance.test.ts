import { describe, expect, it } from 'vitest';
import { countVerdicts, newProjectComplianceRate, summarizeCompliance, verdictSlice } from './compliance.js';
import type { ComplianceRow } from './compliance.js';
import type { VerdictStatus } from './vocabularies.js';

const zero = {
  violation: 0,
  warning: 0,
  unknown: 0,
  exception: 0,
  compliant: 0,
  grandfathered: 0,
  out_of_scope: 0,
  retired: 0,
};

const row = (status: ComplianceRow['status'], newProject = true): ComplianceRow => ({ status, newProject });

describe('countVerdicts', () => {
  it.each<[string, ComplianceRow['status'][], Partial<typeof zero>]>([
    ['no verdicts: every status at zero', [], {}],
    [
      'one of each kind counted',
      ['compliant', 'compliant', 'retired', 'warning'],
      { compliant: 2, retired: 1, warning: 1 },
    ],
    ['unknown counted on its own', ['unknown', 'unknown', 'violation'], { unknown: 2, violation: 1 }],
  ])('%s', (_name, statuses, expected) => {
    expect(countVerdicts(statuses.map((status) => ({ status })))).toEqual({ ...zero, ...expected });
  });
});

describe('newProjectComplianceRate', () => {
  it.each<[string, ComplianceRow[], number | null]>([
    ['no rows', [], null],
    ['only legacy projects', [row('compliant', false), row('grandfathered', false)], null],
    ['new projects only under exception: 0 ÷ 0', [row('exception'), row('exception')], null],
    ['all compliant', [row('compliant'), row('compliant')], 1],
    ['all violating', [row('violation')], 0],
    [
      'exceptions, retired and legacy rows stay out of it',
      [
        row('compliant'),
        row('compliant'),
        row('compliant'),
        row('violation'),
        row('exception'),
        row('retired'),
        row('violation', false),
        row('compliant', false),
      ],
      0.75,
    ],
    ['new projects of unknown framework stay out of it, like retired ones', [row('unknown'), row('retired')], null],
    ['unknown beside judged projects changes nothing', [row('compliant'), row('violation'), row('unknown')], 0.5],
  ])('%s → %s', (_name, rows, rate) => {
    expect(newProjectComplianceRate(rows)).toBe(rate);
  });
});

describe('summarizeCompliance', () => {
  it('reports exceptions beside the rate, never in it', () => {
    const rows = [
      row('compliant'),
      row('violation'),
      row('exception'),
      row('exception'),
      row('out_of_scope'),
      row('exception', false),
      row('grandfathered', false),
      row('retired', false),
      row('unknown'),
    ];
    expect(summarizeCompliance(rows)).toEqual({
      counts: {
        ...zero,
        compliant: 1,
        violation: 1,
        exception: 3,
        out_of_scope: 1,
        grandfathered: 1,
        retired: 1,
        unknown: 1,
      },
      newProjects: { compliant: 1, violation: 1, exception: 2, total: 6 },
      newProjectComplianceRate: 0.5,
    });
  });

  it('gives null, not NaN, with nothing to judge', () => {
    expect(summarizeCompliance([])).toEqual({
      counts: zero,
      newProjects: { compliant: 0, violation: 0, exception: 0, total: 0 },
      newProjectComplianceRate: null,
    });
  });
});

describe('summarizeCompliance of counted rows (a GROUP BY of verdicts)', () => {
  const counted = (status: ComplianceRow['status'], newProject: boolean, count: number): ComplianceRow => ({
    status,
    newProject,
    count,
  });
  it.each<[string, ComplianceRow[]]>([
    ['one row per model', [row('compliant'), row('compliant'), row('violation'), row('exception', false)]],
    [
      'rows with counts',
      [counted('compliant', true, 2), counted('violation', true, 1), counted('exception', false, 1)],
    ],
    [
      'counted and single rows mixed',
      [counted('compliant', true, 1), row('compliant'), row('violation'), counted('exception', false, 1)],
    ],
  ])('%s: the same summary', (_name, rows) => {
    expect(summarizeCompliance(rows)).toEqual({
      counts: { ...zero, compliant: 2, violation: 1, exception: 1 },
      newProjects: { compliant: 2, violation: 1, exception: 0, total: 3 },
      newProjectComplianceRate: 2 / 3,
    });
  });

  it('a row counting zero models counts nothing', () => {
    expect(summarizeCompliance([counted('violation', true, 0)]).newProjects.total).toBe(0);
  });
});

describe('verdictSlice: the verdicts a page of the worst-first list falls in', () => {
  // In list order: violation 3, warning 0, exception 2, compliant 4 (and nothing else).
  const counts = { ...zero, violation: 3, exception: 2, compliant: 4 };
  it.each<[string, VerdictStatus[] | undefined, number, number, ReturnType<typeof verdictSlice>]>([
    ['the first page within the worst verdict', undefined, 0, 2, { statuses: ['violation'], offset: 0, total: 9 }],
    [
      'a page across verdicts, skipping one with none',
      undefined,
      2,
      3,
      { statuses: ['violation', 'exception'], offset: 2, total: 9 },
    ],
    [
      'a page starting inside a later verdict',
      undefined,
      4,
      10,
      { statuses: ['exception', 'compliant'], offset: 1, total: 9 },
    ],
    ['a page starting at a verdict boundary', undefined, 3, 2, { statuses: ['exception'], offset: 0, total: 9 }],
    ['a page past the end', undefined, 9, 5, { statuses: [], offset: 0, total: 9 }],
    [
      'only the verdicts asked for',
      ['compliant', 'violation'],
      2,
      2,
      { statuses: ['violation', 'compliant'], offset: 2, total: 7 },
    ],
    ['a verdict asked for with no models', ['warning'], 0, 5, { statuses: [], offset: 0, total: 0 }],
  ])('%s', (_name, asked, offset, limit, expected) => {
    expect(verdictSlice(counts, asked, offset, limit)).toEqual(expected);
  });
});
