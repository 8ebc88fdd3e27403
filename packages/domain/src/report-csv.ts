import type { CodeState } from './contract/scans.js';
import type { FrameworkFamily } from './family.js';
import type { ReportChange, ReportModel } from './report.js';

/** The model fields a CSV or JSON import may set, in the CSV report's column order. */
export const IMPORT_COLUMNS = [
  'name',
  'team',
  'task',
  'framework',
  'frameworkVersion',
  'lifecycle',
  'deploymentTarget',
  'servingStack',
  'serialization',
  'startedOn',
  'migration',
  'migrationTarget',
  'retireBy',
  'repoUrl',
  'description',
  'tags',
  'since',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Facts the report derives or records; an import reads past them. */
export const REPORT_ONLY_COLUMNS = [
  'id',
  'version',
  'family',
  'verdict',
  'verdictRule',
  'verdictReason',
  'newProject',
  'legacyInProduction',
  'updatedAt',
  'asOf',
  'policyVersion',
  'changesSinceLastReview',
  'scannedFamily',
  'scannedTf1Uses',
  'code',
] as const;
export type ReportOnlyColumn = (typeof REPORT_ONLY_COLUMNS)[number];

export const REPORT_CSV_COLUMNS = [...IMPORT_COLUMNS, ...REPORT_ONLY_COLUMNS] as const;
export type ReportCsvColumn = (typeof REPORT_CSV_COLUMNS)[number];

/** Tags share one cell, separated by commas. */
export const TAG_SEPARATOR = ', ';

// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Makes a cell inert in spreadsheets by prefixing a single quote. Cells that already start with
 * quotes before a formula character get one more, so `restoreCell` can always undo it exactly.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of `neutraliseCell`, for reading a report back in. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** A change since the last review as one line of a model's `changesSinceLastReview` cell. */
export function changeLine(change: Pick<ReportChange, 'at' | 'kind' | 'summary'>): string {
  return `${change.at} ${change.kind}: ${change.summary}`;
}

export interface CsvRowContext {
  /** The report's asOf instant (ISO). */
  asOf: string;
  policyVersion: number;
  /** This model's changes since the last review, one line each. */
  changes: readonly string[];
  code: CodeEvidence;
}

/** What the model's latest scan at the report's asOf says of its code; `state` is `unscanned` without one. */
export interface CodeEvidence {
  /** The family the scan found (null when it found no framework, or there is no scan). */
  scannedFamily: FrameworkFamily | null;
  tf1Uses: number | null;
  state: CodeState;
}

/** One model as a CSV row: its cells in `REPORT_CSV_COLUMNS` order, every cell neutralised. */
export function reportCsvRow(model: ReportModel, context: CsvRowContext): string[] {
  const record: Record<ReportCsvColumn, string> = {
    name: model.name,
    team: model.team,
    task: model.task,
    framework: model.framework,
    frameworkVersion: model.frameworkVersion,
    lifecycle: model.lifecycle,
    deploymentTarget: model.deploymentTarget,
    servingStack: model.servingStack,
    serialization: model.serialization,
    startedOn: model.startedOn,
    migration: model.migration,
    migrationTarget: model.migrationTarget ?? '',
    retireBy: model.retireBy ?? '',
    repoUrl: model.repoUrl ?? '',
    description: model.description,
    tags: model.tags.join(TAG_SEPARATOR),
    since: model.createdAt,
    id: model.id,
    version: String(model.version),
    family: model.family,
    verdict: model.verdict.status,
    verdictRule: model.verdict.rule,
    verdictReason: model.verdict.reason,
    newProject: String(model.newProject),
    legacyInProduction: String(model.legacyInProduction),
    updatedAt: model.updatedAt,
    asOf: context.asOf,
    policyVersion: String(context.policyVersion),
    changesSinceLastReview: context.changes.join('\n'),
    scannedFamily: context.code.scannedFamily ?? '',
    scannedTf1Uses: context.code.tf1Uses === null ? '' : String(context.code.tf1Uses),
    code: context.code.state,
  };
  return REPORT_CSV_COLUMNS.map((column) => neutraliseCell(record[column]));
}
