import Papa from 'papaparse';
import {
  checkCsvHeader,
  csvRecords,
  MAX_IMPORT_ROWS,
  tooManyRowsProblem,
  type ImportProblem,
  type ImportRecord,
} from '@mmt/domain';

/**
 * CSV text → import records, or the problems that stop the file being read at all. Rows are read
 * one at a time and reading stops at the first row past the limit: a file of millions of tiny rows
 * costs what 50,000 rows cost, not millions of arrays.
 */
export function parseCsvImport(text: string): { records: ImportRecord[]; problems: ImportProblem[] } {
  const lines: string[][] = [];
  const quoteProblems: ImportProblem[] = [];
  let tooMany = false;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: 'greedy',
    // A file without quotes is otherwise split into all its lines at once, before the first step.
    chunkSize: 256 * 1024,
    step: (result, parser) => {
      // The header is line 0, so a line's index is our data row number.
      const row = lines.length;
      lines.push(result.data);
      for (const error of result.errors) {
        if (error.type === 'Quotes') {
          quoteProblems.push({
            row,
            column: '(row)',
            message: `${error.message}: a quote opened in this row is never closed.`,
          });
        }
      }
      if (lines.length > MAX_IMPORT_ROWS + 1) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  const [headers, ...rows] = lines;
  if (!headers) return { records: [], problems: [{ row: 0, column: '(file)', message: 'The file is empty.' }] };
  const headerProblems = checkCsvHeader(headers);
  if (headerProblems.length > 0) return { records: [], problems: headerProblems };
  if (quoteProblems.length > 0) return { records: [], problems: quoteProblems };
  if (tooMany) return { records: [], problems: [tooManyRowsProblem()] };
  if (rows.length === 0) {
    return {
      records: [],
      problems: [{ row: 0, column: '(file)', message: 'The file has a header but no rows of models.' }],
    };
  }
  return { records: csvRecords(headers, rows), problems: [] };
}
