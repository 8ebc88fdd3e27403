import { describe, expect, it } from 'vitest';
import {
  checkCsvHeader,
  csvRecords,
  importProblemField,
  jsonImportItems,
  jsonRecords,
  MAX_IMPORT_ROWS,
  planImport,
  type ExistingModel,
} from './import-rows.js';
import { REPORT_CSV_COLUMNS } from './report-csv.js';
import { newModelState } from './testing.js';

describe('checkCsvHeader', () => {
  it.each<[string, string[], RegExp | null]>([
    ['the minimal header', ['name', 'team', 'framework', 'lifecycle', 'startedOn'], null],
    ['the CSV report header', [...REPORT_CSV_COLUMNS], null],
    ['spaces around names', [' name ', 'team'], null],
    ['semicolons', ['name;team;framework'], /separated by ";"/],
    ['tabs', ['name\tteam'], /separated by tabs/],
    [
      'no name column (data in the first line)',
      ['HS code classifier', 'Trade', 'tensorflow'],
      /first line must be a header/,
    ],
    ['an unknown column', ['name', 'colour'], /not a known column/],
    ['a column twice', ['name', 'team', 'team'], /appears twice/],
    ['an empty column name', ['name', ''], /no name/],
  ])('%s', (_name, headers, problem) => {
    const problems = checkCsvHeader(headers);
    if (problem === null) expect(problems).toEqual([]);
    else expect(problems.map((found) => found.message).join(' ')).toMatch(problem);
    expect(problems.every((found) => found.row === 0)).toBe(true);
  });
});

describe('csvRecords', () => {
  it('reads cells as fields: formula quotes undone, tags split, empty optional cells as null, report-only columns skipped', () => {
    const [record] = csvRecords(
      ['name', 'tags', 'retireBy', 'since', 'verdict', 'description'],
      [["'=Model", 'a, b ,, c', '', '', 'violation', "'-dash"]],
    );
    expect(record).toEqual({
      row: 1,
      problems: [],
      fields: { name: '=Model', tags: ['a', 'b', 'c'], retireBy: null, description: '-dash' },
    });
  });

  it('flags a row whose cell count differs from the header', () => {
    const [record] = csvRecords(['name', 'team'], [['A', 'B', 'C']]);
    expect(record!.problems).toEqual([
      { row: 1, column: '(row)', message: expect.stringMatching(/3 cells but the header names 2/) },
    ]);
  });
});

describe('jsonImportItems and jsonRecords', () => {
  it.each<[string, unknown, number, RegExp | null]>([
    ['a bare array', [{ name: 'a' }], 1, null],
    ['{ models }', { models: [{ name: 'a' }, { name: 'b' }] }, 2, null],
    ['an empty array', [], 0, /no models/],
    ['an object without models', { items: [] }, 0, /"models" array/],
    ['a number', 42, 0, /"models" array/],
    ['a backup', { format: 'model-migration-tracker-backup', models: [] }, 0, /restore it/],
    ['more rows than an import takes', { models: Array<object>(MAX_IMPORT_ROWS + 1).fill({}) }, 0, /more than 50000/],
  ])('%s', (_name, data, count, problem) => {
    const { items, problems } = jsonImportItems(data);
    expect(items).toHaveLength(count);
    if (problem) expect(problems[0]!.message).toMatch(problem);
    else expect(problems).toEqual([]);
  });

  it('keeps import fields, skips the report-only ones, and names unknown keys and non-objects', () => {
    const records = jsonRecords([
      { name: 'a', verdict: { status: 'compliant' }, createdAt: 'x', colour: 'red' },
      'text',
    ]);
    expect(records[0]).toEqual({
      row: 1,
      fields: { name: 'a' },
      problems: [{ row: 1, column: 'colour', message: expect.stringMatching(/not a known field/) }],
    });
    expect(records[1]!.problems).toEqual([{ row: 2, column: '(row)', message: 'must be an object of model fields' }]);
  });
});

