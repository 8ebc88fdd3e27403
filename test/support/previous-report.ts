import type { Readable } from 'node:stream';
import {
  familyLifecycleTable,
  kpiRows,
  markdownTable,
  modelTable,
  REPORT_SCHEMA_VERSION,
  REPORT_TITLE,
  reportFacts,
  reportFindings,
  summarizeReport,
  toIsoDate,
  toReportModel,
  type StatusReport,
} from '@mmt/domain';
import type { RenderedChart } from '../../apps/api/src/charts/charts.service.js';
import { ComplianceService } from '../../apps/api/src/compliance/compliance.service.js';
import { CodeDriftRepository } from '../../apps/api/src/drift/code-drift.repository.js';
import { chartSection } from '../../apps/api/src/reports/markdown.writer.js';
import { drawChartGrid } from '../../apps/api/src/reports/pdf-charts.js';
import { PDF_MODEL_COLUMNS, PDF_MODEL_WIDTHS, reportDocument } from '../../apps/api/src/reports/pdf-document.js';
import { drawTable, pdfText } from '../../apps/api/src/reports/pdf-table.js';
import type { TestApi } from './api.js';
import { changesJudgedByTheRule } from './review-oracle.js';

// The status report as it was written before the formats were streamed: the whole report built in
// memory (every model judged at once, the changes by the domain's whole-portfolio rule), then
// rendered at once. The oracle the streamed reports are held to.

/** The whole report at `asOf` (default now), as the reports service built it. */
export async function previousStatusReport(api: TestApi, asOf?: Date): Promise<StatusReport> {
  const [compliance, changes] = await Promise.all([
    api.app.get(ComplianceService).report(asOf),
    changesJudgedByTheRule(api),
  ]);
  const models = compliance.models
    .map((model) => toReportModel(model, compliance.policy))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    title: REPORT_TITLE,
    asOf: compliance.asOf,
    date: toIsoDate(new Date(compliance.asOf)),
    generatedAt: new Date().toISOString(),
    policy: compliance.policy,
    summary: summarizeReport(models, {
      codeDisagrees: await api.app.get(CodeDriftRepository).disagreementCount(asOf ?? null),
    }),
    findings: reportFindings(models),
    models,
    changesSinceLastReview: {
      since: changes.since,
      items: changes.items.map(({ kind, modelId, modelName, at, summary }) => ({
        kind,
        modelId,
        modelName,
        at,
        summary,
      })),
    },
  };
}
/**
 * The report as Markdown for a wiki page or a chat: headings, the charts when they travel with it
 * (the zip), the summary table, violations, every model.
 */
export function previousMarkdown(report: StatusReport, charts: readonly RenderedChart[] = []): string {
  const family = familyLifecycleTable(report.summary);
  const models = modelTable(report.models);
  const { since, items } = report.changesSinceLastReview;
  const sections = [
    `# ${report.title} — ${report.date}`,
    reportFacts(report)
      .map(([label, value]) => `- **${label}:** ${value}`)
      .join('\n'),
    ...chartSection(charts),
    '## Summary',
    markdownTable(['KPI', 'Value'], kpiRows(report.summary)),
    '### Models by framework family and lifecycle',
    markdownTable(family.headers, family.rows),
    `## Violations and warnings (${report.findings.length})`,
    report.findings.length === 0
      ? 'None.'
      : markdownTable(
          ['Model', 'Team', 'Verdict', 'Reason'],
          report.findings.map((finding) => [finding.modelName, finding.team, finding.status, finding.reason]),
        ),
    `## Changes since the last review (${items.length})`,
    since ? `Since the review recorded at ${since}.` : 'No review has been recorded yet.',
    items.length === 0
      ? 'None.'
      : markdownTable(
          ['When', 'Model', 'Change', 'Summary'],
          items.map((item) => [item.at, item.modelName, item.kind, item.summary]),
        ),
    `## Models (${report.models.length})`,
    report.models.length === 0 ? 'None.' : markdownTable(models.headers, models.rows),
  ];
  return `${sections.join('\n\n')}\n`;
}

/**
 * The report as a PDF a manager can open: title and date and the charts a manager reads first on
 * the first page, then the KPI summary, violations, changes since the last review, and every
 * model, tables across pages with their headers repeated. Pages are written out as they are finished.
 */
export function previousPdf(report: StatusReport, charts: readonly RenderedChart[]): Readable {
  const { doc, textWidth, heading, lines } = reportDocument(report);

  doc
    .font('Helvetica-Bold')
    .fontSize(20)
    .text(pdfText(`${report.title} — ${report.date}`), { width: textWidth });
  doc.moveDown(0.4);
  lines(reportFacts(report));
  if (charts.length > 0) {
    drawChartGrid(doc, charts);
    doc.addPage();
  }

  heading('Summary');
  lines(kpiRows(report.summary));
  doc.moveDown(0.6);
  const family = familyLifecycleTable(report.summary);
  const familyWidth = Math.min(90, (textWidth - 120) / (family.headers.length - 1));
  drawTable(doc, { ...family, widths: [120, ...family.headers.slice(1).map(() => familyWidth)], fontSize: 9 });

  heading(`Violations and warnings (${report.findings.length})`);
  if (report.findings.length === 0) doc.font('Helvetica').fontSize(10).text('None.');
  else {
    drawTable(doc, {
      headers: ['Model', 'Team', 'Verdict', 'Reason'],
      widths: [150, 100, 60, textWidth - 310],
      rows: report.findings.map((finding) => [finding.modelName, finding.team, finding.status, finding.reason]),
    });
  }

  const { since, items } = report.changesSinceLastReview;
  heading(`Changes since the last review (${items.length})`);
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(since ? `Since the review recorded at ${since}.` : 'No review has been recorded yet.');
  if (items.length > 0) {
    doc.moveDown(0.3);
    drawTable(doc, {
      headers: ['When', 'Model', 'Change', 'Summary'],
      widths: [120, 150, 100, textWidth - 370],
      rows: items.map((item) => [item.at, item.modelName, item.kind, item.summary]),
    });
  }

  heading(`Models (${report.models.length})`);
  if (report.models.length === 0) doc.font('Helvetica').fontSize(10).text('None.');
  else drawTable(doc, { ...modelTable(report.models, PDF_MODEL_COLUMNS), widths: PDF_MODEL_WIDTHS, fontSize: 7.5 });

  doc.end();
  return doc;
}
