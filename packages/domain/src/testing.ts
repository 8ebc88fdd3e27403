// Small factories for tests: a believable legacy model, the default policy as a stored version, an exception.
import type { ModelExceptionRecord } from './exception.js';
import type { ModelState } from './model.js';
import { DEFAULT_POLICY } from './policy.js';
import type { PolicyVersion } from './policy.js';

export function newModelState(overrides: Partial<ModelState> = {}): ModelState {
  return {
    name: 'HS code classifier',
    team: 'Trade NLP',
    task: 'text classification',
    framework: 'tensorflow',
    frameworkVersion: '1.15',
    lifecycle: 'production',
    deploymentTarget: 'server',
    servingStack: 'tf-serving',
    serialization: 'savedmodel',
    startedOn: '2018-05-01',
    migration: 'none',
    migrationTarget: null,
    retireBy: null,
    repoUrl: null,
    description: '',
    tags: [],
    ...overrides,
  };
}

export function newPolicyVersion(overrides: Partial<PolicyVersion> = {}): PolicyVersion {
  return {
    ...DEFAULT_POLICY,
    id: 1,
    createdAt: '2020-04-01T00:00:00.000Z',
    createdBy: 'seed',
    ...overrides,
  };
}

export function newException(overrides: Partial<ModelExceptionRecord> = {}): ModelExceptionRecord {
  return {
    id: 'exc-1',
    modelId: 'model-1',
    reason: 'PyTorch Mobile is not ready',
    approvedBy: 'Dana Lee',
    grantedOn: '2020-06-01',
    expiresOn: '2021-06-01',
    createdAt: '2020-06-01T09:00:00.000Z',
    createdBy: 'dana',
    revokedAt: null,
    revokedBy: null,
    ...overrides,
  };
}
