import { planImport } from '@mmt/domain';
import { describe, expect, it } from 'vitest';
import { modelDraft, toImportRecord, type SourceFields, type SourceModelRow, type SourceRow } from '../rows.js';
import { fixture } from '../testing/fixtures.js';
import { mapMlflowFiles } from './index.js';

const file = (path: string) => fixture('mlflow', path);
const models = (rows: readonly SourceRow[]) => rows.filter((row): row is SourceModelRow => row.kind === 'model');
const only = (paths: string[], options = {}) => {
  const result = mapMlflowFiles(paths.map(file), options);
  expect(result.problems).toEqual([]);
  expect(result.rows).toHaveLength(1);
  return result.rows[0] as SourceModelRow;
};

interface Case {
  name: string;
  files: string[];
  sourceRef: string | null;
  fields: SourceFields;
  createOnly: SourceFields;
  notes: (string | RegExp)[];
}

const cases: Case[] = [
  {
    name: 'a registered model: the most advanced stage wins, aliases kept, first registration dates it',
    files: ['export/sklearn_wine/model.json'],
    sourceRef: 'mlflow:sklearn_wine',
    fields: {
      name: 'sklearn_wine',
      description: 'Sklearn Wine Quality model',
      lifecycle: 'production',
      tags: ['info:wine quality', 'alias:about-ready', 'alias:good-to-go'],
    },
    createOnly: {
      framework: 'unknown',
      startedOn: '2023-05-22',
      since: '2023-05-22T00:41:15.258Z',
    },
    notes: [
      'lifecycle production from version 1 in stage Production',
      'alias about-ready → version 2',
      'framework not declared: imported as unknown',
    ],
  },
  {
    name: 'stages, tags and aliases that disagree: current_stage is trusted',
    files: ['export/ner_tagger/model.json'],
    sourceRef: 'mlflow:customs-ner-tagger',
    fields: {
      name: 'customs-ner-tagger',
      description: 'Tags parties, goods and places in customs declarations.',
      lifecycle: 'staging',
      team: 'NLP Platform',
      task: 'NER',
      tags: ['alias:champion'],
    },
    createOnly: { framework: 'unknown', startedOn: '2021-03-22', since: '2021-03-22T09:59:48.373Z' },
    notes: [
      'team from tag team',
      /^tag stage=production disagrees with the registry's stage \(Staging\): the stage is kept$/,
      /^alias champion points at version 7 \(stage Staging\): the lifecycle follows the stages, not aliases$/,
    ],
  },
  {
    name: 'an old export (no mlflow envelope, timestamps as text), every version archived',
    files: ['export/hs_code_classifier/model.json'],
    sourceRef: 'mlflow:hs-code-classifier',
    fields: { name: 'hs-code-classifier', lifecycle: 'deprecated', framework: 'tensorflow' },
    createOnly: { startedOn: '2019-03-18', since: '2019-03-18T08:00:00.000Z' },
    notes: ['framework from tag framework=tensorflow'],
  },
  {
    name: 'template placeholders where dates, ids and owners should be: noted, never read',
    files: ['export/templated/model.json'],
    sourceRef: 'mlflow:invoice-line-classifier',
    fields: { name: 'invoice-line-classifier', lifecycle: 'production' },
    createOnly: { framework: 'unknown' },
    notes: [
      'description is a template placeholder ("TODO"): ignored',
      'version 1 creation_timestamp is a template placeholder ("<creation-timestamp>"): ignored',
      'version 1 run_id is a template placeholder ("{{ run_id }}"): ignored',
      'tag owner is a template placeholder ("{{ cookiecutter.team }}"): ignored',
      'registered_model creation_timestamp is a template placeholder ("${CREATED_AT}"): ignored',
    ],
  },
  {
    name: "an export with its current version's MLmodel: one model, framework from the MLmodel",
    files: ['export/ner_tagger/model.json', 'models/ner-tagger/MLmodel'],
    sourceRef: 'mlflow:customs-ner-tagger',
    fields: {
      name: 'customs-ner-tagger',
      lifecycle: 'staging',
      framework: 'pytorch',
      frameworkVersion: '2.1.0+cu121',
    },
    createOnly: { since: '2021-03-22T09:59:48.373Z' },
    notes: ['framework from models/ner-tagger/MLmodel (run 00823dcf475e4466aa71dd6f96799185)'],
  },
  {
    name: 'MLmodel: tf.keras from TensorFlow 1.x days names no TensorFlow version',
    files: ['models/intent-router/MLmodel'],
    sourceRef: null,
    fields: { name: 'intent-router', framework: 'tensorflow', serialization: 'keras-h5' },
    createOnly: { startedOn: '2019-09-02', since: '2019-09-02T08:14:05.123Z' },
    notes: [
      'named after its folder, intent-router',
      'tf.keras 2.2.4-tf came with several TensorFlow releases (1.13 to 2.2): frameworkVersion left empty',
    ],
  },
  {
    name: 'MLmodel: the tensorflow flavor of a TF 2 Keras model',
    files: ['models/sentiment-tf2/MLmodel'],
    sourceRef: null,
    fields: { name: 'sentiment-tf2', framework: 'tensorflow', frameworkVersion: '2.11.0', serialization: 'savedmodel' },
    createOnly: { startedOn: '2023-03-01' },
    notes: ["TensorFlow version read from tf.keras's version (2.11.0)"],
  },
  {
    name: 'MLmodel: only a custom python_function pickled with cloudpickle',
    files: ['models/custom-router/MLmodel'],
    sourceRef: null,
    fields: { name: 'custom-router' },
    createOnly: { framework: 'unknown', startedOn: '2023-06-20' },
    notes: [
      'only a custom python_function model (pickled with cloudpickle): framework not declared: imported as unknown',
    ],
  },
  {
    name: 'MLmodel: transformers on PyTorch',
    files: ['models/zero-shot/MLmodel'],
    sourceRef: null,
    fields: { name: 'zero-shot', framework: 'pytorch' },
    createOnly: { startedOn: '2024-01-10' },
    notes: ["transformers 4.36.2 on pt: its framework's version is not recorded"],
  },
  {
    name: "MLmodel in a run's artifact folder: named after its run; a TODO date is no date",
    files: ['runs/7a1c0e52d3f04b0c9f3c61d8e2a4b5c6/artifacts/model/MLmodel'],
    sourceRef: null,
    fields: {
      name: '7a1c0e52d3f04b0c9f3c61d8e2a4b5c6',
      framework: 'onnx',
      frameworkVersion: '1.14.1',
      serialization: 'onnx',
    },
    createOnly: {},
    notes: [
      'utc_time_created is a template placeholder ("TODO"): ignored',
      /^named after its run, 7a1c0e52d3f04b0c9f3c61d8e2a4b5c6/,
    ],
  },
];

