import { parse, type TomlTable } from 'smol-toml';

export const isTable = (value: unknown): value is TomlTable =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** The table at a path of keys, or null. */
export const tableAt = (root: TomlTable, path: readonly string[]): TomlTable | null =>
  path.reduce<TomlTable | null>((table, key) => (table && isTable(table[key]) ? table[key] : null), root);

/** A TOML file's tables, or null when it is not valid TOML. */
export function parseToml(text: string): TomlTable | null {
  try {
    return parse(text);
  } catch {
    return null;
  }
}

/**
 * Where things are in a TOML file, for evidence lines: the TOML parser gives values, not
 * positions. Tables are found by their `[header]` lines, keys by `key =` lines inside them.
 */
export class TomlLines {
  private readonly lines: string[];
  /** The table each line belongs to ("" for the root table). */
  private readonly tables: string[];

  constructor(text: string) {
    this.lines = text.split(/\r?\n/);
    let table = '';
    this.tables = this.lines.map((line) => {
      const header = /^\s*\[\[?([^\]]+)\]\]?\s*(#.*)?$/.exec(line);
      if (header) table = TomlLines.tableName(header[1] as string);
      return table;
    });
  }

  private static tableName(header: string): string {
    return header
      .split('.')
      .map((part) => part.trim().replace(/^["']|["']$/g, ''))
      .join('.');
  }

  /** The line of a `[table]` header. */
  header(table: string): number | null {
    const index = this.tables.findIndex((name, line) => name === table && /^\s*\[/.test(this.lines[line] ?? ''));
    return index < 0 ? null : index + 1;
  }

  /** The line of `key = …` in `table`, or of the `[table.key]` sub-table. */
  key(table: string, key: string): number | null {
    const pattern = new RegExp(`^\\s*(["']?)${key.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\1\\s*=`);
    const index = this.tables.findIndex((name, line) => name === table && pattern.test(this.lines[line] ?? ''));
    return index < 0 ? this.header(`${table}.${key}`) : index + 1;
  }

  /** The first line at or after `from` that holds `value` as a quoted string. */
  value(from: number, value: string): number | null {
    const quoted = [`"${value}"`, `'${value}'`];
    const index = this.lines.findIndex((line, at) => at + 1 >= from && quoted.some((text) => line.includes(text)));
    return index < 0 ? null : index + 1;
  }
}
