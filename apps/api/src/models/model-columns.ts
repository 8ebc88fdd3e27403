import { frameworkFamily, MODEL_FIELD_NAMES, toIsoDate, type ModelState } from '@mmt/domain';
import { Prisma, type Model as ModelRow } from '../generated/prisma/client.js';

type ColumnType = 'text' | 'date' | 'text[]';

/** How each field of the domain's model is stored: a new field does not compile until it is named here. */
const COLUMN_TYPES: Record<keyof ModelState, ColumnType> = {
  name: 'text',
  team: 'text',
  task: 'text',
  framework: 'text',
  frameworkVersion: 'text',
  lifecycle: 'text',
  deploymentTarget: 'text',
  servingStack: 'text',
  serialization: 'text',
  startedOn: 'date',
  migration: 'text',
  migrationTarget: 'text',
  retireBy: 'date',
  repoUrl: 'text',
  description: 'text',
  tags: 'text[]',
};

/** The Prisma schema maps each field to its snake_case column (`frameworkVersion` → `framework_version`). */
const columnOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * The model table's columns that hold a model's state, in the domain's field order, then `family`
 * (derived from the framework and its version by the domain rule). The only list of them: every
 * statement that writes or reads a whole model builds its SQL from it.
 */
export const MODEL_COLUMNS: readonly { field: keyof ModelState | 'family'; column: string; type: ColumnType }[] = [
  ...MODEL_FIELD_NAMES.map((field) => ({ field, column: columnOf(field), type: COLUMN_TYPES[field] })),
  { field: 'family', column: 'family', type: 'text' },
];

type ColumnValue = string | string[] | null;

/** A state's column values by column name (dates as `YYYY-MM-DD`), the family included. */
export function modelColumnValues(state: ModelState): Record<string, ColumnValue> {
  const withFamily = { ...state, family: frameworkFamily(state.framework, state.frameworkVersion) };
  return Object.fromEntries(MODEL_COLUMNS.map(({ field, column }) => [column, withFamily[field]]));
}

/** A stored row's state: each field's column, dates back to `YYYY-MM-DD`. */
export function stateFromRow(row: ModelRow): ModelState {
  return Object.fromEntries(
    MODEL_FIELD_NAMES.map((field) => {
      const value = row[field];
      return [field, value instanceof Date ? toIsoDate(value) : value];
    }),
  ) as unknown as ModelState;
}

// SQL fragments. Only the known identifiers above are spelled into SQL; values are always parameters.
const identifier = (name: string) => Prisma.raw(name);
const qualified = (table: Prisma.Sql | null, column: string) =>
  table ? Prisma.sql`${table}.${identifier(column)}` : identifier(column);

/** `name, team, …, family`, each prefixed by `table` when given. */
export const modelColumnList = (table: Prisma.Sql | null = null): Prisma.Sql =>
  Prisma.join(MODEL_COLUMNS.map(({ column }) => qualified(table, column)));

/** `name, …, framework_version AS "frameworkVersion", …`: a row in the shape Prisma reads (for `stateFromRow`). */
export const MODEL_COLUMNS_AS_FIELDS = Prisma.join(
  MODEL_COLUMNS.map(({ field, column }) => identifier(field === column ? column : `${column} AS "${field}"`)),
);

/** The record type of `jsonb_to_recordset` for records of `modelColumnValues`. */
export const MODEL_RECORD_TYPES = Prisma.join(MODEL_COLUMNS.map(({ column, type }) => identifier(`${column} ${type}`)));

/** A state's values as typed parameters, in `modelColumnList` order (for `VALUES (…)`). */
export function modelColumnParams(state: ModelState): Prisma.Sql {
  const values = modelColumnValues(state);
  return Prisma.join(MODEL_COLUMNS.map(({ column, type }) => Prisma.sql`${values[column]}::${identifier(type)}`));
}

/** `name = $1::text, …` for an `UPDATE` to `state`. */
export function modelAssignments(state: ModelState): Prisma.Sql {
  const values = modelColumnValues(state);
  return Prisma.join(
    MODEL_COLUMNS.map(({ column, type }) => Prisma.sql`${identifier(column)} = ${values[column]}::${identifier(type)}`),
  );
}

/** `name = source.name, …` for an `UPDATE … FROM` a record set. */
export const modelAssignmentsFrom = (source: Prisma.Sql): Prisma.Sql =>
  Prisma.join(MODEL_COLUMNS.map(({ column }) => Prisma.sql`${identifier(column)} = ${qualified(source, column)}`));

/** The state as JSON, in the shape events record it, built from the columns of `table`'s row. */
export const modelStateJson = (table: Prisma.Sql): Prisma.Sql =>
  Prisma.sql`jsonb_build_object(${Prisma.join(
    MODEL_COLUMNS.filter(({ field }) => field !== 'family').map(
      ({ field, column }) => Prisma.sql`${identifier(`'${field}'`)}, ${qualified(table, column)}`,
    ),
  )})`;
