import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { REPORT_CSV_COLUMNS } from '@mmt/domain';
import { csvChunks } from './csv.writer.js';

const record = (name: string): string[] => REPORT_CSV_COLUMNS.map((column) => (column === 'name' ? name : ''));

// Decoded by hand: TextDecoder (stream/consumers' `text`) would drop the byte-order mark.
const text = async (chunks: AsyncIterable<string>) => (await buffer(Readable.from(chunks))).toString('utf8');

async function* pagesOf(...pages: string[][][]) {
  yield* pages;
}

describe('csvChunks', () => {
  it('writes one header, a byte-order mark and every page, quoting where needed', async () => {
    const csv = await text(csvChunks(pagesOf([record('a, "quoted"'), record('b\nline')], [], [record('c')])));
    expect(csv.startsWith(`\uFEFF${REPORT_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.match(/\uFEFF/g)).toHaveLength(1);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row['name'])).toEqual(['a, "quoted"', 'b\nline', 'c']);
    // A bare line feed is quoted too: spreadsheets start a new row at one.
    expect(csv).toContain('"b\nline"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes the header row for an empty portfolio', async () => {
    expect(await text(csvChunks(pagesOf()))).toBe(`\uFEFF${REPORT_CSV_COLUMNS.join(',')}\r\n`);
  });

  it('ends the stream with the error when reading a page fails', async () => {
    async function* failing() {
      yield [record('a')];
      throw new Error('database went away');
    }
    await expect(text(csvChunks(failing()))).rejects.toThrow('database went away');
  });
});
