import { summarizeCompliance } from './compliance.js';
import type { NewProjectCounts, VerdictCounts } from './compliance.js';
import { toIsoDate } from './dates.js';
import { FRAMEWORK_FAMILIES } from './family.js';
import type { FrameworkFamily } from './family.js';
import type { Model } from './model.js';
import type { PolicyVersion } from './policy.js';
import { isLegacyInProduction } from './series.js';
import { LIFECYCLES } from './vocabularies.js';
import type { Lifecycle } from './vocabularies.js';

/** Bumped when the JSON report changes shape in a way a reader must know about. */
export const REPORT_SCHEMA_VERSION = 1;

export const REPORT_FORMATS = ['csv', 'md', 'json', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A model as the status report shows it: its fields, verdict, and the two facts the KPIs count. */
export interface ReportModel extends Model {
  newProject: boolean;
  legacyInProduction: boolean;
}

export interface ReportSummary {
  totalModels: number;
  byFamily: Record<FrameworkFamily, number>;
  byLifecycle: Record<Lifecycle, number>;
  /** Models per framework family, split by lifecycle: the cross tab behind both lists above. */
  byFamilyAndLifecycle: Record<FrameworkFamily, Record<Lifecycle, number>>;
  counts: VerdictCounts;
  newProjects: NewProjectCounts;
  newProjectComplianceRate: number | null;
  legacyInProduction: number;
  violations: number;
  warnings: number;
  exceptions: number;
}

export interface ReportFinding {
  modelId: string;
  modelName: string;
  team: string;
  status: 'violation' | 'warning';
  rule: string;
  reason: string;
}

/** One change since the last weekly review (the reviews feature uses the same shape). */
export interface ReportChange {
  kind: string;
  modelId: string;
  modelName: string;
  at: string;
  summary: string;
}

export interface ChangesSinceLastReview {
  /** When the last review was recorded; null when there has been none (then every change counts). */
  since: string | null;
  items: ReportChange[];
}

export interface StatusReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  title: string;
  /** The instant the portfolio is shown at. */
  asOf: string;
  /** Its UTC calendar date: what the report is "as of" for people. */
  date: string;
  generatedAt: string;
  policy: PolicyVersion;
  summary: ReportSummary;
  /** Violations first, then warnings; by model name within each. */
  findings: ReportFinding[];
  /** Every model at `asOf`, by name. */
  models: ReportModel[];
  changesSinceLastReview: ChangesSinceLastReview;
}

export const REPORT_TITLE = 'Model migration status';

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

type SummaryInput = Pick<ReportModel, 'family' | 'lifecycle' | 'newProject' | 'legacyInProduction'> & {
  verdict: Pick<Model['verdict'], 'status'>;
};

