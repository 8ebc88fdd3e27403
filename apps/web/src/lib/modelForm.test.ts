import type { Model } from '@mmt/domain';
import { describe, expect, it } from 'vitest';
import {
  changedFields,
  conflictRows,
  emptyModelForm,
  modelToForm,
  reapplyEdits,
  toCreateInput,
  toUpdateInput,
  validateCreate,
} from './modelForm';

const model: Model = {
  id: 'm1',
  version: 4,
  family: 'TensorFlow 1.x',
  createdAt: '2019-01-01T00:00:00Z',
  updatedAt: '2020-01-01T00:00:00Z',
  verdict: { status: 'grandfathered', reason: 'Legacy.', rule: 'grandfathered' },
  name: 'HS code classifier',
  team: 'Customs NLP',
  task: 'classification',
  framework: 'tensorflow',
  frameworkVersion: '1.15.2',
  lifecycle: 'production',
  deploymentTarget: 'server',
  servingStack: 'tf-serving',
  serialization: 'savedmodel',
  startedOn: '2018-03-01',
  migration: 'none',
  migrationTarget: null,
  retireBy: null,
  repoUrl: null,
  description: '',
  tags: ['customs', 'nlp'],
};

describe('register form', () => {
  it('reports each missing required field under its own name', () => {
    const errors = validateCreate(emptyModelForm());
    expect(errors).toMatchObject({
      name: 'Name is required',
      team: 'Team is required',
      framework: 'Framework is required',
      lifecycle: 'Lifecycle is required',
      startedOn: 'Started on is required',
    });
  });

  it('accepts a complete form and turns text into the API input', () => {
    const values = { ...modelToForm(model), name: 'New one', tags: ' a, b ,, a ', retireBy: '', since: '2019-05-01' };
    expect(validateCreate(values)).toEqual({});
    expect(toCreateInput(values)).toMatchObject({
      tags: ['a', 'b', 'a'],
      retireBy: null,
      repoUrl: null,
      since: '2019-05-01',
    });
  });

  it('uses the schema for formats, e.g. a bad URL', () => {
    const errors = validateCreate({ ...modelToForm(model), repoUrl: 'not a url' });
    expect(errors.repoUrl).toMatch(/^Repository URL must be an http\(s\) URL/);
  });
});

describe('edit form', () => {
  it('sends only the changed fields with the version it started from', () => {
    const values = { ...modelToForm(model), team: 'Trade NLP', tags: 'customs,  nlp' };
    expect(changedFields(model, values)).toEqual(['team']);
    expect(toUpdateInput(model, values)).toEqual({ version: 4, team: 'Trade NLP' });
  });

  it("on a stale edit, lays the user's changes over the newer version without losing theirs", () => {
    const mine = { ...modelToForm(model), team: 'Trade NLP', lifecycle: 'deprecated' };
    const theirs: Model = { ...model, version: 5, team: 'Customs (platform)', frameworkVersion: '1.15.5' };
    const merged = reapplyEdits(model, mine, theirs);
    expect(merged).toMatchObject({ team: 'Trade NLP', lifecycle: 'deprecated', frameworkVersion: '1.15.5' });

    const rows = conflictRows(model, mine, theirs);
    expect(rows.map((row) => [row.field, row.clash])).toEqual([
      ['team', true],
      ['frameworkVersion', false],
      ['lifecycle', false],
    ]);
  });
});
