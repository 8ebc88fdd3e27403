import PDFDocument from 'pdfkit';
import type { ReportHead } from './report-source.js';
import { pdfText } from './pdf-table.js';

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 36;

/** The model listing's columns in the PDF: a compact table across a landscape page. */
export const PDF_MODEL_COLUMNS = [
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
export const PDF_MODEL_WIDTHS = [125, 80, 75, 75, 58, 55, 60, 55, 70, 55, 62];

export interface ReportDocument {
  doc: Doc;
  textWidth: number;
  /** A section heading, on a new page when too little of this one is left. */
  heading(text: string): void;
  /** "Label: value" lines. */
  lines(rows: [string, string][]): void;
}

/** The report's PDF document: A4 landscape, every page after the first headed with the title, date and its number. */
export function reportDocument(head: Pick<ReportHead, 'title' | 'date'>): ReportDocument {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: `${head.title} ${head.date}`, Author: 'Model Migration Tracker' },
  });
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
  return {
    doc,
    textWidth,
    heading: (text) => {
      if (doc.y + 60 > doc.page.height - MARGIN) doc.addPage();
      doc
        .moveDown(0.8)
        .font('Helvetica-Bold')
        .fontSize(13)
        .text(pdfText(text), MARGIN, doc.y, { width: textWidth })
        .moveDown(0.3);
    },
    lines: (rows) => {
      for (const [label, value] of rows) {
        doc
          .font('Helvetica-Bold')
          .fontSize(10)
          .text(`${pdfText(label)}: `, MARGIN, doc.y, { continued: true, width: textWidth });
        doc.font('Helvetica').text(pdfText(value));
      }
    },
  };
}
