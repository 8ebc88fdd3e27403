import { z } from 'zod';
import { BACKUP_FORMAT } from './backup.js';
import { countSchema, countsOf } from './contract/fields.js';
import { named } from './contract/registry.js';
import { createModelSchema, diffStates, fieldChangeSchema, MAX_SOURCE_REF_LENGTH, modelFieldsSchema } from './model.js';
import type { FieldChange, ModelState } from './model.js';
import { IMPORT_COLUMNS, REPORT_ONLY_COLUMNS, restoreCell } from './report-csv.js';
import type { ImportColumn } from './report-csv.js';
import { DEPLOYMENT_TARGETS, FRAMEWORKS, KNOWN_FRAMEWORKS, LIFECYCLES, MIGRATION_STATUSES } from './vocabularies.js';

/** One thing wrong with an import. `row` counts data rows from 1 (CSV row 1 is the line after the header); 0 is the file itself. */
export const importProblemSchema = named(
  'ImportProblem',
  z.strictObject({ row: z.number().int().nonnegative(), column: z.string(), message: z.string() }),
);
export type ImportProblem = z.output<typeof importProblemSchema>;

/** The tools whose files an import maps to rows (`POST /api/imports?source=…`), besides CSV and JSON. */
export const IMPORT_SOURCES = ['mlflow', 'huggingface', 'backstage'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];
export const IMPORT_FORMATS = ['csv', 'json', ...IMPORT_SOURCES] as const;

/** How people name what an import read. */
export const IMPORT_FORMAT_LABELS: Record<(typeof IMPORT_FORMATS)[number], string> = {
  csv: 'CSV',
  json: 'JSON',
  mlflow: 'MLflow',
  huggingface: 'Hugging Face',
  backstage: 'Backstage',
};

type ImportFields = Partial<Record<ImportColumn, unknown>>;

/** One data row read from a file: the import columns it gave, and what was wrong with its shape. */
export interface ImportRecord {
  row: number;
  fields: ImportFields;
  problems: ImportProblem[];
  /** Stand-ins for what a source does not state: used when the row creates a model, never to change one. */
  createOnly?: ImportFields;
  /** The source's identity of the model (`backstage:resource:default/ner`): matched before the name. */
  sourceRef?: string | null;
  /** The uploaded file the row came from, when an upload has several. */
  file?: string;
  /** What the source mapping read, guessed or left out. */
  notes?: string[];
}

export const MAX_IMPORT_ROWS = 50_000;
/** Files in one source upload: an MLflow export of a few hundred models is a model.json and an MLmodel each. */
export const MAX_IMPORT_FILES = 2_000;

/** The problem of a file with more rows than an import takes; readers stop at the row past the limit. */
export const tooManyRowsProblem = (): ImportProblem =>
  fileProblem(
    `The file has more than ${MAX_IMPORT_ROWS} rows; an import takes at most that many. Split it into several files.`,
  );

const KNOWN_COLUMNS = new Set<string>([...IMPORT_COLUMNS, ...REPORT_ONLY_COLUMNS]);
// The JSON status report's models also carry these; an import reads past them like the report-only columns.
const JSON_IGNORED_KEYS = new Set<string>([...REPORT_ONLY_COLUMNS, 'createdAt']);
const NULLABLE_COLUMNS = new Set<ImportColumn>(['migrationTarget', 'retireBy', 'repoUrl']);
const ENUM_COLUMNS: Partial<Record<ImportColumn, readonly string[]>> = {
  framework: FRAMEWORKS,
  lifecycle: LIFECYCLES,
  deploymentTarget: DEPLOYMENT_TARGETS,
  migration: MIGRATION_STATUSES,
  migrationTarget: KNOWN_FRAMEWORKS,
};
const REQUIRED_ON_CREATE = ['name', 'team', 'framework', 'lifecycle', 'startedOn'] as const;

const fileProblem = (message: string, column = '(file)'): ImportProblem => ({ row: 0, column, message });

