import { describe, expect, it } from 'vitest';
import { frameworkFamily } from './family.js';
import { changeLine, neutraliseCell, REPORT_CSV_COLUMNS, reportCsvRow, restoreCell } from './report-csv.js';
import type { ReportModel } from './report.js';
import { newModelState } from './testing.js';

describe('neutraliseCell', () => {
  it.each<[string, string]>([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+41 22 555 01 01', "'+41 22 555 01 01"],
    ['-2+3', "'-2+3"],
    ['@risk', "'@risk"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ["'=already", "''=already"],
    ["''=twice", "'''=twice"],
    ['plain text', 'plain text'],
    ['1.15.2', '1.15.2'],
    ['', ''],
    ["it's = fine", "it's = fine"],
    ["'quoted but harmless", "'quoted but harmless"],
    ['a=b', 'a=b'],
  ])('%j → %j', (value, neutralised) => {
    expect(neutraliseCell(value)).toBe(neutralised);
  });

  it.each(['=1+2', "'=1", "''@x", 'plain', "'plain", '', '-', "'", '\n=x'])(
    'restoreCell undoes it exactly for %j',
    (value) => {
      expect(restoreCell(neutraliseCell(value))).toBe(value);
    },
  );
});

describe('reportCsvRow', () => {
  const state = newModelState({ name: '=HYPERLINK("x")', tags: ['a', 'b'], description: '-dash first' });
  const model: ReportModel = {
    ...state,
    id: 'm1',
    family: frameworkFamily(state.framework, state.frameworkVersion),
    version: 3,
    createdAt: '2018-05-01T00:00:00.000Z',
    updatedAt: '2021-01-01T00:00:00.000Z',
    verdict: { status: 'grandfathered', rule: 'grandfathered', reason: 'Started 2018-05-01…' },
    newProject: false,
    legacyInProduction: true,
  };
  const row = reportCsvRow(model, {
    asOf: '2026-01-15T23:59:59.999Z',
    policyVersion: 2,
    changes: [changeLine({ at: '2026-01-10', kind: 'lifecycleChanges', summary: 'lifecycle staging → production' })],
    code: { scannedFamily: 'PyTorch', tf1Uses: 0, state: 'disagrees' },
  });

  const record = Object.fromEntries(REPORT_CSV_COLUMNS.map((column, index) => [column, row[index]]));

  it('has a cell for every column, in the published order', () => {
    expect(row).toHaveLength(REPORT_CSV_COLUMNS.length);
    expect(record['id']).toBe('m1');
    expect(record['changesSinceLastReview']).toContain('lifecycleChanges');
  });

  it('writes the fields, the verdict and the report context, neutralising formulas', () => {
    expect(record).toMatchObject({
      name: `'=HYPERLINK("x")`,
      description: "'-dash first",
      tags: 'a, b',
      since: '2018-05-01T00:00:00.000Z',
      retireBy: '',
      migrationTarget: '',
      version: '3',
      family: 'TensorFlow 1.x',
      verdict: 'grandfathered',
      newProject: 'false',
      legacyInProduction: 'true',
      policyVersion: '2',
      changesSinceLastReview: '2026-01-10 lifecycleChanges: lifecycle staging → production',
      scannedFamily: 'PyTorch',
      scannedTf1Uses: '0',
      code: 'disagrees',
    });
  });

  it('leaves the scan cells empty for a model never scanned, and ends with the code evidence', () => {
    const unscanned = reportCsvRow(model, {
      asOf: '2026-01-15T23:59:59.999Z',
      policyVersion: 2,
      changes: [],
      code: { scannedFamily: null, tf1Uses: null, state: 'unscanned' },
    });
    expect(unscanned.slice(-3)).toEqual(['', '', 'unscanned']);
    expect(REPORT_CSV_COLUMNS.slice(-3)).toEqual(['scannedFamily', 'scannedTf1Uses', 'code']);
  });
});
