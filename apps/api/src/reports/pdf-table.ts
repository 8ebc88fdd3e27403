import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

export interface PdfTable {
  headers: readonly string[];
  /** Column widths in points; they should add up to the page's text width. */
  widths: readonly number[];
  rows: readonly (readonly string[])[];
  fontSize?: number;
}

const PADDING = 3;
const MAX_CELL_CHARS = 400;
// WinAnsi, the encoding of the standard PDF fonts, has these beyond Latin-1.
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text the standard fonts can draw: arrows spelled out, anything outside WinAnsi shown as "?". */
export function pdfText(text: string): string {
  return [...text.replace(/→/g, '->').replace(/[\t\r]/g, ' ')]
    .map((char) =>
      char === '\n' || (char >= ' ' && char.charCodeAt(0) <= 0xff) || WIN_ANSI_EXTRAS.has(char) ? char : '?',
    )
    .join('');
}

const cell = (text: string) => pdfText(text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text);

/** Draws a table from the current position; a row that does not fit starts a new page, headers repeated. */
export function drawTable(doc: Doc, table: PdfTable): void {
  startTable(doc, table)(table.rows);
}

/**
 * Starts a table at the current position (its header now) and returns what draws its rows, as many
 * calls as there are pages of them: a listing written as it is read.
 */
export function startTable(doc: Doc, table: Omit<PdfTable, 'rows'>): (rows: Iterable<readonly string[]>) => void {
  const fontSize = table.fontSize ?? 8;
  const left = doc.page.margins.left;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const heightOf = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(fontSize);
    return (
      Math.max(
        ...cells.map((text, index) => doc.heightOfString(cell(text), { width: table.widths[index]! - 2 * PADDING })),
      ) +
      2 * PADDING
    );
  };
  const drawRow = (cells: readonly string[], font: string, height: number, shaded: boolean) => {
    const top = doc.y;
    const width = table.widths.reduce((sum, columnWidth) => sum + columnWidth, 0);
    if (shaded) doc.rect(left, top, width, height).fill('#e8ecf1').fillColor('#000000');
    doc.font(font).fontSize(fontSize);
    let x = left;
    cells.forEach((text, index) => {
      const columnWidth = table.widths[index]!;
      doc.text(cell(text), x + PADDING, top + PADDING, { width: columnWidth - 2 * PADDING });
      x += columnWidth;
    });
    doc
      .moveTo(left, top + height)
      .lineTo(left + width, top + height)
      .lineWidth(0.3)
      .strokeColor('#b0b8c4')
      .stroke();
    doc.x = left;
    doc.y = top + height;
  };
  const header = () => drawRow(table.headers, 'Helvetica-Bold', heightOf(table.headers, 'Helvetica-Bold'), true);
  const headerHeight = heightOf(table.headers, 'Helvetica-Bold');
  if (doc.y + headerHeight * 2 > bottom()) doc.addPage();
  header();
  return (rows) => {
    for (const row of rows) {
      const height = heightOf(row, 'Helvetica');
      if (doc.y + height > bottom()) {
        doc.addPage();
        header();
      }
      drawRow(row, 'Helvetica', height, false);
    }
  };
}
