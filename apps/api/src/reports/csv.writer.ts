import Papa from 'papaparse';
import { REPORT_CSV_COLUMNS } from '@mmt/domain';

const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';

/**
 * Pages of rows (cells in `REPORT_CSV_COLUMNS` order) as RFC 4180 CSV text, a chunk per page:
 * header row, CRLF line ends, quotes around any cell with a comma, quote or line break (a bare LF
 * included, which spreadsheets also read as a new row), and a UTF-8 byte-order mark so spreadsheet
 * tools read the accents right. The next page is read only when the last has been written, so
 * memory stays flat; an error mid-file (the database went away) ends the downloads, the headers
 * being sent already.
 */
export async function* csvChunks(pages: AsyncIterable<string[][]>): AsyncGenerator<string> {
  yield BYTE_ORDER_MARK + Papa.unparse([[...REPORT_CSV_COLUMNS]]) + LINE_END;
  for await (const rows of pages) {
    if (rows.length > 0) yield Papa.unparse(rows, { newline: LINE_END }) + LINE_END;
  }
}