/** Checks a CSV header row: every column known, none twice, `name` present, commas between them. */
export function checkCsvHeader(headers: readonly string[]): ImportProblem[] {
  const cleaned = headers.map((header) => header.trim());
  if (cleaned.length === 1) {
    const only = cleaned[0] ?? '';
    const separator = [';', '\t', '|'].find((candidate) => only.includes(candidate));
    if (separator) {
      const shown = separator === '\t' ? 'tabs' : `"${separator}"`;
      return [
        fileProblem(
          `The columns are separated by ${shown}; save the file as CSV with commas between columns (RFC 4180).`,
        ),
      ];
    }
  }
  if (!cleaned.includes('name')) {
    return [
      fileProblem(
        `The first line must be a header naming the columns, including "name" (for example: ${IMPORT_COLUMNS.slice(0, 6).join(',')}); found "${cleaned.join(',').slice(0, 120)}".`,
      ),
    ];
  }
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  cleaned.forEach((header, index) => {
    if (header === '')
      problems.push(fileProblem(`Column ${index + 1} of the header has no name.`, `(column ${index + 1})`));
    else if (seen.has(header)) problems.push(fileProblem('appears twice in the header; keep one.', header));
    else if (!KNOWN_COLUMNS.has(header)) {
      problems.push(
        fileProblem(`is not a known column; the columns an import reads are ${IMPORT_COLUMNS.join(', ')}.`, header),
      );
    }
    seen.add(header);
  });
  return problems;
}

/** A CSV cell as the model field it stands for: quotes of formula neutralisation undone, empties as "not given". */
function csvValue(column: ImportColumn, cell: string): unknown {
  const value = restoreCell(cell);
  if (column === 'tags')
    return value
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== '');
  if (value.trim() === '') {
    if (NULLABLE_COLUMNS.has(column)) return null;
    if (column === 'since') return undefined;
  }
  return value;
}

/** CSV data rows (after the header) as import records. */
export function csvRecords(headers: readonly string[], rows: readonly (readonly string[])[]): ImportRecord[] {
  const columns = headers.map((header) => header.trim());
  return rows.map((cells, index) => {
    const row = index + 1;
    const problems: ImportProblem[] =
      cells.length === columns.length
        ? []
        : [
            {
              row,
              column: '(row)',
              message: `has ${cells.length} cells but the header names ${columns.length} columns; check for a stray comma or an unclosed quote.`,
            },
          ];
    const fields: ImportRecord['fields'] = {};
    columns.forEach((column, position) => {
      if (!(IMPORT_COLUMNS as readonly string[]).includes(column)) return;
      const value = csvValue(column as ImportColumn, cells[position] ?? '');
      if (value !== undefined) fields[column as ImportColumn] = value;
    });
    return { row, fields, problems };
  });
}

/** The list of models in a JSON import: `{ models: [...] }` (the JSON status report has that shape) or a bare array. */
export function jsonImportItems(data: unknown): { items: unknown[]; problems: ImportProblem[] } {
  const none = (message: string) => ({ items: [], problems: [fileProblem(message)] });
  const listed = (items: unknown[]) => {
    if (items.length === 0) return none('The file lists no models.');
    return items.length > MAX_IMPORT_ROWS ? { items: [], problems: [tooManyRowsProblem()] } : { items, problems: [] };
  };
  if (Array.isArray(data)) return listed(data);
  if (typeof data !== 'object' || data === null)
    return none('The JSON must be an array of models or an object with a "models" array.');
  if ((data as { format?: unknown }).format === BACKUP_FORMAT) {
    return none(
      'This is a backup of a whole instance; restore it with POST /api/backup/restore into an empty instance.',
    );
  }
  const models = (data as { models?: unknown }).models;
  if (!Array.isArray(models)) {
    const problem = fileProblem('The JSON must be an array of models or an object with a "models" array.', 'models');
    return { items: [], problems: [problem] };
  }
  return listed(models);
}

/** Items of a JSON import (`{ models: [...] }` or a bare array) as import records. */
export function jsonRecords(items: readonly unknown[]): ImportRecord[] {
  return items.map((item, index) => {
    const row = index + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return { row, fields: {}, problems: [{ row, column: '(row)', message: 'must be an object of model fields' }] };
    }
    const fields: ImportRecord['fields'] = {};
    const problems: ImportProblem[] = [];
    for (const [key, value] of Object.entries(item)) {
      if ((IMPORT_COLUMNS as readonly string[]).includes(key)) fields[key as ImportColumn] = value;
      else if (!JSON_IGNORED_KEYS.has(key)) {
        problems.push({
          row,
          column: key,
          message: `is not a known field; the fields an import reads are ${IMPORT_COLUMNS.join(', ')}.`,
        });
      }
    }
    return { row, fields, problems };
  });
}

