import {
  IMPORT_FORMAT_LABELS,
  IMPORT_LIMIT_BYTES,
  MAX_IMPORT_FILES,
  type ImportAction,
  type ImportSource,
  type ImportProblem,
  type ImportResult,
  type ImportRowPlan,
  REQUIRED_MODEL_FIELDS,
} from '@mmt/domain';
import { ApiError } from '../api/client';
import { plural } from './format';

// The API's own limit, checked here too so a big file fails at once.
export { IMPORT_LIMIT_BYTES };

/** How many rows the preview table shows; problem rows come first, so they are the ones shown. */
export const PREVIEW_ROW_LIMIT = 200;

/** The columns a new model needs (the rest may be left empty): the help text lists them. */
export const REQUIRED_FOR_NEW_MODEL = REQUIRED_MODEL_FIELDS;

export type ImportContentType = 'text/csv' | 'application/json';

/** What the Import page reads: a CSV or JSON file of our own columns, or a tool's own files. */
export type ImportChoice = 'file' | ImportSource;

export interface ImportChoiceOption {
  value: ImportChoice;
  label: string;
  /** Which files to choose, for the hint under the picker. */
  files: string;
  /** The file picker's `accept`; empty for files with no extension (MLflow's `MLmodel`). */
  accept: string;
}

export const IMPORT_CHOICES: readonly ImportChoiceOption[] = [
  {
    value: 'file',
    label: 'CSV or JSON',
    files: 'One CSV (with a header row) or JSON file',
    accept: '.csv,.json,text/csv,application/json',
  },
  {
    value: 'mlflow',
    label: IMPORT_FORMAT_LABELS.mlflow,
    files:
      'Registered-model exports (model.json of mlflow-export-import) and MLmodel files; a model folder names its MLmodel (models/ner-v2/MLmodel → ner-v2)',
    accept: '',
  },
  {
    value: 'huggingface',
    label: IMPORT_FORMAT_LABELS.huggingface,
    files: 'Model cards (README.md) and config.json files; a card and a config in one folder are one model',
    accept: '.md,.json,text/markdown,application/json',
  },
  {
    value: 'backstage',
    label: IMPORT_FORMAT_LABELS.backstage,
    files:
      'catalog-info.yaml files (several entities each); only model resources are imported, the rest is listed as skipped',
    accept: '.yaml,.yml,text/yaml,application/yaml',
  },
];

/** A tool's file as it is sent: the path it was chosen under (inside a chosen folder), which can name its model. */
export interface SourceUploadFile {
  path: string;
  file: File;
}

/** The path a chosen file is sent under: its path inside a chosen folder, else its name. */
export const uploadPath = (file: { name: string; webkitRelativePath?: string }): string =>
  file.webkitRelativePath || file.name;

/** Adds newly chosen files to those already chosen; a path chosen again replaces the earlier file. */
export function addSourceFiles<T extends { path: string }>(chosen: readonly T[], added: readonly T[]): T[] {
  const paths = new Set(added.map((file) => file.path));
  return [...chosen.filter((file) => !paths.has(file.path)), ...added];
}

/** Whether a tool's files can be sent: some, none empty, not too many, 20 MB together. */
export function checkSourceFiles(files: readonly { path: string; file: { size: number } }[]): FileCheckResult {
  if (files.length === 0) return { ok: false, message: 'Choose one or several files.' };
  const empty = files.filter((file) => file.file.size === 0).map((file) => file.path);
  if (empty.length > 0)
    return { ok: false, message: `${empty.join(', ')} ${empty.length === 1 ? 'is' : 'are'} empty.` };
  if (files.length > MAX_IMPORT_FILES)
    return { ok: false, message: `${files.length} files: an import takes at most ${MAX_IMPORT_FILES}.` };
  const total = files.reduce((sum, file) => sum + file.file.size, 0);
  if (total > IMPORT_LIMIT_BYTES)
    return {
      ok: false,
      message: `The files are ${formatBytes(total)} together; an import takes at most ${formatBytes(IMPORT_LIMIT_BYTES)}. Import them in several goes.`,
    };
  return { ok: true };
}

export type FileCheckResult = { ok: true } | { ok: false; message: string };

/** `/api/imports` with the preview flag, the source and the name option. */
export function importUrl({ dryRun, source, name }: { dryRun: boolean; source?: ImportSource; name?: string }): string {
  const params = new URLSearchParams();
  if (source) params.set('source', source);
  if (source && name?.trim()) params.set('name', name.trim());
  if (dryRun) params.set('dryRun', 'true');
  const query = params.toString();
  return `/api/imports${query ? `?${query}` : ''}`;
}

