import { IMPORT_SOURCES, type Framework, type ImportProblem, type ImportRecord, type Lifecycle } from '@mmt/domain';

export const SOURCES = IMPORT_SOURCES;
export type SourceName = (typeof SOURCES)[number];

/** One uploaded file: its path as given (a folder may name the model) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

export interface MappingOptions {
  /** Names the model of a single-model upload whose files name none (an `MLmodel`, a `config.json`). */
  name?: string;
}

/** Model fields a source can state, in the import pipeline's column names. */
export interface SourceFields {
  name?: string;
  team?: string;
  task?: string;
  framework?: Framework;
  frameworkVersion?: string;
  lifecycle?: Lifecycle;
  servingStack?: string;
  serialization?: string;
  startedOn?: string;
  repoUrl?: string;
  description?: string;
  tags?: string[];
  /** The source's own timestamp of the model: dates its first history event. */
  since?: string;
}

interface RowBase {
  /** Numbered from 1 across the whole upload, skipped rows included, in file order. */
  row: number;
  file: string;
  /** In a multi-document YAML file, which document (from 1); null otherwise. */
  document: number | null;
  /** The source's identity of the model (`mlflow:<name>`, `backstage:<kind>:<namespace>/<name>`, `huggingface:<repo id>`). */
  sourceRef: string | null;
  /** What the mapping read, guessed or left out, for the preview. */
  notes: string[];
}

export interface SourceModelRow extends RowBase {
  kind: 'model';
  /** What the source states: applied to a new model and to an existing one alike. */
  fields: SourceFields;
  /**
   * Stand-ins for what the source does not state (`framework: unknown`, a start date guessed from
   * a registry timestamp, `since`): used when the row creates a model, never to overwrite one.
   */
  createOnly: SourceFields;
  problems: ImportProblem[];
}

/** Something in the files that is not a model (a Backstage `Group`, a tokenizer config): shown, never imported. */
export interface SourceSkipRow extends RowBase {
  kind: 'skip';
}

export type SourceRow = SourceModelRow | SourceSkipRow;

export interface SourceImport {
  source: SourceName;
  rows: SourceRow[];
  /** Files that could not be read as this source's files at all: row 0, the column is the file's path. */
  problems: ImportProblem[];
}

/** Rows before numbering: mappings build these, `numberRows` puts them in upload order. */
export type ModelDraft = Omit<SourceModelRow, 'row'>;
export type SkipDraft = Omit<SourceSkipRow, 'row'>;
export type RowDraft = ModelDraft | SkipDraft;

export function modelDraft(file: string, document: number | null = null): ModelDraft {
  return { kind: 'model', file, document, sourceRef: null, notes: [], fields: {}, createOnly: {}, problems: [] };
}

export function skipDraft(file: string, note: string, document: number | null = null): SkipDraft {
  return { kind: 'skip', file, document, sourceRef: null, notes: [note] };
}

export const fileProblem = (file: string, message: string): ImportProblem => ({ row: 0, column: file, message });

/** Whether a reader's answer is a problem with the file rather than something read from it. */
export const isFileProblem = (value: object): value is ImportProblem => 'message' in value && 'column' in value;

export function numberRows(drafts: readonly RowDraft[]): SourceRow[] {
  return drafts.map((draft, index) => {
    const row = index + 1;
    return draft.kind === 'model'
      ? { ...draft, row, problems: draft.problems.map((problem) => ({ ...problem, row })) }
      : { ...draft, row };
  });
}

/** The team of a new model whose files name no owner, until someone sets it. */
export const UNASSIGNED_TEAM = 'unassigned';

/**
 * The row as the import pipeline reads it. The pipeline matches it to a model (by `sourceRef`,
 * then by name); a new model takes the stand-ins for what the source does not state, including
 * what a new model needs and no file gave (team, lifecycle, start date), an existing one only what
 * the source states, so a re-import never turns a framework someone triaged back into `unknown`.
 * `today` (YYYY-MM-DD) is the start date of a new model that nothing dates.
 */
export function toImportRecord(row: SourceModelRow, today: string): ImportRecord {
  const createOnly: SourceFields = { ...row.createOnly };
  const notes = [...row.notes];
  const given = { ...createOnly, ...row.fields };
  if (!given.team) {
    createOnly.team = UNASSIGNED_TEAM;
    notes.push(`no owner in the files: a new model's team is "${UNASSIGNED_TEAM}"`);
  }
  if (!given.lifecycle) {
    createOnly.lifecycle = 'development';
    notes.push("no lifecycle in the files: a new model's is development");
  }
  if (!given.startedOn) {
    createOnly.startedOn = given.since?.slice(0, 10) ?? today;
    notes.push(
      given.since
        ? `no start date in the files: a new model's is its first date, ${createOnly.startedOn}`
        : `no date in the files: a new model starts today, ${today}`,
    );
  }
  return {
    row: row.row,
    fields: row.fields,
    createOnly,
    sourceRef: row.sourceRef,
    file: row.file,
    notes,
    problems: row.problems,
  };
}

/** The note every source gives a model whose files name no framework. */
export const FRAMEWORK_NOT_DECLARED = 'framework not declared: imported as unknown';

/**
 * The one framework a model's tags name (`whose`: "its", "the card's"). None, or several (a repo
 * shipping weights for each), leave it to triage.
 */
export function frameworkFromTags(draft: ModelDraft, tagged: readonly Framework[], whose: string): void {
  if (tagged.length === 1) {
    draft.fields.framework = tagged[0];
    draft.notes.push(`framework from ${whose} tags`);
  } else {
    frameworkNotDeclared(
      draft,
      tagged.length > 1 ? `${whose} tags name several frameworks (${tagged.join(', ')})` : undefined,
    );
  }
}

/** A new model of unknown framework, to triage; an existing one keeps the framework it has. */
export function frameworkNotDeclared(draft: ModelDraft, why?: string): void {
  draft.createOnly.framework = 'unknown';
  draft.notes.push(why ? `${why}: ${FRAMEWORK_NOT_DECLARED}` : FRAMEWORK_NOT_DECLARED);
}
