import { describe, expect, it } from 'vitest';
import { createModelSchema, diffStates, updateModelSchema, type ModelState } from './model.js';

const valid = {
  name: 'HS code classifier',
  team: 'Trade',
  framework: 'tensorflow',
  lifecycle: 'production',
  startedOn: '2018-03-01',
};
const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('createModelSchema', () => {
  it('fills the optional fields with their defaults', () => {
    expect(createModelSchema.parse(valid)).toMatchObject({
      task: '',
      frameworkVersion: '',
      deploymentTarget: 'server',
      migration: 'none',
      migrationTarget: null,
      retireBy: null,
      repoUrl: null,
      tags: [],
    });
  });

  it.each([
    ['a missing name', { name: undefined }, 'name'],
    ['a blank name', { name: '   ' }, 'name'],
    ['a 101-character name', { name: 'x'.repeat(101) }, 'name'],
    ['a NUL character', { team: 'a\u0000b' }, 'team'],
    ['an unknown framework', { framework: 'caffe' }, 'framework'],
    ['an unknown lifecycle', { lifecycle: 'shipped' }, 'lifecycle'],
    ['an impossible date', { startedOn: '2020-13-45' }, 'startedOn'],
    ['an impossible retireBy', { retireBy: '2021-02-29' }, 'retireBy'],
    ['a non-http repository', { repoUrl: 'ftp://example.com/repo' }, 'repoUrl'],
    ['a future since', { since: '2999-01-01' }, 'since'],
    ['an unknown field', { colour: 'blue' }, ''],
    ['unknown as a migration target', { migrationTarget: 'unknown' }, 'migrationTarget'],
  ])('refuses %s', (_case, change, field) => {
    expect(fieldsOf(createModelSchema.safeParse({ ...valid, ...change }))).toContain(field);
  });

  it('takes unknown as the framework of a model no one has triaged yet', () => {
    expect(createModelSchema.parse({ ...valid, framework: 'unknown' }).framework).toBe('unknown');
  });

  it('says why unknown is no migration target', () => {
    const result = createModelSchema.safeParse({ ...valid, migrationTarget: 'unknown' });
    expect(result.error?.issues[0]?.message).toBe('must be a known framework: the one the model moves to');
  });

  it('reads `since` as the start of a date, or the timestamp given', () => {
    expect(createModelSchema.parse({ ...valid, since: '2019-03-01' }).since?.toISOString()).toBe(
      '2019-03-01T00:00:00.000Z',
    );
    expect(createModelSchema.parse({ ...valid, since: '2019-03-01T12:00:00Z' }).since?.toISOString()).toBe(
      '2019-03-01T12:00:00.000Z',
    );
  });

  it('trims text and removes repeated tags', () => {
    expect(createModelSchema.parse({ ...valid, name: '  HS  ', tags: ['nlp', 'nlp', 'cnn'] })).toMatchObject({
      name: 'HS',
      tags: ['nlp', 'cnn'],
    });
  });
});

describe('updateModelSchema', () => {
  it('keeps only the fields sent, with no defaults', () => {
    expect(updateModelSchema.parse({ version: 3, lifecycle: 'retired' })).toEqual({ version: 3, lifecycle: 'retired' });
  });

  it.each([
    ['no version', { lifecycle: 'retired' }, 'version'],
    ['a version that is not a positive integer', { version: 0 }, 'version'],
    ['an unknown field', { version: 1, colour: 'x' }, ''],
  ])('refuses %s', (_case, body, field) => expect(fieldsOf(updateModelSchema.safeParse(body))).toContain(field));

  it('clears an optional field with null', () => {
    expect(updateModelSchema.parse({ version: 2, retireBy: null })).toEqual({ version: 2, retireBy: null });
  });
});

describe('diffStates', () => {
  const before = createModelSchema.parse(valid) as ModelState;
  it.each([
    ['nothing changed', {}, []],
    ['one field', { lifecycle: 'deprecated' }, [{ field: 'lifecycle', from: 'production', to: 'deprecated' }]],
    ['a list', { tags: ['a'] }, [{ field: 'tags', from: [], to: ['a'] }]],
  ] as const)('%s', (_case, change, expected) => {
    expect(diffStates(before, { ...before, ...change } as ModelState)).toEqual(expected);
  });

  it('lists every field of a new model as coming from null', () => {
    expect(diffStates(null, before)).toContainEqual({ field: 'name', from: null, to: 'HS code classifier' });
  });
});