/** `skip`: something in a source's files that is not a model (a Backstage `Group`, a tokenizer config). */
export const IMPORT_ACTIONS = ['create', 'update', 'unchanged', 'invalid', 'skip'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

export const importRowPlanSchema = z.strictObject({
  row: z.number().int().positive(),
  name: z.string(),
  action: z.enum(IMPORT_ACTIONS),
  modelId: z.uuid().nullable(),
  changes: z
    .array(fieldChangeSchema)
    .describe('For a create, every field from nothing; for an update, what it changes'),
  errors: z.array(z.strictObject({ column: z.string(), message: z.string() })),
  file: z.string().nullable().describe('The uploaded file the row came from (source imports)'),
  sourceRef: z
    .string()
    .nullable()
    .describe(
      "The source's identity of the model (`mlflow:<name>`, `backstage:<kind>:<namespace>/<name>`, `huggingface:<repo id>`)",
    ),
  notes: z.array(z.string()).describe('What was read, guessed or left out of the files for this row'),
});
export type ImportRowPlan = z.output<typeof importRowPlanSchema>;

export const importSummarySchema = countsOf(IMPORT_ACTIONS).extend({
  rows: countSchema,
  identities: countSchema.describe(
    'Models found by name whose source identity the import records (so a rename in the source is followed)',
  ),
});

export interface ExistingModel {
  id: string;
  version: number;
  state: ModelState;
}

/** The models an import may touch: by name, and by the source identities recorded with them. */
export interface ExistingModels {
  byName: ReadonlyMap<string, ExistingModel>;
  bySourceRef: ReadonlyMap<string, ExistingModel>;
}

export interface ImportPlan {
  rows: ImportRowPlan[];
  /** Every problem, file-level ones (row 0) first. */
  errors: ImportProblem[];
  creates: { row: number; state: ModelState; since: Date | null; sourceRef: string | null }[];
  updates: { row: number; modelId: string; version: number; state: ModelState; changes: FieldChange[] }[];
  /** Source identities to record with models they were not recorded with yet (matched by name). */
  newSourceRefs: { modelId: string; sourceRef: string }[];
  summary: z.output<typeof importSummarySchema>;
}

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
}

/** A value as a message quotes it: any JSON value, whatever it holds (`{"toString": "x"}` cannot be made a string). */
const quoted = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'nothing'));

function messageFor(column: string, value: unknown, issue: Issue, creating: boolean): string {
  if (value === undefined || (typeof value === 'string' && value.trim() === '' && column !== 'since')) {
    if (creating && (REQUIRED_ON_CREATE as readonly string[]).includes(column)) return 'is required for a new model';
  }
  const choices = ENUM_COLUMNS[column as ImportColumn];
  if (choices && issue.code === 'invalid_value') {
    return `"${quoted(value)}" is not a valid ${column}; use one of: ${choices.join(', ')}`;
  }
  if (column === 'startedOn' || column === 'retireBy') return `${issue.message} (got "${quoted(value)}")`;
  return issue.message;
}

function issuesToErrors(issues: readonly Issue[], fields: ImportRecord['fields'], creating: boolean) {
  const errors = issues.map((issue) => {
    const column = String(issue.path[0] ?? '(row)');
    return { column, message: messageFor(column, fields[column as ImportColumn], issue, creating) };
  });
  // One message per column is enough to act on.
  return errors.filter((error, index) => errors.findIndex((other) => other.column === error.column) === index);
}

const parseWith = <T extends z.ZodType>(schema: T, value: unknown) => schema.safeParse(value);

/** The model a row stands for: the one its source identity was recorded with, else the one of its name. */
function matchOf(
  record: ImportRecord,
  name: string,
  existing: ExistingModels,
): { model: ExistingModel; by: 'sourceRef' | 'name' } | undefined {
  const bySourceRef = record.sourceRef ? existing.bySourceRef.get(record.sourceRef) : undefined;
  if (bySourceRef) return { model: bySourceRef, by: 'sourceRef' };
  const byName = name ? existing.byName.get(name) : undefined;
  return byName && { model: byName, by: 'name' };
}

/**
 * What an import would do: each row matched to an existing model — by the source's identity of
 * the model, then by name — and updated (a name that changed in the source renames it), or
 * created, validated by the same schemas as the API's forms, with a message per problem.
 */
