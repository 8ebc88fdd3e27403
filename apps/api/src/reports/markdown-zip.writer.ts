import { strToU8, Zip, ZipDeflate } from 'fflate';
import { reportChartPath, reportFileName } from '@mmt/domain';
import type { RenderedChart } from '../charts/charts.service.js';
import { writeMarkdown } from './markdown.writer.js';
import type { ReportSource, Write } from './report-source.js';

/**
 * The Markdown report and the SVG files it links (`charts/<name>.svg`), in one zip written as the
 * Markdown is: each piece compressed and handed on before the next page is read.
 */
export async function writeMarkdownZip(
  source: ReportSource,
  write: Write,
  charts: readonly RenderedChart[],
): Promise<void> {
  const pending: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    pending.push(chunk);
  });
  const flush = async () => {
    for (const chunk of pending.splice(0)) await write(Buffer.from(chunk));
  };
  const mtime = new Date(source.head.generatedAt);
  const entry = (name: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = mtime;
    zip.add(file);
    return file;
  };
  const markdown = entry(reportFileName(source.head.date, 'md'));
  await writeMarkdown(
    source,
    async (chunk) => {
      markdown.push(typeof chunk === 'string' ? strToU8(chunk) : chunk);
      await flush();
    },
    charts,
  );
  markdown.push(new Uint8Array(0), true);
  for (const chart of charts) {
    entry(reportChartPath(chart.name)).push(strToU8(chart.svg), true);
  }
  zip.end();
  await flush();
}
