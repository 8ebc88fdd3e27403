import PDFDocument from 'pdfkit';
import { familyLifecycleTable, kpiRows, modelTable, reportFacts } from '@mmt/domain';
import type { RenderedChart } from '../charts/charts.service.js';
import { drawChartGrid } from './pdf-charts.js';
import { drawTable, pdfText, startTable } from './pdf-table.js';
import type { ReportSource, Write } from './report-source.js';

const MARGIN = 36;
const PDF_MODEL_COLUMNS = [
  'name',
  'team',
  'task',
  'framework',
  'lifecycle',
  'deploymentTarget',
  'servingStack',
  'startedOn',
  'migration',
  'retireBy',
  'verdict',
];
const PDF_MODEL_WIDTHS = [125, 80, 75, 75, 58, 55, 60, 55, 70, 55, 62];

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
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: `${head.title} ${head.date}`, Author: 'Model Migration Tracker' },
  });
  const pending: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => pending.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const flush = async () => {
    for (const chunk of pending.splice(0)) await write(chunk);
  };
  let page = 1;
  doc.on('pageAdded', () => {
    page += 1;
    doc.font('Helvetica').fontSize(7).fillColor('#555555');
    doc.text(pdfText(`${head.title} — ${head.date} — page ${page}`), MARGIN, MARGIN / 2, { lineBreak: false });
    doc.fillColor('#000000');
    doc.x = MARGIN;
    doc.y = MARGIN;
  });
  const textWidth = doc.page.width - 2 * MARGIN;
  const heading = (text: string) => {
    if (doc.y + 60 > doc.page.height - MARGIN) doc.addPage();
    doc
      .moveDown(0.8)
      .font('Helvetica-Bold')
      .fontSize(13)
      .text(pdfText(text), MARGIN, doc.y, { width: textWidth })
      .moveDown(0.3);
  };
  const lines = (rows: [string, string][]) => {
    for (const [label, value] of rows) {
      doc
        .font('Helvetica-Bold')
        .fontSize(10)
        .text(`${pdfText(label)}: `, MARGIN, doc.y, { continued: true, width: textWidth });
      doc.font('Helvetica').text(pdfText(value));
    }
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
