import {
  familyLifecycleTable,
  kpiRows,
  markdownCell,
  markdownRow,
  markdownTable,
  markdownTableHead,
  modelTable,
  reportChartPath,
  reportFacts,
  type ReportChange,
} from '@mmt/domain';
import type { RenderedChart } from '../charts/charts.service.js';
import type { ReportSource, Write } from './report-source.js';

/** Each chart as an image linked beside the report (`charts/<name>.svg`), with its notes under it. */
export function chartSection(charts: readonly RenderedChart[]): string[] {
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

/** A table whose rows come a page at a time: its header, then each page's lines; "None." when it has no rows. */
async function writeTable(
  write: Write,
  headers: readonly string[],
  pages: AsyncIterable<readonly (readonly string[])[]>,
): Promise<void> {
  let empty = true;
  for await (const rows of pages) {
    if (rows.length === 0) continue;
    await write(`${empty ? markdownTableHead(headers) : ''}\n${rows.map(markdownRow).join('\n')}`);
    empty = false;
  }
  if (empty) await write('None.');
}

async function* changeRows(pages: AsyncIterable<ReportChange[]>): AsyncGenerator<string[][]> {
  for await (const page of pages) yield page.map((item) => [item.at, item.modelName, item.kind, item.summary]);
}

/**
 * The report as Markdown for a wiki page or a chat, written as it is read: headings, the charts
 * when they travel with it (the zip), the summary table, violations, the changes since the last
 * review and every model, a page at a time.
 */
export async function writeMarkdown(
  source: ReportSource,
  write: Write,
  charts: readonly RenderedChart[] = [],
): Promise<void> {
  const { head } = source;
  const facts = reportFacts(head)
    .map(([label, value]) => `- **${label}:** ${value}`)
    .join('\n');
  await write([`# ${head.title} — ${head.date}`, facts, ...chartSection(charts)].join('\n\n'));
  const { summary, findings } = await source.overview();
  const family = familyLifecycleTable(summary);
  const sections = [
    '## Summary',
    markdownTable(['KPI', 'Value'], kpiRows(summary)),
    '### Models by framework family and lifecycle',
    markdownTable(family.headers, family.rows),
    `## Violations and warnings (${findings.length})`,
    findings.length === 0
      ? 'None.'
      : markdownTable(
          ['Model', 'Team', 'Verdict', 'Reason'],
          findings.map((finding) => [finding.modelName, finding.team, finding.status, finding.reason]),
        ),
  ];
  await write(`\n\n${sections.join('\n\n')}`);
  const { since, total, pages } = await source.changes();
  await write(
    `\n\n## Changes since the last review (${total})\n\n${
      since ? `Since the review recorded at ${since}.` : 'No review has been recorded yet.'
    }\n\n`,
  );
  await writeTable(write, ['When', 'Model', 'Change', 'Summary'], changeRows(pages));
  await write(`\n\n## Models (${summary.totalModels})\n\n`);
  await writeTable(write, modelTable([]).headers, modelRows(source));
  await write('\n');
}

async function* modelRows(source: ReportSource): AsyncGenerator<string[][]> {
  for await (const page of source.models()) yield modelTable(page).rows;
}