const round1 = (value: number) => String(Math.round(value * 10) / 10);

/** "812 B", "3.4 KB", "20 MB" (binary units, as the API's limit is written). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1_048_576) return `${round1(bytes / 1024)} KB`;
  return `${round1(bytes / 1_048_576)} MB`;
}

/** Whole percent sent, 0–100; 100 only once every byte is sent. */
export function progressPercent(loaded: number, total: number): number {
  if (!(total > 0)) return 0;
  return Math.min(100, Math.max(0, Math.floor((loaded / total) * 100)));
}

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
};

const WORKBOOKS = new Set(['xlsx', 'xls', 'xlsm', 'ods', 'numbers']);
// Browsers name CSV files differently (Windows often says "application/vnd.ms-excel").
const CSV_TYPES = new Set(['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel']);

export type FileCheck = { ok: true; contentType: ImportContentType } | { ok: false; message: string };

/** Whether a chosen file can be sent, and as what: by its extension first, then by the type the browser gives. */
export function checkImportFile(file: { name: string; size: number; type: string }): FileCheck {
  const extension = extensionOf(file.name);
  if (WORKBOOKS.has(extension))
    return {
      ok: false,
      message: `${file.name} is a spreadsheet workbook. Save it as CSV (UTF-8) from your spreadsheet program and choose that file.`,
    };
  const contentType: ImportContentType | null =
    extension === 'json' || (extension === '' && file.type.includes('json'))
      ? 'application/json'
      : extension === 'csv' || extension === 'txt' || (extension === '' && CSV_TYPES.has(file.type))
        ? 'text/csv'
        : null;
  if (!contentType)
    return { ok: false, message: `${file.name} is not a CSV or JSON file. Choose a .csv or .json file.` };
  if (file.size === 0) return { ok: false, message: `${file.name} is empty.` };
  if (file.size > IMPORT_LIMIT_BYTES)
    return {
      ok: false,
      message: `${file.name} is ${formatBytes(file.size)}; an import takes at most ${formatBytes(IMPORT_LIMIT_BYTES)}. Split it into several files.`,
    };
  return { ok: true, contentType };
}

export const ACTION_LABELS: Record<ImportAction, string> = {
  create: 'Create',
  update: 'Update',
  unchanged: 'Unchanged',
  invalid: 'Invalid',
  skip: 'Skipped',
};

const ACTION_ORDER: ImportAction[] = ['create', 'update', 'unchanged', 'invalid', 'skip'];

/** The preview's totals, in a fixed order; skipped rows (not models, in a source's files) only when there are some. */
export function summaryTiles(
  summary: ImportResult['summary'],
): { action: ImportAction; label: string; count: number }[] {
  return ACTION_ORDER.filter((action) => action !== 'skip' || summary.skip > 0).map((action) => ({
    action,
    label: ACTION_LABELS[action],
    count: summary[action],
  }));
}

/** Rows with problems first, then in file order; at most `limit`. */
export function previewRows(rows: readonly ImportRowPlan[], limit = PREVIEW_ROW_LIMIT): ImportRowPlan[] {
  const rank = (row: ImportRowPlan) => (row.errors.length > 0 || row.action === 'invalid' ? 0 : 1);
  return [...rows].sort((a, b) => rank(a) - rank(b) || a.row - b.row).slice(0, limit);
}

/** Problems with the file as a whole (row 0), which no row of the table shows. */
export function fileProblems(errors: readonly ImportProblem[]): ImportProblem[] {
  return errors.filter((problem) => problem.row === 0);
}

/** Where a problem is, for people: "Row 3, column framework", "Row 5", "The file, column colour". */
export function problemLocation(problem: ImportProblem): string {
  const column = problem.column.startsWith('(') ? '' : `, column ${problem.column}`;
  return `${problem.row === 0 ? 'The file' : `Row ${problem.row}`}${column}`;
}

// Messages that continue a sentence whose subject is the column ("is required for a new model").
const CONTINUES_COLUMN = /^(is|has|appears|must|should|cannot)\b/;

/**
 * A problem as its column and a message to read after it: `framework` + `: "caffe" is not a valid…`,
 * `startedOn` + ` is required…`; "(row)" and "(file)" read as "The row …", with no column.
 */
