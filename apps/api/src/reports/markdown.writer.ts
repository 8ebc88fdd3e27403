import {
  familyLifecycleTable,
  kpiRows,
  markdownCell,
  markdownTable,
  modelTable,
  reportChartPath,
  reportFacts,
  type StatusReport,
} from '@mmt/domain';
import type { RenderedChart } from '../charts/charts.service.js';

/** Each chart as an image linked beside the report (`charts/<name>.svg`), with its notes under it. */
function chartSection(charts: readonly RenderedChart[]): string[] {
  if (charts.length === 0) return [];
  return [
    '## Charts',
    ...charts.map((chart) =>
      [`![${markdownCell(chart.title)}](${reportChartPath(chart.name)})`, ...chart.notes.map(markdownCell)].join(
        '\n\n',
      ),
    ),
  ];
}

/**
 * The report as Markdown for a wiki page or a chat: headings, the charts when they travel with it
 * (the zip), the summary table, violations, every model.
 */
export function renderMarkdown(report: StatusReport, charts: readonly RenderedChart[] = []): string {
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