export function planImport(records: readonly ImportRecord[], existing: ExistingModels): ImportPlan {
  const plan: ImportPlan = {
    rows: [],
    errors: [],
    creates: [],
    updates: [],
    newSourceRefs: [],
    summary: { rows: records.length, create: 0, update: 0, unchanged: 0, invalid: 0, skip: 0, identities: 0 },
  };
  const firstRowOfName = new Map<string, number>();
  const firstRowOfModel = new Map<string, number>();
  for (const record of records) {
    const rawName = record.fields.name;
    const name = typeof rawName === 'string' ? rawName.trim() : '';
    const errors = record.problems.map(({ column, message }) => ({ column, message }));
    const sourceRef = record.sourceRef ?? null;
    const notes = [...(record.notes ?? [])];
    const rowPlan: ImportRowPlan = {
      row: record.row,
      name,
      action: 'invalid',
      modelId: null,
      changes: [],
      errors,
      file: record.file ?? null,
      sourceRef,
      notes,
    };
    const seenOn = name ? firstRowOfName.get(name) : undefined;
    if (seenOn !== undefined)
      errors.push({
        column: 'name',
        message: `"${name}" is also on row ${seenOn}; a model may appear only once per file`,
      });
    else if (name) firstRowOfName.set(name, record.row);

    if (sourceRef !== null && sourceRef.length > MAX_SOURCE_REF_LENGTH)
      errors.push({ column: 'sourceRef', message: `is longer than ${MAX_SOURCE_REF_LENGTH} characters` });
    const match = matchOf(record, name, existing);
    const current = match?.model;
    if (current) {
      rowPlan.modelId = current.id;
      const sameModelOn = firstRowOfModel.get(current.id);
      if (sameModelOn !== undefined && seenOn === undefined)
        errors.push({
          column: 'name',
          message: `stands for the same model as row ${sameModelOn} ("${current.state.name}"); a model may appear only once per file`,
        });
      else firstRowOfModel.set(current.id, record.row);
      if (match.by === 'sourceRef' && name && name !== current.state.name) {
        const holder = existing.byName.get(name);
        if (holder && holder.id !== current.id)
          errors.push({
            column: 'name',
            message: `"${name}" is the name of another model; "${current.state.name}" (${sourceRef}) cannot be renamed to it`,
          });
        else notes.push(`renamed in the source: was "${current.state.name}"`);
      }
      if (match.by === 'name' && sourceRef) {
        notes.push(`matched by name; its identity ${sourceRef} is recorded with the model`);
        plan.newSourceRefs.push({ modelId: current.id, sourceRef });
        plan.summary.identities += 1;
      }
      const { since: _since, ...fields } = record.fields;
      const parsed = parseWith(modelFieldsSchema, { ...current.state, ...fields });
      if (!parsed.success) errors.push(...issuesToErrors(parsed.error.issues as Issue[], record.fields, false));
      else if (errors.length === 0) {
        const state = parsed.data as ModelState;
        rowPlan.changes = diffStates(current.state, state);
        rowPlan.action = rowPlan.changes.length > 0 ? 'update' : 'unchanged';
        if (rowPlan.action === 'update') {
          plan.updates.push({
            row: record.row,
            modelId: current.id,
            version: current.version,
            state,
            changes: rowPlan.changes,
          });
        }
      }
    } else {
      const fields = { ...record.createOnly, ...record.fields };
      const parsed = parseWith(createModelSchema, fields);
      if (!parsed.success) errors.push(...issuesToErrors(parsed.error.issues as Issue[], fields, true));
      else if (errors.length === 0) {
        const { since, ...state } = parsed.data;
        rowPlan.changes = diffStates(null, state as ModelState);
        rowPlan.action = 'create';
        plan.creates.push({ row: record.row, state: state as ModelState, since: since ?? null, sourceRef });
      }
    }
    plan.summary[rowPlan.action] += 1;
    plan.errors.push(...errors.map((error) => ({ row: record.row, ...error })));
    plan.rows.push(rowPlan);
  }
  return plan;
}

/** A problem as a field error of the API's error shape: `rows[2].framework` for row 3 (paths count from 0). */
export function importProblemField(problem: ImportProblem): string {
  return problem.row === 0 ? `file.${problem.column}` : `rows[${problem.row - 1}].${problem.column}`;
}

/** The largest import file: a 10,000-model CSV is about 3 MB; 20 MB leaves room without inviting abuse. */
export const IMPORT_LIMIT_BYTES = 20 * 1_048_576;

/** A dry run (200) or a committed import (201): per row, what it does and what is wrong with it. */
export const importResultSchema = named(
  'ImportResult',
  z.strictObject({
    dryRun: z.boolean(),
    committed: z.boolean(),
    format: z.enum(IMPORT_FORMATS).describe('CSV or JSON, or the source whose files were mapped'),
    summary: importSummarySchema,
    errors: z.array(importProblemSchema).describe('Every problem, file-level ones (row 0) first'),
    rows: z.array(importRowPlanSchema),
  }),
);
export type ImportResult = z.output<typeof importResultSchema>;
