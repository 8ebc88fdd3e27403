import type { ImportResult, ImportRowPlan } from '@mmt/domain';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import {
  IMPORT_LIMIT_BYTES,
  addSourceFiles,
  checkImportFile,
  checkSourceFiles,
  importUrl,
  uploadPath,
  fileProblems,
  formatBytes,
  importErrorView,
  previewRows,
  problemLocation,
  problemParts,
  progressPercent,
  readiness,
  readySentence,
  summaryTiles,
  writesSentence,
  writtenModels,
} from './imports';

const row = (change: Partial<ImportRowPlan>): ImportRowPlan => ({
  row: 1,
  name: 'Model',
  action: 'create',
  modelId: null,
  changes: [],
  errors: [],
  file: null,
  sourceRef: null,
  notes: [],
  ...change,
});

const result = (change: Partial<ImportResult>): ImportResult => ({
  dryRun: true,
  committed: false,
  format: 'csv',
  summary: { rows: 0, create: 0, update: 0, unchanged: 0, invalid: 0, skip: 0, identities: 0 },
  errors: [],
  rows: [],
  ...change,
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [812, '812 B'],
    [1024, '1 KB'],
    [3_500, '3.4 KB'],
    [1_048_576, '1 MB'],
    [IMPORT_LIMIT_BYTES, '20 MB'],
    [24_536_678, '23.4 MB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('progressPercent', () => {
  it.each([
    [0, 100, 0],
    [1, 3, 33],
    [999, 1000, 99],
    [1000, 1000, 100],
    [1200, 1000, 100],
    [5, 0, 0],
    [-1, 10, 0],
  ])('%d of %d → %d%%', (loaded, total, percent) => {
    expect(progressPercent(loaded, total)).toBe(percent);
  });
});

describe('checkImportFile', () => {
  const file = (name: string, size = 10, type = '') => ({ name, size, type });

  it.each([
    [file('models.csv'), 'text/csv'],
    [file('MODELS.CSV', 10, 'application/vnd.ms-excel'), 'text/csv'],
    [file('models.txt', 10, 'text/plain'), 'text/csv'],
    [file('report.json', 10, 'application/json'), 'application/json'],
    [file('noext', 10, 'application/json'), 'application/json'],
    [file('noext', 10, 'text/csv'), 'text/csv'],
  ])('sends %j as %s', (chosen, contentType) => {
    expect(checkImportFile(chosen)).toEqual({ ok: true, contentType });
  });

  it('refuses a workbook with advice to save it as CSV', () => {
    expect(checkImportFile(file('models.xlsx'))).toEqual({
      ok: false,
      message: expect.stringMatching(/models\.xlsx is a spreadsheet workbook\. Save it as CSV/),
    });
  });

  it('refuses other kinds of file, empty files and files over the limit (naming the limit)', () => {
    expect(checkImportFile(file('photo.png', 10, 'image/png'))).toMatchObject({
      ok: false,
      message: 'photo.png is not a CSV or JSON file. Choose a .csv or .json file.',
    });
    expect(checkImportFile(file('empty.csv', 0))).toMatchObject({ ok: false, message: 'empty.csv is empty.' });
    expect(checkImportFile(file('big.csv', IMPORT_LIMIT_BYTES))).toMatchObject({ ok: true });
    expect(checkImportFile(file('big.csv', IMPORT_LIMIT_BYTES + 1))).toEqual({
      ok: false,
      message: 'big.csv is 20 MB; an import takes at most 20 MB. Split it into several files.',
    });
  });
});

describe('summaryTiles', () => {
  it('lists create, update, unchanged, invalid in that order, and skipped rows when there are some', () => {
    expect(
      summaryTiles({ rows: 3, create: 1, update: 0, unchanged: 0, invalid: 0, skip: 2, identities: 0 }).at(-1),
    ).toEqual({
      action: 'skip',
      label: 'Skipped',
      count: 2,
    });
    expect(summaryTiles({ rows: 6, create: 3, update: 1, unchanged: 0, invalid: 2, skip: 0, identities: 0 })).toEqual([
      { action: 'create', label: 'Create', count: 3 },
      { action: 'update', label: 'Update', count: 1 },
      { action: 'unchanged', label: 'Unchanged', count: 0 },
      { action: 'invalid', label: 'Invalid', count: 2 },
    ]);
  });
});

describe('previewRows', () => {
  const rows = [
    row({ row: 1 }),
    row({ row: 2, action: 'invalid', errors: [{ column: 'framework', message: 'bad' }] }),
    row({ row: 3, action: 'update' }),
    row({ row: 4, action: 'invalid', errors: [{ column: 'name', message: 'is required for a new model' }] }),
  ];

  it('puts rows with problems first, each group in file order', () => {
    expect(previewRows(rows).map((r) => r.row)).toEqual([2, 4, 1, 3]);
  });

  it('shows at most the limit', () => {
    expect(previewRows(rows, 3).map((r) => r.row)).toEqual([2, 4, 1]);
  });
});

describe('problems', () => {
  it('keeps the file-level problems (row 0)', () => {
    const errors = [
      { row: 0, column: 'colour', message: 'is not a known column' },
      { row: 2, column: 'framework', message: 'bad' },
    ];
    expect(fileProblems(errors)).toEqual([errors[0]]);
  });

  it.each([
    [{ row: 3, column: 'framework', message: '' }, 'Row 3, column framework'],
    [{ row: 5, column: '(row)', message: '' }, 'Row 5'],
    [{ row: 0, column: '(file)', message: '' }, 'The file'],
    [{ row: 0, column: 'colour', message: '' }, 'The file, column colour'],
  ])('locates %j as "%s"', (problem, text) => {
    expect(problemLocation(problem)).toBe(text);
  });

  it.each([
    [
      { column: 'framework', message: '"caffe" is not a valid framework; use one of: tensorflow' },
      { column: 'framework', text: ': "caffe" is not a valid framework; use one of: tensorflow' },
    ],
    [
      { column: 'startedOn', message: 'is required for a new model' },
      { column: 'startedOn', text: ' is required for a new model' },
    ],
    [
      { column: '(row)', message: 'has 3 cells but the header names 5 columns' },
      { column: '', text: 'The row has 3 cells but the header names 5 columns' },
    ],
    [
      { column: '(file)', message: 'The file is empty.' },
      { column: '', text: 'The file is empty.' },
    ],
  ])('reads %j as a sentence', (problem, parts) => {
    expect(problemParts(problem)).toEqual(parts);
  });
});

describe('readiness', () => {
  it('blocks a file with problems, counting the rows they are on', () => {
    const errors = [
      { row: 2, column: 'framework', message: 'bad' },
      { row: 2, column: 'startedOn', message: 'bad' },
      { row: 5, column: 'name', message: 'bad' },
    ];
    expect(readiness(result({ errors }))).toEqual({ kind: 'blocked', problems: 3, rows: 2 });
    expect(readiness(result({ errors: [{ row: 0, column: '(file)', message: 'x' }] }))).toEqual({
      kind: 'blocked',
      problems: 1,
      rows: 0,
    });
  });

  it('has nothing to import when every row is unchanged', () => {
    expect(
      readiness(
        result({ summary: { rows: 2, create: 0, update: 0, unchanged: 2, invalid: 0, skip: 0, identities: 0 } }),
      ),
    ).toEqual({
      kind: 'nothing',
    });
  });

  it('is ready to record the identities of models it found by name, even when nothing else changes', () => {
    const ready = readiness(
      result({ summary: { rows: 2, create: 0, update: 0, unchanged: 2, invalid: 0, skip: 0, identities: 2 } }),
    );
    expect(ready).toEqual({ kind: 'ready', writes: 0, creates: 0, updates: 0, unchanged: 2, identities: 2 });
    if (ready.kind !== 'ready') throw new Error('not ready');
    expect(readySentence(ready)).toBe(
      '2 rows already match their models and stay as they are. 2 models found by name will remember their identity in the source, so a rename there is followed. Every row is written in one go, or none is.',
    );
  });

  it('is ready with the rows it would write', () => {
    const ready = readiness(
      result({ summary: { rows: 4, create: 2, update: 1, unchanged: 1, invalid: 0, skip: 0, identities: 0 } }),
    );
    expect(ready).toEqual({ kind: 'ready', writes: 3, creates: 2, updates: 1, unchanged: 1, identities: 0 });
    if (ready.kind !== 'ready') throw new Error('not ready');
    expect(readySentence(ready)).toBe(
      '2 new models and 1 update. 1 row already matches its model and stays as it is. Every row is written in one go, or none is.',
    );
  });
});

describe('writesSentence', () => {
  it.each([
    [1, 0, '1 new model'],
    [0, 2, '2 updates'],
    [3, 1, '3 new models and 1 update'],
    [0, 0, 'Nothing'],
  ])('%d creates, %d updates → %s', (creates, updates, text) => {
    expect(writesSentence(creates, updates)).toBe(text);
  });
});

describe('writtenModels', () => {
  it('lists the created and updated models with their ids', () => {
    const done = result({
      committed: true,
      rows: [
        row({ row: 1, name: 'A', modelId: 'a' }),
        row({ row: 2, name: 'B', action: 'unchanged', modelId: 'b' }),
        row({ row: 3, name: 'C', action: 'update', modelId: 'c' }),
      ],
    });
    expect(writtenModels(done)).toEqual([
      { id: 'a', name: 'A', action: 'create' },
      { id: 'c', name: 'C', action: 'update' },
    ]);
  });
});

describe('importErrorView', () => {
  const apiError = (status: number, message: string, body: Partial<NonNullable<ApiError['body']>> = {}) =>
    new ApiError(status, message, body.details ?? [], { statusCode: status, error: 'x', message, ...body });

  it('lists every problem of a refused file with its row and column', () => {
    const errors = [{ row: 3, column: 'framework', message: 'bad' }];
    const view = importErrorView(
      apiError(400, 'The file has 1 problem in 1 row; nothing was imported.', { errors }),
      true,
    );
    expect(view).toMatchObject({ title: 'Nothing was imported', problems: errors, cancelled: false });
  });

  it('falls back to the field details when a 400 has no rows', () => {
    const view = importErrorView(
      apiError(400, 'Bad', { details: [{ field: 'dryRun', message: 'must be true or false' }] }),
      false,
    );
    expect(view).toMatchObject({
      title: 'The file cannot be imported',
      problems: [{ row: 0, column: 'dryRun', message: 'must be true or false' }],
    });
  });

  it('names the limit of a 413 and the accepted types of a 415', () => {
    expect(importErrorView(apiError(413, 'Request body is too large (the limit is 20 MB)'), false)).toMatchObject({
      title: 'The file is too large',
      message: 'Request body is too large (the limit is 20 MB). Split it into several files.',
    });
    expect(importErrorView(apiError(415, 'Unsupported Media Type: image/png'), false).message).toMatch(
      /text\/csv.*application\/json/,
    );
  });

  it('says a failed commit imported nothing, and treats a cancel as a note', () => {
    expect(importErrorView(new ApiError(0, 'Cannot reach the server.', [], null), true).message).toBe(
      'Cannot reach the server. Nothing was imported.',
    );
    expect(importErrorView(new DOMException('stop', 'AbortError'), false)).toMatchObject({ cancelled: true });
  });
});

describe('source uploads', () => {
  const upload = (path: string, size = 10) => ({ path, file: { size } });

  it.each([
    [{ name: 'MLmodel', webkitRelativePath: 'models/ner-v2/MLmodel' }, 'models/ner-v2/MLmodel'],
    [{ name: 'catalog-info.yaml', webkitRelativePath: '' }, 'catalog-info.yaml'],
    [{ name: 'README.md' }, 'README.md'],
  ])('sends %j as %s', (file, path) => {
    expect(uploadPath(file)).toBe(path);
  });

  it('adds files to those chosen, a path chosen again replacing the earlier one', () => {
    const first = [upload('a/MLmodel'), upload('b/MLmodel')];
    const again = addSourceFiles(first, [upload('b/MLmodel', 99), upload('c/model.json')]);
    expect(again.map((file) => [file.path, file.file.size])).toEqual([
      ['a/MLmodel', 10],
      ['b/MLmodel', 99],
      ['c/model.json', 10],
    ]);
  });

  it.each<[string, { path: string; file: { size: number } }[], string | null]>([
    ['several files', [upload('a'), upload('b')], null],
    ['no file', [], 'Choose one or several files.'],
    ['an empty file', [upload('a'), upload('x/MLmodel', 0)], 'x/MLmodel is empty.'],
    [
      'files over the limit together',
      [upload('a', IMPORT_LIMIT_BYTES / 2), upload('b', IMPORT_LIMIT_BYTES / 2 + 1)],
      'The files are 20 MB together; an import takes at most 20 MB. Import them in several goes.',
    ],
  ])('checks %s', (_case, files, message) => {
    expect(checkSourceFiles(files)).toEqual(message === null ? { ok: true } : { ok: false, message });
  });

  it.each<[Parameters<typeof importUrl>[0], string]>([
    [{ dryRun: true }, '/api/imports?dryRun=true'],
    [{ dryRun: false }, '/api/imports'],
    [
      { dryRun: true, source: 'mlflow', name: ' Churn scorer ' },
      '/api/imports?source=mlflow&name=Churn+scorer&dryRun=true',
    ],
    [{ dryRun: false, source: 'backstage', name: '' }, '/api/imports?source=backstage'],
  ])('posts %j to %s', (options, url) => {
    expect(importUrl(options)).toBe(url);
  });
});
