import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, backupSchema, checkBackupIntegrity, type Backup } from './backup.js';
import { DEFAULT_POLICY } from './policy.js';
import { newModelState } from './testing.js';

const MODEL_A = '4b0e8e8c-1111-4c4c-8888-123456789abc';
const MODEL_B = '4b0e8e8c-2222-4c4c-8888-123456789abc';

function backup(): Backup {
  const event = (id: string, version: number, name: string) => ({
    id,
    kind: version === 1 ? ('created' as const) : ('updated' as const),
    actor: 'dana',
    at: `2020-0${version}-01T00:00:00.000Z`,
    recordedAt: `2020-0${version}-01T00:00:00.000Z`,
    version,
    changes: [],
    state: { ...newModelState({ name }) } as Record<string, unknown>,
  });
  return {
    format: BACKUP_FORMAT,
    schemaVersion: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    policyVersions: [{ ...DEFAULT_POLICY, id: 1, createdAt: '2020-01-01T00:00:00.000Z', createdBy: 'system' }],
    models: [
      {
        id: MODEL_A,
        version: 2,
        createdAt: '2020-01-01T00:00:00.000Z',
        updatedAt: '2020-02-01T00:00:00.000Z',
        events: [event('1', 1, 'A'), event('2', 2, 'A')],
      },
      {
        id: MODEL_B,
        version: 1,
        createdAt: '2020-01-01T00:00:00.000Z',
        updatedAt: '2020-01-01T00:00:00.000Z',
        events: [event('3', 1, 'B')],
      },
    ],
    exceptions: [],
    reviews: [],
  };
}

// The domain has no DOM or Node types, so no structuredClone.
const clone = (value: Backup): Backup => JSON.parse(JSON.stringify(value)) as Backup;

describe('backupSchema', () => {
  it('accepts a well-formed backup and keeps states as written', () => {
    const parsed = backupSchema.parse(backup());
    expect(parsed.models[0]!.events[0]!.state).toEqual(newModelState({ name: 'A' }));
  });

  it.each<[string, (copy: Backup) => unknown, string]>([
    ['another file', () => ({ format: 'x' }), 'format'],
    [
      'an event state breaking the model rules',
      (copy) => ((copy.models[0]!.events[0]!.state['lifecycle'] = 'shipped'), copy),
      'models.0.events.0.state.lifecycle',
    ],
    ['a bad event id', (copy) => ((copy.models[0]!.events[0]!.id = 'abc'), copy), 'models.0.events.0.id'],
    ['no policy version', (copy) => ((copy.policyVersions = []), copy), 'policyVersions'],
  ])('rejects %s at %s', (_name, change, path) => {
    const result = backupSchema.safeParse(change(clone(backup())));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('checkBackupIntegrity', () => {
  it('finds nothing wrong in a consistent backup', () => {
    expect(checkBackupIntegrity(backup())).toEqual([]);
  });

  it.each<[string, (copy: Backup) => void, string]>([
    ['a repeated model id', (copy) => (copy.models[1]!.id = MODEL_A), 'models[1]'],
    ['a repeated event id', (copy) => (copy.models[1]!.events[0]!.id = '1'), 'events[2]'],
    ['a model version no event has', (copy) => (copy.models[0]!.version = 5), 'models[0].version'],
    ['two models with one current name', (copy) => (copy.models[1]!.events[0]!.state['name'] = 'A'), 'models[1].name'],
    [
      "one tool's identity on two models",
      (copy) => {
        copy.models[0]!.sourceRefs = ['mlflow:a', 'backstage:resource:default/a'];
        copy.models[1]!.sourceRefs = ['mlflow:a'];
      },
      'sourceRefs[2]',
    ],
    [
      'an exception of a missing model',
      (copy) =>
        copy.exceptions.push({
          id: MODEL_B,
          modelId: '4b0e8e8c-9999-4c4c-8888-123456789abc',
          reason: 'r',
          approvedBy: 'a',
          grantedOn: '2020-01-01',
          expiresOn: '2021-01-01',
          createdAt: '2020-01-01T00:00:00.000Z',
          createdBy: 'a',
          revokedAt: null,
          revokedBy: null,
        }),
      'exceptions[0].modelId',
    ],
  ])('names %s', (_name, change, field) => {
    const copy = clone(backup());
    change(copy);
    expect(checkBackupIntegrity(copy).map((problem) => problem.field)).toContain(field);
  });
});