/** The report's KPIs from its models; the compliance figures come from the domain's one rule. */
export function summarizeReport(models: readonly SummaryInput[]): ReportSummary {
  const byFamily = zeros(FRAMEWORK_FAMILIES);
  const byLifecycle = zeros(LIFECYCLES);
  const byFamilyAndLifecycle = Object.fromEntries(
    FRAMEWORK_FAMILIES.map((family) => [family, zeros(LIFECYCLES)]),
  ) as ReportSummary['byFamilyAndLifecycle'];
  let legacyInProduction = 0;
  for (const model of models) {
    byFamily[model.family] += 1;
    byLifecycle[model.lifecycle] += 1;
    byFamilyAndLifecycle[model.family][model.lifecycle] += 1;
    if (model.legacyInProduction) legacyInProduction += 1;
  }
  const compliance = summarizeCompliance(models.map((model) => ({ newProject: model.newProject, status: model.verdict.status })));
  return {
    totalModels: models.length,
    byFamily,
    byLifecycle,
    byFamilyAndLifecycle,
    ...compliance,
    legacyInProduction,
    violations: compliance.counts.violation,
    warnings: compliance.counts.warning,
    exceptions: compliance.counts.exception,
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Violations, then warnings, each with the verdict's reason. */
export function reportFindings(models: readonly Model[]): ReportFinding[] {
  const findings = (status: ReportFinding['status']) =>
    models
      .filter((model) => model.verdict.status === status)
      .sort(byName)
      .map((model) => ({
        modelId: model.id,
        modelName: model.name,
        team: model.team,
        status,
        rule: model.verdict.rule,
        reason: model.verdict.reason,
      }));
  return [...findings('violation'), ...findings('warning')];
}

export interface StatusReportInput {
  asOf: Date;
  generatedAt: Date;
  policy: PolicyVersion;
  models: readonly (Model & { newProject: boolean })[];
  changesSinceLastReview: ChangesSinceLastReview;
}

/** The whole status report, the one source every export format is written from. */
export function buildStatusReport(input: StatusReportInput): StatusReport {
  const models = input.models
    .map((model) => ({ ...model, legacyInProduction: isLegacyInProduction(model.framework, model.lifecycle, input.policy) }))
    .sort(byName);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    title: REPORT_TITLE,
    asOf: input.asOf.toISOString(),
    date: toIsoDate(input.asOf),
    generatedAt: input.generatedAt.toISOString(),
    policy: input.policy,
    summary: summarizeReport(models),
    findings: reportFindings(models),
    models,
    changesSinceLastReview: input.changesSinceLastReview,
  };
}

/** `migration-status-2026-11-24.csv`: what and when, for Content-Disposition. */
export function reportFileName(date: string, format: ReportFormat): string {
  return `migration-status-${date}.${format}`;
}

/** A rate for people: "83%", or "n/a" when there is nothing to judge. */
export function formatRate(rate: number | null): string {
  return rate === null ? 'n/a' : `${Math.round(rate * 100)}%`;
}

/** The KPI summary as label/value lines: Markdown and PDF print exactly these. */
export function kpiRows(summary: ReportSummary): [string, string][] {
  const { newProjects } = summary;
  return [
    ['Models', String(summary.totalModels)],
    [
      'New-project compliance rate',
      `${formatRate(summary.newProjectComplianceRate)} (${newProjects.compliant} compliant, ${newProjects.violation} violating, ${newProjects.exception} under exception)`,
    ],
    ['Legacy models in production', String(summary.legacyInProduction)],
    ['Violations', String(summary.violations)],
    ['Warnings', String(summary.warnings)],
    ['Exceptions', String(summary.exceptions)],
  ];
}

/** Family × lifecycle counts as table rows (families and lifecycles with no model left out). */
export function familyLifecycleTable(summary: ReportSummary): { headers: string[]; rows: string[][] } {
  const lifecycles = LIFECYCLES.filter((lifecycle) => summary.byLifecycle[lifecycle] > 0);
  const families = FRAMEWORK_FAMILIES.filter((family) => summary.byFamily[family] > 0);
  return {
    headers: ['Framework family', ...lifecycles, 'Total'],
    rows: [
      ...families.map((family) => [
        family,
        ...lifecycles.map((lifecycle) => String(summary.byFamilyAndLifecycle[family][lifecycle])),
        String(summary.byFamily[family]),
      ]),
      ['Total', ...lifecycles.map((lifecycle) => String(summary.byLifecycle[lifecycle])), String(summary.totalModels)],
    ],
  };
}

/** The columns of the models table in the Markdown and PDF reports. */
export const MODEL_TABLE_HEADERS = ['Name', 'Team', 'Framework', 'Family', 'Lifecycle', 'Started', 'Verdict'] as const;

export function modelTableRow(model: ReportModel): string[] {
  const framework = model.frameworkVersion ? `${model.framework} ${model.frameworkVersion}` : model.framework;
  return [model.name, model.team, framework, model.family, model.lifecycle, model.startedOn, model.verdict.status];
}
