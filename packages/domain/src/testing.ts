// Small factories for tests (here and, as `@mmt/domain/testing`, the API's): a believable legacy
// model, the default policy as a stored version, an exception, what a scan of a TF1 repository finds.
import { CHANGE_GROUPS, hasNews, type ChangeGroup, type ChangeItem, type ReviewChanges } from './review.js';
import type { ModelExceptionRecord } from './exception.js';
import type { ModelState } from './model.js';
import { DEFAULT_POLICY } from './policy.js';
import type { PolicyVersion } from './policy.js';
import type { ScanFindings } from './scan-findings.js';

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

/** What `mmt scan` finds in a TensorFlow 1.x repository; override what the test is about. */
export function newScanFindings(overrides: Partial<ScanFindings> = {}): ScanFindings {
  return {
    root: '/builds/team/model',
    filesScanned: 12,
    primary: { framework: 'tensorflow', version: '==1.15.2', family: 'TensorFlow 1.x' },
    frameworks: [
      {
        framework: 'tensorflow',
        version: '==1.15.2',
        family: 'TensorFlow 1.x',
        evidence: [{ file: 'requirements.txt', line: 3, text: 'tensorflow==1.15.2' }],
      },
    ],
    tf1Apis: {
      total: 3,
      byApi: { Session: 1, placeholder: 2, 'train.Saver': 0, contrib: 0 },
      occurrences: [
        { file: 'train.py', line: 10, api: 'Session' },
        { file: 'train.py', line: 4, api: 'placeholder' },
        { file: 'model.py', line: 7, api: 'placeholder' },
      ],
    },
    serialization: [{ format: 'tf-saver', file: 'train.py', line: 30 }],
    ...overrides,
  };
}

/** TF1 API counts in a scan: `tf1Uses(2, 1)` is 2 Session and 1 placeholder uses. */
export function tf1Uses(sessions: number, placeholders = 0): ScanFindings['tf1Apis'] {
  const occurrences = [
    ...Array.from({ length: sessions }, (_, index) => ({ file: 'train.py', line: index + 1, api: 'Session' as const })),
    ...Array.from({ length: placeholders }, (_, index) => ({
      file: 'graph.py',
      line: index + 1,
      api: 'placeholder' as const,
    })),
  ];
  return {
    total: sessions + placeholders,
    byApi: { Session: sessions, placeholder: placeholders, 'train.Saver': 0, contrib: 0 },
    occurrences,
  };
}
