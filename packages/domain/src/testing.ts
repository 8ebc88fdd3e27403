// Small factories for tests: a believable legacy model, the default policy as a stored version, an exception.
import { CHANGE_GROUPS, hasNews, type ChangeGroup, type ChangeItem, type ReviewChanges } from './review.js';
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

/** Items grouped as the weekly review answers them: each group's first `preview` items and its total. */
export function groupChanges(since: Date | null, items: readonly ChangeItem[], preview = Infinity): ReviewChanges {
  const totals = Object.fromEntries(
    CHANGE_GROUPS.map((group) => [group, items.filter((item) => item.kind === group).length]),
  ) as Record<ChangeGroup, number>;
  return {
    since: since?.toISOString() ?? null,
    groups: Object.fromEntries(
      CHANGE_GROUPS.map((group) => [
        group,
        { total: totals[group], items: items.filter((item) => item.kind === group).slice(0, preview) },
      ]),
    ) as ReviewChanges['groups'],
    hasNews: hasNews(totals),
  };
}