export function problemParts(problem: Pick<ImportProblem, 'column' | 'message'>): { column: string; text: string } {
  const continues = CONTINUES_COLUMN.test(problem.message);
  if (problem.column.startsWith('('))
    return { column: '', text: continues ? `The ${problem.column.slice(1, -1)} ${problem.message}` : problem.message };
  return { column: problem.column, text: continues ? ` ${problem.message}` : `: ${problem.message}` };
}

export type Readiness =
  | { kind: 'blocked'; problems: number; rows: number }
  | { kind: 'nothing' }
  | { kind: 'ready'; writes: number; creates: number; updates: number; unchanged: number; identities: number };

/** Whether the previewed file can be imported: no problems, and something to write. */
export function readiness(result: Pick<ImportResult, 'errors' | 'summary'>): Readiness {
  if (result.errors.length > 0)
    return {
      kind: 'blocked',
      problems: result.errors.length,
      rows: new Set(result.errors.filter((problem) => problem.row > 0).map((problem) => problem.row)).size,
    };
  const { create, update, unchanged, identities } = result.summary;
  if (create + update + identities === 0) return { kind: 'nothing' };
  return { kind: 'ready', writes: create + update, creates: create, updates: update, unchanged, identities };
}

/** "2 new models and 1 update", for the import button's neighbourhood and the success note. */
export function writesSentence(creates: number, updates: number): string {
  const parts = [creates > 0 ? plural(creates, 'new model') : '', updates > 0 ? plural(updates, 'update') : ''].filter(
    Boolean,
  );
  const text = parts.join(' and ') || 'nothing';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What importing a ready file will do, for the paragraph above its button. */
export function readySentence(ready: Extract<Readiness, { kind: 'ready' }>, unit = 'row'): string {
  const same =
    ready.unchanged === 0
      ? ''
      : ready.unchanged === 1
        ? ` 1 ${unit} already matches its model and stays as it is.`
        : ` ${ready.unchanged} ${unit}s already match their models and stay as they are.`;
  const identities =
    ready.identities === 0
      ? ''
      : ` ${plural(ready.identities, 'model')} found by name will remember ${ready.identities === 1 ? 'its' : 'their'} identity in the source, so a rename there is followed.`;
  const writes = ready.writes === 0 ? '' : `${writesSentence(ready.creates, ready.updates)}.`;
  return `${writes}${same}${identities} Every ${unit} is written in one go, or none is.`.trim();
}

/** The models an import wrote, with their ids, for links. */
export function writtenModels(result: ImportResult): { id: string; name: string; action: 'create' | 'update' }[] {
  return result.rows.flatMap((row) =>
    row.modelId && (row.action === 'create' || row.action === 'update')
      ? [{ id: row.modelId, name: row.name, action: row.action }]
      : [],
  );
}

export interface ImportErrorView {
  title: string;
  message: string;
  /** Every problem the API listed with its row and column (a refused file or commit). */
  problems: ImportProblem[];
  /** An abort by the person: shown as a quiet note, not an error. */
  cancelled: boolean;
}

/** A failed preview or import as something a person can act on. */
export function importErrorView(error: unknown, committing: boolean): ImportErrorView {
  const view = (title: string, message: string, problems: ImportProblem[] = []): ImportErrorView => ({
    title,
    message,
    problems,
    cancelled: false,
  });
  if (error instanceof DOMException && error.name === 'AbortError')
    return { ...view('Cancelled', 'The upload was cancelled.'), cancelled: true };
  if (!(error instanceof ApiError)) return view('Something went wrong', 'Something went wrong. Try again.');
  const nothing = committing ? ' Nothing was imported.' : '';
  switch (error.status) {
    case 0:
      return view('The upload did not reach the server', `${error.message}${nothing}`);
    case 400: {
      const problems =
        error.body?.errors ??
        error.details.map((detail) => ({ row: 0, column: detail.field, message: detail.message }));
      return view(committing ? 'Nothing was imported' : 'The file cannot be imported', error.message, problems);
    }
    case 401:
      return view('Your session has ended', 'Sign in again, then choose the file again.');
    case 403:
      return view('Your role cannot import models', `${error.message} Ask an admin for the editor role.`);
    case 409:
      return view('Nothing was imported', error.message);
    case 413:
      return view('The file is too large', `${error.message}. Split it into several files.`);
    case 415:
      return view(
        'The server cannot read this kind of file',
        `${error.message}. Send CSV (text/csv) or JSON (application/json).`,
      );
    default:
      return view(committing ? 'The import failed' : 'The preview failed', `${error.message}${nothing}`);
  }
}
