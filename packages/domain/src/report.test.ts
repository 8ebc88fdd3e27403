import { describe, expect, it } from 'vitest';
import type { Model } from './model.js';
import {
  reportFindings,
  familyLifecycleTable,
  formatRate,
  kpiRows,
  modelTable,
  reportFileName,
  summarizeReport,
  toReportModel,
} from './report.js';
import { newModelState, newPolicyVersion } from './testing.js';
import { evaluate } from './verdict.js';
import { frameworkFamily } from './family.js';

const policy = newPolicyVersion();
const DATE = '2026-01-15';

let models = 0;

function model(name: string, overrides: Parameters<typeof newModelState>[0] = {}): Model {
  const state = newModelState({ name, ...overrides });
  return {
    ...state,
    // A UUID, as the API's ids are.
    id: `00000000-0000-4000-8000-${String((models += 1)).padStart(12, '0')}`,
    family: frameworkFamily(state.framework, state.frameworkVersion),
    version: 1,
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
    verdict: evaluate(state, policy, DATE, []),
  };
}

const portfolio = [
  model('Legacy TF in production'),
  model('Legacy Keras staging', { framework: 'keras', lifecycle: 'staging' }),
  model('New torch', { framework: 'pytorch', frameworkVersion: '2.1', startedOn: '2021-01-01' }),
  model('New TF violation', { startedOn: '2021-01-01', frameworkVersion: '2.4' }),
  model('Deprecated without date', { lifecycle: 'deprecated' }),
  model('Retired TF', { lifecycle: 'retired' }),
  model('ONNX export', { framework: 'onnx', frameworkVersion: '1.8', startedOn: '2022-01-01' }),
  model('Imported from MLflow', { framework: 'unknown', frameworkVersion: '', startedOn: '2021-03-01' }),
];

describe('toReportModel', () => {
  it.each<[string, Parameters<typeof newModelState>[0], boolean, boolean]>([
    ['legacy TF in production', {}, false, true],
    ['legacy Keras in production', { framework: 'keras' }, false, true],
    ['legacy TF in staging', { lifecycle: 'staging' }, false, false],
    ['new PyTorch in production', { framework: 'pytorch', startedOn: '2020-04-01' }, true, false],
    ['new TF in production (a violation, and legacy framework in production)', { startedOn: '2021-01-01' }, true, true],
  ])('%s', (_name, overrides, newProject, legacyInProduction) => {
    expect(toReportModel(model('m', overrides), policy)).toMatchObject({ newProject, legacyInProduction });
  });
});

describe('summarizeReport', () => {
  it('counts families, lifecycles, their cross tab and the compliance figures from the same rows', () => {
    const summary = summarizeReport(
      portfolio.map((item) => toReportModel(item, policy)),
      { codeDisagrees: 3 },
    );
    expect(summary.totalModels).toBe(8);
    expect(summary.byFamily).toMatchObject({
      'TensorFlow 1.x': 4,
      'TensorFlow 2.x': 1,
      PyTorch: 1,
      Other: 1,
      JAX: 0,
      Unknown: 1,
    });
    expect(summary.byLifecycle).toMatchObject({ production: 5, staging: 1, deprecated: 1, retired: 1, research: 0 });
    expect(summary.byFamilyAndLifecycle['TensorFlow 1.x']).toMatchObject({
      production: 1,
      staging: 1,
      deprecated: 1,
      retired: 1,
    });
    expect(summary.legacyInProduction).toBe(2);
    expect(summary).toMatchObject({ violations: 1, warnings: 1, exceptions: 0, toTriage: 1 });
    // The new project of unknown framework is counted as new but stays out of the rate.
    expect(summary.newProjects).toEqual({ compliant: 1, violation: 1, exception: 0, total: 4 });
    expect(summary.newProjectComplianceRate).toBe(0.5);
    expect(summary.codeDisagrees).toBe(3);
  });

  it('gives zeros and a null rate for an empty portfolio', () => {
    const summary = summarizeReport([], { codeDisagrees: 0 });
    expect(summary).toMatchObject({
      totalModels: 0,
      legacyInProduction: 0,
      violations: 0,
      newProjectComplianceRate: null,
    });
  });
});

