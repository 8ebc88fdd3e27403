import { describe, expect, it } from 'vitest';
import { markdownCell, markdownTable, readMarkdownCell, splitMarkdownRow } from './report-markdown.js';

describe('markdownCell', () => {
  it.each<[string, string]>([
    ['plain', 'plain'],
    ['a | b', 'a \\| b'],
    ['back\\slash', 'back\\\\slash'],
    ['line one\nline two', 'line one<br>line two'],
    ['<script>', '&lt;script&gt;'],
    ['*bold* _it_ `code` [link]', '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\]'],
    ['', ' '],
  ])('%j → %j', (text, cell) => {
    expect(markdownCell(text)).toBe(cell);
  });

  it.each(['a | b', 'x\\|y', 'line\nbreak', '<b>', '*_`[]', 'plain'])('reads %j back', (text) => {
    expect(readMarkdownCell(markdownCell(text))).toBe(text);
  });
});

describe('markdownTable', () => {
  it('writes a GFM table whose rows split back into the same cells', () => {
    const table = markdownTable(
      ['Name', 'Reason'],
      [
        ['A | B', 'uses *TF*'],
        ['C', ''],
      ],
    );
    const lines = table.split('\n');
    expect(lines[0]).toBe('| Name | Reason |');
    expect(lines[1]).toBe('| --- | --- |');
    expect(lines).toHaveLength(4);
    expect(splitMarkdownRow(lines[2]!)).toEqual(['A | B', 'uses *TF*']);
    expect(splitMarkdownRow(lines[3]!)).toEqual(['C', '']);
  });
});
