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
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

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
