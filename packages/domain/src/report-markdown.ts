/**
 * Text safe inside a GitHub-flavoured Markdown table cell: pipes and backslashes escaped, line
 * breaks as `<br>`, and characters that would start HTML or links in a wiki neutralised.
 */
export function markdownCell(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([*_`[\]])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, '<br>')
    .trim();
  return escaped === '' ? ' ' : escaped;
}

/** Undoes `markdownCell` (for tests and tools reading a report back). */
export function readMarkdownCell(cell: string): string {
  return cell
    .trim()
    .replace(/<br>/g, '\n')
    .replace(/\\([*_`[\]|\\])/g, '$1')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<');
}

/** A GFM table; every cell escaped. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [markdownTableHead(headers), ...rows.map(markdownRow)].join('\n');
}

/** A table's header line and separator: a table written a page of rows at a time starts with these. */
export const markdownTableHead = (headers: readonly string[]): string =>
  `${markdownRow(headers)}\n|${headers.map(() => ' --- ').join('|')}|`;

/** One table line, its cells escaped. */
export const markdownRow = (cells: readonly string[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;

/** Splits one table line into its cells, honouring escaped pipes. */
export function splitMarkdownRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells: string[] = [];
  let current = '';
  for (let index = 0; index < inner.length; index += 1) {
    const char = inner[index]!;
    if (char === '\\' && index + 1 < inner.length) {
      current += char + inner[index + 1];
      index += 1;
    } else if (char === '|') {
      cells.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  cells.push(current);
  return cells.map(readMarkdownCell);
}