describe('reportFindings', () => {
  const findings = reportFindings(portfolio.map((item) => toReportModel(item, policy)));

  it('lists violations before warnings, each with its reason', () => {
    expect(findings.map((finding) => [finding.modelName, finding.status])).toEqual([
      ['New TF violation', 'violation'],
      ['Deprecated without date', 'warning'],
    ]);
    expect(findings[0]!.reason).toMatch(/Started 2021-01-01, after the policy took effect/);
  });
});

describe('people-facing rows', () => {
  const summary = summarizeReport(
    portfolio.map((item) => toReportModel(item, policy)),
    { codeDisagrees: 2 },
  );

  it.each<[number | null, string]>([
    [null, 'n/a'],
    [0, '0%'],
    [0.5, '50%'],
    [2 / 3, '67%'],
    [1, '100%'],
  ])('formatRate(%s) = %s', (rate, text) => {
    expect(formatRate(rate)).toBe(text);
  });

  it('prints the KPIs Markdown and PDF share', () => {
    expect(Object.fromEntries(kpiRows(summary))).toEqual({
      Models: '8',
      'New-project compliance rate': '50% (1 compliant, 1 violating, 0 under exception)',
      'Legacy models in production': '2',
      Violations: '1',
      Warnings: '1',
      Exceptions: '0',
      'To triage (framework not recorded)': '1',
      'Code disagrees with the registry': '2',
    });
  });

  it('leaves empty families and lifecycles out of the cross tab, with totals', () => {
    const table = familyLifecycleTable(summary);
    expect(table.headers).toEqual(['Framework family', 'staging', 'production', 'deprecated', 'retired', 'Total']);
    expect(table.rows.map((row) => row[0])).toEqual([
      'TensorFlow 1.x',
      'TensorFlow 2.x',
      'PyTorch',
      'Other',
      'Unknown',
      'Total',
    ]);
    expect(table.rows.at(-1)).toEqual(['Total', '1', '5', '1', '1', '8']);
  });

  it('tables every field of a model, or the columns asked for', () => {
    const one = toReportModel(
      model('Tagged', { tags: ['a', 'b'], retireBy: '2027-01-01', migration: 'planned', migrationTarget: 'pytorch' }),
      policy,
    );
    const full = modelTable([one]);
    const row = Object.fromEntries(full.headers.map((header, index) => [header, full.rows[0]![index]]));
    expect(row).toMatchObject({
      Name: 'Tagged',
      Framework: 'tensorflow 1.15',
      Tags: 'a, b',
      'Retire by': '2027-01-01',
      Migration: 'planned (to pytorch)',
      Repository: '-',
    });
    expect(modelTable([one], ['name', 'verdict'])).toEqual({
      headers: ['Name', 'Verdict'],
      rows: [['Tagged', one.verdict.status]],
    });
    expect(() => modelTable([one], ['colour'])).toThrow();
  });

  it('shows a model of unknown framework with its family, verdict and reason', () => {
    const imported = toReportModel(
      portfolio.find((item) => item.name === 'Imported from MLflow')!,
      policy,
    );
    expect(modelTable([imported], ['framework', 'family', 'verdict', 'reason']).rows).toEqual([
      ['unknown', 'Unknown', 'unknown', 'Framework not recorded: scan its repository or set it.'],
    ]);
  });

  it.each([
    ['2026-11-24', 'csv', 'migration-status-2026-11-24.csv'],
    ['2019-01-01', 'pdf', 'migration-status-2019-01-01.pdf'],
    ['2026-11-24', 'md', 'migration-status-2026-11-24.md'],
    ['2026-11-24', 'md-zip', 'migration-status-2026-11-24.zip'],
  ] as const)('names the %s %s file %s', (date, format, name) => {
    expect(reportFileName(date, format)).toBe(name);
  });
});
