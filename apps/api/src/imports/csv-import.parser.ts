import Papa from 'papaparse';
import { checkCsvHeader, csvRecords, type ImportProblem, type ImportRecord } from '@mmt/domain';

/** CSV text → import records, or the problems that stop the file being read at all. */
export function parseCsvImport(text: string): { records: ImportRecord[]; problems: ImportProblem[] } {
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: 'greedy' });
  const [headers, ...rows] = parsed.data;
  if (!headers) return { records: [], problems: [{ row: 0, column: '(file)', message: 'The file is empty.' }] };
  const headerProblems = checkCsvHeader(headers);
  if (headerProblems.length > 0) return { records: [], problems: headerProblems };
  // Papaparse counts rows from 0 with the header as row 0, which is our data row numbering.
  const quoteProblems = parsed.errors
    .filter((error) => error.type === 'Quotes')
    .map((error) => ({
      row: error.row ?? 0,
      column: '(row)',
      message: `${error.message}: a quote opened in this row is never closed.`,
    }));
  if (quoteProblems.length > 0) return { records: [], problems: quoteProblems };
  if (rows.length === 0) {
    return {
      records: [],
      problems: [{ row: 0, column: '(file)', message: 'The file has a header but no rows of models.' }],
    };
  }
  return { records: csvRecords(headers, rows), problems: [] };
}
