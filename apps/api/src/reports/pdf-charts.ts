import type PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { RenderedChart } from '../charts/charts.service.js';
import { CHART_SIZE } from '../charts/chart-options.js';
import { pdfText } from './pdf-table.js';

type Doc = InstanceType<typeof PDFDocument>;

const GAP = 10;
const NOTE_SIZE = 8.5;

/**
 * The report charts in a two-by-two grid filling the rest of the page, drawn as vector paths and
 * text (not pictures), each as large as the page allows at its own proportions; the notes of a
 * chart (how the burn-down ends) go under the grid in the standard fonts.
 */
export function drawChartGrid(doc: Doc, charts: readonly RenderedChart[]): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const notes = charts.flatMap((chart) => chart.notes.map(pdfText));
  doc.font('Helvetica').fontSize(NOTE_SIZE);
  const notesHeight = notes.reduce((sum, note) => sum + doc.heightOfString(note, { width }), 0);
  const top = doc.y + GAP;
  const available = doc.page.height - doc.page.margins.bottom - top - notesHeight - 2 * GAP;
  const cellWidth = Math.min((width - GAP) / 2, ((available - GAP) / 2) * (CHART_SIZE.width / CHART_SIZE.height));
  const cellHeight = cellWidth * (CHART_SIZE.height / CHART_SIZE.width);
  charts.forEach((chart, index) => {
    const x = left + (index % 2) * (cellWidth + GAP);
    const y = top + Math.floor(index / 2) * (cellHeight + GAP);
    // svg-to-pdfkit's types name the constructor where it takes the document.
    SVGtoPDF(doc as unknown as typeof PDFDocument, chart.svg, x, y, {
      width: cellWidth,
      height: cellHeight,
      preserveAspectRatio: 'xMinYMin meet',
    });
  });
  doc.x = left;
  doc.y = top + Math.ceil(charts.length / 2) * (cellHeight + GAP);
  doc.font('Helvetica').fontSize(NOTE_SIZE).fillColor('#000000');
  for (const note of notes) doc.text(note, left, doc.y, { width });
}
