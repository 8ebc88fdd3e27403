import { strToU8, zipSync } from 'fflate';
import { reportChartPath, reportFileName, type StatusReport } from '@mmt/domain';
import type { RenderedChart } from '../charts/charts.service.js';
import { renderMarkdown } from './markdown.writer.js';

/** The Markdown report and the SVG files it links (`charts/<name>.svg`), in one zip. */
export function renderMarkdownZip(report: StatusReport, charts: readonly RenderedChart[]): Buffer {
  const files = {
    [reportFileName(report.date, 'md')]: strToU8(renderMarkdown(report, charts)),
    ...Object.fromEntries(charts.map((chart) => [reportChartPath(chart.name), strToU8(chart.svg)])),
  };
  return Buffer.from(zipSync(files, { mtime: new Date(report.generatedAt) }));
}
