import type pg from 'pg';
import { ColumnTypeEnum, type SqlResultSet } from '@prisma/driver-adapter-utils';

// PostgreSQL's internal one-byte `"char"` type (pg_catalog columns such as relkind). adapter-pg
// cannot map it, while the schema engine expects it as a Character column.
const CHAR_OID = 18;
const TEXT_OID = 25;

/** Result rows → indexes of the columns that were `"char"` before being relabelled as text. */
const charColumnsByRows = new WeakMap<object, number[]>();

function relabelCharFields(result: unknown): void {
  if (Array.isArray(result)) {
    for (const item of result) relabelCharFields(item);
    return;
  }
  if (typeof result !== 'object' || result === null) return;
  const { fields, rows } = result as { fields?: unknown; rows?: unknown };
  if (!Array.isArray(fields) || typeof rows !== 'object' || rows === null) return;
  const indexes: number[] = [];
  fields.forEach((field: unknown, index) => {
    if (typeof field === 'object' && field !== null && 'dataTypeID' in field && field.dataTypeID === CHAR_OID) {
      (field as pg.FieldDef).dataTypeID = TEXT_OID;
      indexes.push(index);
    }
  });
  if (indexes.length > 0) charColumnsByRows.set(rows, indexes);
}

/**
 * Wraps `client.query` (callback and promise forms) so `"char"` columns reach adapter-pg as text,
 * remembering which ones they were for {@link restoreCharColumns}.
 */
export function relabelCharColumnsOn(client: pg.ClientBase): void {
  const original: (...args: unknown[]) => unknown = client.query.bind(client);
  const query = (...args: unknown[]): unknown => {
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      args[args.length - 1] = (error: unknown, result: unknown): unknown => {
        if (!error) relabelCharFields(result);
        return Reflect.apply(callback, undefined, [error, result]);
      };
      return original(...args);
    }
    const returned = original(...args);
    if (returned instanceof Promise) {
      return returned.then((result: unknown) => {
        relabelCharFields(result);
        return result;
      });
    }
    return returned;
  };
  Object.defineProperty(client, 'query', { value: query, configurable: true, writable: true });
}

export function restoreCharColumns(resultSet: SqlResultSet): SqlResultSet {
  const indexes = charColumnsByRows.get(resultSet.rows);
  if (!indexes) return resultSet;
  const columnTypes = [...resultSet.columnTypes];
  for (const index of indexes) columnTypes[index] = ColumnTypeEnum.Character;
  return { ...resultSet, columnTypes };
}
