import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { REPORT_CSV_COLUMNS } from '@mmt/domain';

const FORMAT = { columns: [...REPORT_CSV_COLUMNS], record_delimiter: 'windows' } as const;

/**
 * Streams pages of rows (cells in `REPORT_CSV_COLUMNS` order) as RFC 4180 CSV: header row, CRLF line ends, quotes where needed, and
 * a UTF-8 byte-order mark so spreadsheet tools read the accents right. One chunk per page (a chunk
 * per record cost more in stream bookkeeping than the CSV itself). The next page is read only when
 * the client has taken the last, so a slow client never makes the server buffer the whole file.
 */
export function csvStream(pages: AsyncIterable<string[][]>): Readable {
  // An error mid-file (the database went away) ends the download; the headers are already sent.
  return Readable.from(csvChunks(pages), { objectMode: false });
}

async function* csvChunks(pages: AsyncIterable<string[][]>): AsyncGenerator<string> {
  let first = true;
  for await (const rows of pages) {
    yield stringify(rows, { ...FORMAT, header: first, bom: first });
    first = false;
  }
  // An empty portfolio is still a file with its header row.
  if (first) yield stringify([], { ...FORMAT, header: true, bom: true });
}