describe('planImport', () => {
  const existingState = newModelState({ name: 'Existing', lifecycle: 'staging' });
  const existing = new Map<string, ExistingModel>([['Existing', { id: 'm-1', version: 4, state: existingState }]]);
  const newRow = {
    name: 'New one',
    team: 'NLP',
    framework: 'pytorch',
    lifecycle: 'development',
    startedOn: '2022-01-01',
  };
  const plan = (rows: Record<string, unknown>[]) =>
    planImport(jsonRecords(rows), { byName: existing, bySourceRef: new Map() });

  it('creates new names with every field from nothing, and `since` dating the first event', () => {
    const result = plan([{ ...newRow, since: '2022-02-01' }]);
    expect(result.rows[0]).toMatchObject({ row: 1, action: 'create', modelId: null, errors: [] });
    expect(result.rows[0]!.changes).toContainEqual({ field: 'name', from: null, to: 'New one' });
    expect(result.creates[0]).toMatchObject({
      row: 1,
      state: { name: 'New one', deploymentTarget: 'server', tags: [] },
    });
    expect(result.creates[0]!.since?.toISOString()).toBe('2022-02-01T00:00:00.000Z');
  });

  it('updates an existing name with only what changes, at the version it saw; `since` is ignored there', () => {
    const result = plan([{ name: 'Existing', lifecycle: 'production', team: existingState.team, since: '2019-01-01' }]);
    expect(result.rows[0]).toMatchObject({
      action: 'update',
      modelId: 'm-1',
      changes: [{ field: 'lifecycle', from: 'staging', to: 'production' }],
    });
    expect(result.updates[0]).toMatchObject({
      modelId: 'm-1',
      version: 4,
      state: { ...existingState, lifecycle: 'production' },
    });
  });

  it('imports a model whose framework no one knows yet as unknown', () => {
    expect(plan([{ ...newRow, framework: 'unknown' }]).creates[0]?.state.framework).toBe('unknown');
  });

  it('calls an update that changes nothing unchanged', () => {
    expect(plan([{ name: 'Existing', lifecycle: 'staging' }]).rows[0]!.action).toBe('unchanged');
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    [
      'an unknown framework',
      { ...newRow, framework: 'caffe' },
      'framework',
      /"caffe" is not a valid framework; use one of: tensorflow, keras/,
    ],
    ['an unknown lifecycle', { ...newRow, lifecycle: 'shipped' }, 'lifecycle', /"shipped" is not a valid lifecycle/],
    ['an impossible date', { ...newRow, startedOn: '2021-02-29' }, 'startedOn', /real calendar date.*"2021-02-29"/],
    ['a missing team on a new model', { ...newRow, team: undefined }, 'team', /required for a new model/],
    ['an empty framework on a new model', { ...newRow, framework: '' }, 'framework', /required for a new model/],
    ['no name', { ...newRow, name: '' }, 'name', /required/],
    ['a future since', { ...newRow, since: '2999-01-01' }, 'since', /future/],
    ['a since before 1990', { ...newRow, since: '1989-12-31' }, 'since', /between 1990-01-01/],
    ['a bad URL', { ...newRow, repoUrl: 'ftp://x' }, 'repoUrl', /http/],
    ['an object for a framework', { ...newRow, framework: { toString: 'x' } }, 'framework', /"{"toString":"x"}"/],
    ['an object for a date', { ...newRow, startedOn: { toString: 'x' } }, 'startedOn', /got "{"toString":"x"}"/],
    ['a list for a name', { ...newRow, name: ['a'] }, 'name', /expected string/],
    ['a lone surrogate', { ...newRow, team: 'a\ud800' }, 'team', /lone UTF-16 surrogate/],
    [
      'unknown as a migration target',
      { ...newRow, migrationTarget: 'unknown' },
      'migrationTarget',
      /"unknown" is not a valid migrationTarget; use one of: tensorflow, .*, other$/,
    ],
    [
      'a bad value on an update',
      { name: 'Existing', migration: 'soon' },
      'migration',
      /"soon" is not a valid migration/,
    ],
  ])('names %s with its column and an actionable message', (_name, row, column, message) => {
    const result = plan([row]);
    expect(result.rows[0]!.action).toBe('invalid');
    expect(result.errors).toContainEqual({ row: 1, column, message: expect.stringMatching(message) });
    expect(result.creates).toEqual([]);
    expect(result.updates).toEqual([]);
  });

  it('flags a name repeated within the file on each later row', () => {
    const result = plan([newRow, { ...newRow, team: 'Other' }, newRow]);
    expect(result.errors).toEqual([
      { row: 2, column: 'name', message: '"New one" is also on row 1; a model may appear only once per file' },
      { row: 3, column: 'name', message: '"New one" is also on row 1; a model may appear only once per file' },
    ]);
    expect(result.summary).toEqual({ rows: 3, create: 1, update: 0, unchanged: 0, invalid: 2, skip: 0, identities: 0 });
  });
});