describe('mapMlflowFiles', () => {
  it.each(cases)('$name', (c) => {
    const row = only(c.files);
    expect(row.sourceRef).toBe(c.sourceRef);
    expect(row.fields).toEqual(expect.objectContaining(c.fields));
    expect(row.createOnly).toEqual(expect.objectContaining(c.createOnly));
    for (const note of c.notes) {
      expect(row.notes).toContainEqual(typeof note === 'string' ? note : expect.stringMatching(note));
    }
  });

  it('never states what it guessed: the framework and dates stay create-only', () => {
    const row = only(['export/sklearn_wine/model.json']);
    expect(row.fields).not.toHaveProperty('framework');
    expect(row.fields).not.toHaveProperty('startedOn');
    expect(row.fields).not.toHaveProperty('since');
  });

  it('names the model of a single MLmodel upload with the name option, and only then', () => {
    expect(only(['models/intent-router/MLmodel'], { name: 'Intent router' }).fields.name).toBe('Intent router');
    const two = mapMlflowFiles([file('models/intent-router/MLmodel'), file('models/zero-shot/MLmodel')], {
      name: 'Intent router',
    });
    expect(models(two.rows).map((row) => row.fields.name)).toEqual(['intent-router', 'zero-shot']);
  });

  it('skips the other files of an export with a note, in upload order', () => {
    const result = mapMlflowFiles([file('export/manifest.json'), file('export/sklearn_wine/model.json')]);
    expect(result.rows.map((row) => [row.row, row.kind, row.file])).toEqual([
      [1, 'skip', 'export/manifest.json'],
      [2, 'model', 'export/sklearn_wine/model.json'],
    ]);
    expect(result.rows[0]?.notes).toEqual([
      'export/manifest.json is not a registered-model export (no registered_model): skipped',
    ]);
  });

  it.each<[string, { path: string; text: string }, RegExp]>([
    [
      'an MLmodel that is Python source',
      file('models/broken/MLmodel'),
      /is not an MLmodel file: .*\(it looks like Python source\)\.$/,
    ],
    [
      'an MLmodel with no flavors',
      { path: 'x/MLmodel', text: 'run_id: abc\n' },
      /is not an MLmodel file: it has no flavors\.$/,
    ],
    [
      'an MLmodel that is not YAML',
      { path: 'x/MLmodel', text: 'flavors: [unclosed\n  - a: b' },
      /its YAML cannot be read/,
    ],
    [
      'an export that is not JSON',
      { path: 'model.json', text: '{"registered_model": ' },
      /^model\.json is not valid JSON: /,
    ],
    [
      'an export whose model has no name',
      { path: 'model.json', text: '{"registered_model": {"versions": []}}' },
      /has no name/,
    ],
  ])('refuses %s with a problem naming the file, never an exception', (_name, input, message) => {
    const result = mapMlflowFiles([input]);
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([{ row: 0, column: input.path, message: expect.stringMatching(message) }]);
  });

  it('feeds the import pipeline: stand-ins only for a new model', () => {
    const [row] = models(mapMlflowFiles([file('export/ner_tagger/model.json')]).rows);
    const record = toImportRecord(row!, '2026-01-05');
    const created = planImport([record], { byName: new Map(), bySourceRef: new Map() });
    expect(created.creates[0]?.state).toMatchObject({
      name: 'customs-ner-tagger',
      team: 'NLP Platform',
      framework: 'unknown',
      lifecycle: 'staging',
      startedOn: '2021-03-22',
    });
    expect(created.creates[0]?.since?.toISOString()).toBe('2021-03-22T09:59:48.373Z');
    expect(created.creates[0]?.sourceRef).toBe('mlflow:customs-ner-tagger');
    // A re-import keeps the framework someone triaged since.
    const existing = { id: 'm-1', version: 3, state: { ...created.creates[0]!.state, framework: 'pytorch' as const } };
    const again = planImport([record], {
      byName: new Map(),
      bySourceRef: new Map([['mlflow:customs-ner-tagger', existing]]),
    });
    expect(again.rows[0]).toMatchObject({ action: 'unchanged', modelId: 'm-1' });
  });

  it.each<[string, SourceFields, SourceFields, Partial<SourceFields>, RegExp[]]>([
    [
      'nothing to date or own it',
      { name: 'x' },
      { framework: 'unknown' },
      { team: 'unassigned', lifecycle: 'development', startedOn: '2026-01-05' },
      [/team is "unassigned"/, /lifecycle.*development/, /starts today, 2026-01-05/],
    ],
    [
      'a first date from the source',
      { name: 'x', team: 'NLP', lifecycle: 'production' },
      { since: '2020-06-01T12:00:00.000Z' },
      { startedOn: '2020-06-01' },
      [/its first date, 2020-06-01/],
    ],
    ['everything given', { name: 'x', team: 'NLP', lifecycle: 'research', startedOn: '2019-01-01' }, {}, {}, []],
  ])('gives a new model what it needs and no file says: %s', (_case, fields, createOnly, defaults, notes) => {
    const row: SourceModelRow = { ...modelDraft('f'), row: 1, fields, createOnly };
    const record = toImportRecord(row, '2026-01-05');
    expect(record.fields).toEqual(fields);
    expect(record.createOnly).toEqual({ ...createOnly, ...defaults });
    expect(record.notes).toHaveLength(notes.length);
    notes.forEach((note, index) => expect(record.notes?.[index]).toMatch(note));
  });
});
