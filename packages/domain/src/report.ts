import type { z } from 'zod';
import { summarizeCompliance } from './compliance.js';
import { FRAMEWORK_FAMILIES } from './family.js';
import { KPI_LABELS } from './labels.js';
import type { Model } from './model.js';
import type { PolicyVersion } from './policy.js';
import type {
  changesSinceLastReviewSchema,
  reportChangeSchema,
  reportFindingSchema,
  reportModelSchema,
  reportSummarySchema,
  statusReportSchema,
} from './report-schema.js';
import { isLegacyInProduction } from './series.js';
import { isNewProject } from './verdict.js';
import { LIFECYCLES } from './vocabularies.js';

/** Bumped when the JSON report changes shape in a way a reader must know about. */
export const REPORT_SCHEMA_VERSION = 1;

/** `md-zip`: the Markdown report with its charts as SVG files beside it, in one zip. */
export const REPORT_FORMATS = ['csv', 'md', 'md-zip', 'json', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const FILE_EXTENSIONS: Record<ReportFormat, string> = {
  csv: 'csv',
  md: 'md',
  'md-zip': 'zip',
  json: 'json',
  pdf: 'pdf',
};

export type ReportModel = z.output<typeof reportModelSchema>;
export type ReportSummary = z.output<typeof reportSummarySchema>;
export type ReportFinding = z.output<typeof reportFindingSchema>;
export type ReportChange = z.output<typeof reportChangeSchema>;
export type ChangesSinceLastReview = z.output<typeof changesSinceLastReviewSchema>;
export type StatusReport = z.output<typeof statusReportSchema>;

export const REPORT_TITLE = 'Model migration status';

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

type SummaryInput = Pick<ReportModel, 'family' | 'lifecycle' | 'newProject' | 'legacyInProduction'> & {
  verdict: Pick<Model['verdict'], 'status'>;
};

/**
 * The report's KPIs from its models; the compliance figures come from the domain's one rule, and
 * the code evidence (`codeDisagrees`, counted in SQL by the drift rule) is given.
 */
export function summarizeReport(
  models: readonly SummaryInput[],
  { codeDisagrees }: Pick<ReportSummary, 'codeDisagrees'>,
): ReportSummary {
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
  const compliance = summarizeCompliance(
    models.map((model) => ({ newProject: model.newProject, status: model.verdict.status })),
  );
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
    toTriage: compliance.counts.unknown,
    codeDisagrees,
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Violations, then warnings, each with the verdict's reason. */
export function reportFindings(models: readonly Pick<Model, 'id' | 'name' | 'team' | 'verdict'>[]): ReportFinding[] {
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

/** A model with the two facts the report's KPIs count, judged under the policy in force. */
export function toReportModel(model: Model, policy: PolicyVersion): ReportModel {
  return {
    ...model,
    newProject: isNewProject(model, policy),
    legacyInProduction: isLegacyInProduction(model.framework, model.lifecycle, policy),
  };
}

/** `migration-status-2026-11-24.csv`: what and when, for Content-Disposition. */
export function reportFileName(date: string, format: ReportFormat): string {
  return `migration-status-${date}.${FILE_EXTENSIONS[format]}`;
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
    ['To triage (framework not recorded)', String(summary.toTriage)],
    [KPI_LABELS.codeDisagrees, String(summary.codeDisagrees)],
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

export interface ModelColumn {
  key: string;
  header: string;
  value: (model: ReportModel) => string;
}

const orDash = (value: string | null) => (value === null || value === '' ? '-' : value);

/** Every field of a model and its verdict, as table columns: Markdown prints them all, PDF a subset. */
export const MODEL_COLUMNS: readonly ModelColumn[] = [
  { key: 'name', header: 'Name', value: (model) => model.name },
  { key: 'team', header: 'Team', value: (model) => model.team },
  { key: 'task', header: 'Task', value: (model) => orDash(model.task) },
  {
    key: 'framework',
    header: 'Framework',
    value: (model) => [model.framework, model.frameworkVersion].filter(Boolean).join(' '),
  },
  { key: 'family', header: 'Family', value: (model) => model.family },
  { key: 'lifecycle', header: 'Lifecycle', value: (model) => model.lifecycle },
  { key: 'deploymentTarget', header: 'Deployment', value: (model) => model.deploymentTarget },
  { key: 'servingStack', header: 'Serving', value: (model) => orDash(model.servingStack) },
  { key: 'serialization', header: 'Serialization', value: (model) => orDash(model.serialization) },
  { key: 'startedOn', header: 'Started', value: (model) => model.startedOn },
  {
    key: 'migration',
    header: 'Migration',
    value: (model) => (model.migrationTarget ? `${model.migration} (to ${model.migrationTarget})` : model.migration),
  },
  { key: 'retireBy', header: 'Retire by', value: (model) => orDash(model.retireBy) },
  { key: 'tags', header: 'Tags', value: (model) => orDash(model.tags.join(', ')) },
  { key: 'repoUrl', header: 'Repository', value: (model) => orDash(model.repoUrl) },
  { key: 'description', header: 'Description', value: (model) => orDash(model.description) },
  { key: 'version', header: 'Version', value: (model) => String(model.version) },
  { key: 'verdict', header: 'Verdict', value: (model) => model.verdict.status },
  { key: 'reason', header: 'Reason', value: (model) => model.verdict.reason },
];

/** The models as a table of the named columns (all of them by default). */
export function modelTable(
  models: readonly ReportModel[],
  keys: readonly string[] = MODEL_COLUMNS.map((column) => column.key),
): { headers: string[]; rows: string[][] } {
  const columns = keys.map((key) => {
    const column = MODEL_COLUMNS.find((candidate) => candidate.key === key);
    if (!column) throw new Error(`No model column ${key}`);
    return column;
  });
  return {
    headers: columns.map((column) => column.header),
    rows: models.map((model) => columns.map((column) => column.value(model))),
  };
}

/** The report's header facts, one line each: Markdown and PDF print exactly these. */
export function reportFacts(
  report: Pick<StatusReport, 'asOf' | 'date' | 'generatedAt' | 'policy'>,
): [string, string][] {
  const { policy } = report;
  return [
    ['As of', `${report.date} (${report.asOf})`],
    [
      'Policy',
      `version ${policy.id}, in force from ${policy.inForceFrom}; projects started on or after ${policy.newProjectsFrom} are new and must use ${policy.preferredFramework}; legacy frameworks: ${policy.legacyFrameworks.join(', ') || 'none'}`,
    ],
    ['Generated', report.generatedAt],
  ];
}