describe('planImport with source identities', () => {
  const ner = { id: 'm-ner', version: 2, state: newModelState({ name: 'Customs NER', team: 'NLP' }) };
  const other = { id: 'm-other', version: 1, state: newModelState({ name: 'Other model' }) };
  const existing = {
    byName: new Map([
      ['Customs NER', ner],
      ['Other model', other],
    ]),
    bySourceRef: new Map([['backstage:resource:default/customs-ner', ner]]),
  };
  const record = (fields: Record<string, unknown>, sourceRef: string | null, createOnly = {}) => ({
    row: 1,
    fields,
    problems: [],
    createOnly,
    sourceRef,
    file: 'catalog-info.yaml',
    notes: ['from the catalog'],
  });
  const planOne = (fields: Record<string, unknown>, sourceRef: string | null, createOnly = {}) =>
    planImport([record(fields, sourceRef, createOnly)], existing);

  it.each<[string, Record<string, unknown>, string | null, object, string[]]>([
    [
      'a rename in the source: matched by identity, renamed',
      { name: 'Customs NER pipeline' },
      'backstage:resource:default/customs-ner',
      {
        action: 'update',
        modelId: 'm-ner',
        changes: [{ field: 'name', from: 'Customs NER', to: 'Customs NER pipeline' }],
      },
      ['from the catalog', 'renamed in the source: was "Customs NER"'],
    ],
    [
      'a known identity, nothing new',
      { name: 'Customs NER' },
      'backstage:resource:default/customs-ner',
      { action: 'unchanged', modelId: 'm-ner' },
      ['from the catalog'],
    ],
    [
      'a new identity on a known name: matched by name, identity recorded',
      { name: 'Other model' },
      'mlflow:other',
      { action: 'unchanged', modelId: 'm-other' },
      ['from the catalog', 'matched by name; its identity mlflow:other is recorded with the model'],
    ],
    [
      'a new identity and a new name: created from the stand-ins',
      { name: 'Fresh' },
      'mlflow:fresh',
      { action: 'create', modelId: null, sourceRef: 'mlflow:fresh', file: 'catalog-info.yaml' },
      ['from the catalog'],
    ],
  ])('%s', (_case, fields, sourceRef, expected, notes) => {
    const result = planOne(fields, sourceRef, {
      team: 'unassigned',
      framework: 'unknown',
      lifecycle: 'development',
      startedOn: '2021-03-01',
      since: '2021-03-01T10:00:00Z',
    });
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject(expected);
    expect(result.rows[0]!.notes).toEqual(notes);
  });

  it('records the identity of a row matched by name, and of a created model', () => {
    const result = planImport(
      [
        record({ name: 'Other model' }, 'mlflow:other'),
        {
          ...record({ name: 'Fresh' }, 'mlflow:fresh', {
            team: 'x',
            framework: 'unknown',
            lifecycle: 'research',
            startedOn: '2021-01-01',
            since: '2021-02-03',
          }),
          row: 2,
        },
      ],
      existing,
    );
    expect(result.newSourceRefs).toEqual([{ modelId: 'm-other', sourceRef: 'mlflow:other' }]);
    expect(result.creates[0]).toMatchObject({ sourceRef: 'mlflow:fresh', state: { framework: 'unknown' } });
    expect(result.creates[0]!.since?.toISOString()).toBe('2021-02-03T00:00:00.000Z');
  });

  it('never lets the stand-ins change an existing model', () => {
    const result = planOne({ name: 'Customs NER' }, 'backstage:resource:default/customs-ner', { framework: 'unknown' });
    expect(result.rows[0]!.action).toBe('unchanged');
  });

  it('refuses a rename to the name of another model', () => {
    const result = planOne({ name: 'Other model' }, 'backstage:resource:default/customs-ner');
    expect(result.errors).toEqual([
      {
        row: 1,
        column: 'name',
        message:
          '"Other model" is the name of another model; "Customs NER" (backstage:resource:default/customs-ner) cannot be renamed to it',
      },
    ]);
  });

  it('refuses two rows that stand for one model', () => {
    const result = planImport(
      [
        record({ name: 'Renamed' }, 'backstage:resource:default/customs-ner'),
        { ...record({ name: 'Customs NER' }, null), row: 2 },
      ],
      existing,
    );
    expect(result.errors).toEqual([
      {
        row: 2,
        column: 'name',
        message: 'stands for the same model as row 1 ("Customs NER"); a model may appear only once per file',
      },
    ]);
  });
});

describe('importProblemField', () => {
  it.each([
    [{ row: 3, column: 'framework', message: '' }, 'rows[2].framework'],
    [{ row: 0, column: 'colour', message: '' }, 'file.colour'],
  ])('%j → %s', (problem, field) => {
    expect(importProblemField(problem)).toBe(field);
  });
});
