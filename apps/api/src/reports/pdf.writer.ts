import { familyLifecycleTable, kpiRows, modelTable, reportFacts } from '@mmt/domain';
import type { RenderedChart } from '../charts/charts.service.js';
import { drawChartGrid } from './pdf-charts.js';
import { PDF_MODEL_COLUMNS, PDF_MODEL_WIDTHS, reportDocument } from './pdf-document.js';
import { drawTable, pdfText, startTable } from './pdf-table.js';
import type { ReportSource, Write } from './report-source.js';

/**
 * The report as a PDF a manager can open, written as it is read: title, date and the charts a
 * manager reads first on the first page, then the KPI summary, violations, the changes since the
 * last review and every model (a compact table, headers repeated, each page numbered). Each page
 * of the listing is drawn and handed on before the next is read, so a 100,000-model listing
 * costs no more memory than a small one.
 */
export async function writePdf(
  source: ReportSource,
  write: Write,
  chartsDrawn: Promise<readonly RenderedChart[]>,
): Promise<void> {
  const { head } = source;
  const { doc, textWidth, heading, lines } = reportDocument(head);
  const pending: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => pending.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const flush = async () => {
    for (const chunk of pending.splice(0)) await write(chunk);
  };

  // The file's header leaves while the charts are drawn (a failure is thrown where they are awaited):
  // the document hands over what it wrote from the next turn of the event loop.
  chartsDrawn.catch(() => undefined);
  await new Promise((resolve) => setImmediate(resolve));
  await flush();
  const charts = await chartsDrawn;
  doc
    .font('Helvetica-Bold')
    .fontSize(20)
    .text(pdfText(`${head.title} — ${head.date}`), { width: textWidth });
  doc.moveDown(0.4);
  lines(reportFacts(head));
  if (charts.length > 0) {
    drawChartGrid(doc, charts);
    doc.addPage();
  }
  await flush();

  const { summary, findings } = await source.overview();
  heading('Summary');
  lines(kpiRows(summary));
  doc.moveDown(0.6);
  const family = familyLifecycleTable(summary);
  const familyWidth = Math.min(90, (textWidth - 120) / (family.headers.length - 1));
  drawTable(doc, { ...family, widths: [120, ...family.headers.slice(1).map(() => familyWidth)], fontSize: 9 });

  heading(`Violations and warnings (${findings.length})`);
  if (findings.length === 0) doc.font('Helvetica').fontSize(10).text('None.');
  else {
    drawTable(doc, {
      headers: ['Model', 'Team', 'Verdict', 'Reason'],
      widths: [150, 100, 60, textWidth - 310],
      rows: findings.map((finding) => [finding.modelName, finding.team, finding.status, finding.reason]),
    });
  }
  await flush();

  const changes = await source.changes();
  heading(`Changes since the last review (${changes.total})`);
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(changes.since ? `Since the review recorded at ${changes.since}.` : 'No review has been recorded yet.');
  if (changes.total > 0) {
    doc.moveDown(0.3);
    const rows = startTable(doc, {
      headers: ['When', 'Model', 'Change', 'Summary'],
      widths: [120, 150, 100, textWidth - 370],
    });
    for await (const items of changes.pages) {
      rows(items.map((item) => [item.at, item.modelName, item.kind, item.summary]));
      await flush();
    }
  }

  heading(`Models (${summary.totalModels})`);
  if (summary.totalModels === 0) doc.font('Helvetica').fontSize(10).text('None.');
  else {
    const rows = startTable(doc, {
      headers: modelTable([], PDF_MODEL_COLUMNS).headers,
      widths: PDF_MODEL_WIDTHS,
      fontSize: 7.5,
    });
    for await (const models of source.models()) {
      rows(modelTable(models, PDF_MODEL_COLUMNS).rows);
      await flush();
    }
  }

  doc.end();
  await ended;
  await flush();
}
