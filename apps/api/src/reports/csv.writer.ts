import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { REPORT_CSV_COLUMNS, type ReportCsvColumn } from '@mmt/domain';

/**
 * Streams records as RFC 4180 CSV: header row, CRLF line ends, quotes where needed, and a UTF-8
 * byte-order mark so spreadsheet tools read the accents right. Backpressure reaches the source,
 * so a slow client never makes the server buffer the whole file.
 */
export function csvStream(records: AsyncIterable<Record<ReportCsvColumn, string>>): Readable {
  const stringifier = stringify({
    header: true,
    columns: [...REPORT_CSV_COLUMNS],
    bom: true,
    record_delimiter: 'windows',
  });
  // An error mid-file (the database went away) ends the download; the headers are already sent.
  pipeline(Readable.from(records), stringifier, () => undefined);
  return stringifier;
}
