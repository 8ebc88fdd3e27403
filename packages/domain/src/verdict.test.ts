import { describe, expect, it } from 'vitest';
import type { ModelExceptionRecord } from './exception.js';
import type { ModelState } from './model.js';
import { policyInForceOn } from './policy.js';
import type { PolicyVersion } from './policy.js';
import { newException, newModelState, newPolicyVersion } from './testing.js';
import { RULE_STATUS, VERDICT_RULES, evaluate, isNewProject } from './verdict.js';
import type { VerdictRule } from './verdict.js';

const D = '2021-06-15';
const policy = newPolicyVersion();
const withAllowance = newPolicyVersion({
  allowances: [
    {
      frameworks: ['tensorflow'],
      deploymentTargets: ['mobile', 'edge'],
      servingStacks: ['tf-lite'],
      reason: 'On-device models may keep TensorFlow Lite until PyTorch Mobile is ready',
    },
  ],
});

const onMobile = newPolicyVersion({
  allowances: [{ deploymentTargets: ['mobile'], reason: 'Anything on a phone may wait for PyTorch Mobile' }],
});

const legacyTf: Partial<ModelState> = { startedOn: '2018-05-01', framework: 'tensorflow', frameworkVersion: '1.15' };
const newTf: Partial<ModelState> = { startedOn: '2020-06-01', framework: 'tensorflow', frameworkVersion: '1.15' };
const newTorch: Partial<ModelState> = {
  startedOn: '2020-06-01',
  framework: 'pytorch',
  frameworkVersion: '1.5.0',
  servingStack: 'fastapi',
};
const onDevice: Partial<ModelState> = { ...newTf, deploymentTarget: 'mobile', servingStack: 'tf-lite' };

// Exceptions relative to D = 2021-06-15.
const active = newException({ id: 'active', grantedOn: '2021-01-01', expiresOn: '2022-01-01' });
const grantedOnD = newException({ id: 'granted-on-d', grantedOn: D, expiresOn: '2022-01-01' });
const grantedTomorrow = newException({ id: 'pending', grantedOn: '2021-06-16', expiresOn: '2022-01-01' });
const expiresOnD = newException({ id: 'expires-on-d', grantedOn: '2021-01-01', expiresOn: D });
const expiresTomorrow = newException({ id: 'expires-tomorrow', grantedOn: '2021-01-01', expiresOn: '2021-06-16' });
const expiredLongAgo = newException({ id: 'old', grantedOn: '2020-06-01', expiresOn: '2021-01-01' });
const revokedBeforeD = newException({
  ...active,
  id: 'revoked',
  revokedAt: '2021-03-01T10:00:00.000Z',
  revokedBy: 'sam',
});
const revokedAfterD = newException({
  ...active,
  id: 'revoked-later',
  revokedAt: '2021-07-01T10:00:00.000Z',
  revokedBy: 'sam',
});

interface Case {
  name: string;
  model: Partial<ModelState>;
  rule: VerdictRule;
  date?: string;
  exceptions?: ModelExceptionRecord[];
  policy?: PolicyVersion;
  instant?: Date;
  reason?: string | RegExp;
}

const cases: Case[] = [
  // 1. retired
  {
    name: 'retired legacy model',
    model: { ...legacyTf, lifecycle: 'retired' },
    rule: 'retired',
    reason: 'Retired, so left out of compliance rates.',
  },
  { name: 'retired new violator', model: { ...newTf, lifecycle: 'retired' }, rule: 'retired' },
  { name: 'retired beats exception', model: { ...newTf, lifecycle: 'retired' }, exceptions: [active], rule: 'retired' },
  { name: 'retired beats out_of_scope', model: { framework: 'onnx', lifecycle: 'retired' }, rule: 'retired' },
  { name: 'retired beats unknown', model: { framework: 'unknown', lifecycle: 'retired' }, rule: 'retired' },
  // between 1 and 2: unknown
  {
    name: 'legacy model of unknown framework',
    model: { ...legacyTf, framework: 'unknown', frameworkVersion: '' },
    rule: 'unknown',
    reason: 'Framework not recorded: scan its repository or set it.',
  },
  {
    name: 'unknown beats a new project rule (never a violation)',
    model: { ...newTf, framework: 'unknown', frameworkVersion: '' },
    rule: 'unknown',
  },
  {
    name: 'unknown beats out_of_scope (no policy governs unknown)',
    model: { framework: 'unknown', frameworkVersion: '' },
    policy: newPolicyVersion({ governedFrameworks: ['pytorch'], legacyFrameworks: [] }),
    rule: 'unknown',
  },
  {
    name: 'unknown beats an active exception',
    model: { ...newTf, framework: 'unknown' },
    exceptions: [active],
    rule: 'unknown',
    reason: 'Framework not recorded: scan its repository or set it.',
  },
  {
    name: 'unknown beats a matching allowance',
    model: { ...onDevice, framework: 'unknown' },
    policy: onMobile,
    rule: 'unknown',
  },
  {
    name: 'unknown with an expired exception gets the note',
    model: { ...legacyTf, framework: 'unknown' },
    exceptions: [expiresOnD],
    rule: 'unknown',
    reason: 'Framework not recorded: scan its repository or set it; exception expired on 2021-06-15.',
  },
  {
    name: 'unknown in production being migrated is still unknown, not a warning',
    model: { ...legacyTf, framework: 'unknown', migration: 'in_progress', retireBy: '2020-01-01' },
    rule: 'unknown',
  },
  // 2. out_of_scope
  {
    name: 'ungoverned framework',
    model: { ...newTorch, framework: 'onnx', frameworkVersion: '1.8' },
    rule: 'out_of_scope',
    reason: 'Uses ONNX 1.8, which the policy does not govern (it governs TensorFlow, Keras, PyTorch and JAX).',
  },
  {
    name: 'out_of_scope beats exception',
    model: { framework: 'sklearn', frameworkVersion: '' },
    exceptions: [active],
    rule: 'out_of_scope',
  },
  {
    name: 'out_of_scope beats allowance',
    model: { ...onDevice, framework: 'other' },
    policy: withAllowance,
    rule: 'out_of_scope',
  },
  {
    name: 'another framework, named as in a sentence',
    model: { ...newTorch, framework: 'other', frameworkVersion: '0.3' },
    rule: 'out_of_scope',
    reason: /^Uses another framework 0\.3, which the policy does not govern/,
  },
  // 3. exception, then allowance
  {
    name: 'exception beats violation',
    model: newTf,
    exceptions: [active],
    rule: 'exception',
    reason:
      'Exception approved by Dana Lee from 2021-01-01 until it expires on 2022-01-01: PyTorch Mobile is not ready.',
  },
  {
    name: 'exception beats warning',
    model: { ...legacyTf, migration: 'in_progress' },
    exceptions: [active],
    rule: 'exception',
  },
  { name: 'exception granted on D', model: newTf, exceptions: [grantedOnD], rule: 'exception' },
  {
    name: 'exception granted the day after D does not count yet',
    model: newTf,
    exceptions: [grantedTomorrow],
    rule: 'new_not_preferred',
  },
  {
    name: 'exception expiring the day after D still counts',
    model: newTf,
    exceptions: [expiresTomorrow],
    rule: 'exception',
  },
  {
    name: 'exception expiring on D no longer counts',
    model: newTf,
    exceptions: [expiresOnD],
    rule: 'new_not_preferred',
    reason:
      'Started 2020-06-01, after the policy took effect on 2020-04-01, but uses TensorFlow 1.15; exception expired on 2021-06-15.',
  },
  {
    name: 'the most recent expired exception is named',
    model: legacyTf,
    exceptions: [expiredLongAgo, expiresOnD, grantedTomorrow],
    rule: 'grandfathered',
    reason: /; exception expired on 2021-06-15\.$/,
  },
  {
    name: 'an expired exception is named on an out_of_scope verdict too',
    model: { framework: 'onnx' },
    exceptions: [expiredLongAgo],
    rule: 'out_of_scope',
    reason: /exception expired on 2021-01-01\.$/,
  },
  {
    name: 'an active exception wins over an expired one, without the note',
    model: newTf,
    exceptions: [expiredLongAgo, active],
    rule: 'exception',
    reason: /: PyTorch Mobile is not ready\.$/,
  },
  {
    name: 'a revoked exception never counts, nor is it "expired"',
    model: newTf,
    exceptions: [revokedBeforeD],
    rule: 'new_not_preferred',
    reason: /but uses TensorFlow 1\.15\.$/,
  },
  { name: 'revoked after D: still counted on D', model: newTf, exceptions: [revokedAfterD], rule: 'exception' },
  {
    name: 'revoked exactly at the instant',
    model: newTf,
    exceptions: [revokedBeforeD],
    date: '2021-03-01',
    instant: new Date('2021-03-01T10:00:00.000Z'),
    rule: 'new_not_preferred',
  },
  {
    name: 'revoked just after the instant',
    model: newTf,
    exceptions: [revokedBeforeD],
    date: '2021-03-01',
    instant: new Date('2021-03-01T09:59:59.999Z'),
    rule: 'exception',
  },
  {
    name: 'matching allowance',
    model: onDevice,
    policy: withAllowance,
    rule: 'allowance',
    reason: 'Allowed by the policy: On-device models may keep TensorFlow Lite until PyTorch Mobile is ready.',
  },
  {
    name: 'allowance not matched (server)',
    model: { ...onDevice, deploymentTarget: 'server' },
    policy: withAllowance,
    rule: 'new_not_preferred',
  },
  {
    name: 'an allowance on the deployment target alone',
    model: onDevice,
    policy: onMobile,
    rule: 'allowance',
  },
  {
    name: 'a personal exception is named before an allowance',
    model: onDevice,
    policy: withAllowance,
    exceptions: [active],
    rule: 'exception',
  },
  {
    name: 'allowance with an expired exception gets the note',
    model: onDevice,
    policy: withAllowance,
    exceptions: [expiresOnD],
    rule: 'allowance',
    reason: /; exception expired on 2021-06-15\.$/,
  },
  // 4. new projects
  {
    name: 'new project on the preferred framework',
    model: newTorch,
    rule: 'new_preferred',
    reason:
      'Started 2020-06-01, after the policy took effect on 2020-04-01, and uses PyTorch 1.5.0, the preferred framework.',
  },
  {
    name: 'started on newProjectsFrom itself, preferred',
    model: { ...newTorch, startedOn: '2020-04-01' },
    rule: 'new_preferred',
  },
  {
    name: 'started on newProjectsFrom itself, not preferred',
    model: { ...newTf, startedOn: '2020-04-01' },
    rule: 'new_not_preferred',
    reason: 'Started 2020-04-01, the day the policy took effect, but uses TensorFlow 1.15.',
  },
  {
    name: 'the example from the design',
    model: newTf,
    rule: 'new_not_preferred',
    reason: 'Started 2020-06-01, after the policy took effect on 2020-04-01, but uses TensorFlow 1.15.',
  },
  {
    name: 'new JAX project',
    model: { ...newTf, framework: 'jax', frameworkVersion: '' },
    rule: 'new_not_preferred',
    reason: /but uses JAX\.$/,
  },
  {
    name: 'new Keras research project',
    model: { ...newTf, framework: 'keras', frameworkVersion: '2.2', lifecycle: 'research' },
    rule: 'new_not_preferred',
    reason: /Keras 2\.2/,
  },
  {
    name: 'new project rules come before legacy warnings',
    model: { ...newTf, lifecycle: 'deprecated' },
    rule: 'new_not_preferred',
  },
  // 5. legacy projects
  {
    name: 'started the day before newProjectsFrom, not preferred',
    model: { ...legacyTf, startedOn: '2020-03-31' },
    rule: 'grandfathered',
  },
  {
    name: 'started the day before newProjectsFrom, preferred',
    model: { ...newTorch, startedOn: '2020-03-31' },
    rule: 'legacy_preferred',
    reason:
      'Started 2020-03-31, before the policy took effect on 2020-04-01, and uses PyTorch 1.5.0, the preferred framework.',
  },
  {
    name: 'legacy on the preferred framework beats the rewrite warning',
    model: { ...newTorch, startedOn: '2019-01-01', migration: 'in_progress' },
    rule: 'legacy_preferred',
  },
  {
    name: 'working production model being rewritten',
    model: { ...legacyTf, migration: 'in_progress', migrationTarget: 'pytorch' },
    rule: 'legacy_rewrite_in_production',
    reason:
      'Working production model on TensorFlow 1.15 is being rewritten to PyTorch, though the policy lets legacy models age gracefully.',
  },
  {
    name: 'rewrite outside production is fine',
    model: { ...legacyTf, lifecycle: 'staging', migration: 'in_progress' },
    rule: 'grandfathered',
  },
  { name: 'a planned migration is fine', model: { ...legacyTf, migration: 'planned' }, rule: 'grandfathered' },
  {
    name: 'rewrite warning beats past retirement',
    model: { ...legacyTf, migration: 'in_progress', retireBy: '2021-01-01' },
    rule: 'legacy_rewrite_in_production',
  },
  {
    name: 'deprecated with no retirement date',
    model: { ...legacyTf, framework: 'keras', frameworkVersion: '2.2', lifecycle: 'deprecated' },
    rule: 'deprecated_without_retirement',
    reason: 'Deprecated legacy model on Keras 2.2 with no retirement date.',
  },
  {
    name: 'deprecated with a future retirement date',
    model: { ...legacyTf, lifecycle: 'deprecated', retireBy: '2022-01-01' },
    rule: 'grandfathered',
    reason: /retiring by 2022-01-01/,
  },
  {
    name: 'retireBy on D: not yet past',
    model: { ...legacyTf, lifecycle: 'deprecated', retireBy: D },
    rule: 'grandfathered',
  },
  {
    name: 'retireBy the day before D: past',
    model: { ...legacyTf, lifecycle: 'deprecated', retireBy: '2021-06-14' },
    rule: 'past_retirement',
    reason: 'Legacy model on TensorFlow 1.15 is past its retirement date, 2021-06-14.',
  },
  { name: 'past retirement in production', model: { ...legacyTf, retireBy: '2020-12-31' }, rule: 'past_retirement' },
  {
    name: 'grandfathered',
    model: legacyTf,
    rule: 'grandfathered',
    reason:
      'Started 2018-05-01, before the policy took effect on 2020-04-01, so TensorFlow 1.15 is grandfathered (PyTorch is preferred for new projects).',
  },
  {
    name: 'legacy JAX (governed, not listed as legacy) is grandfathered',
    model: { ...legacyTf, framework: 'jax', frameworkVersion: '0.2' },
    rule: 'grandfathered',
  },
];

describe('evaluate', () => {
  it.each(cases)('$name → $rule', (c) => {
    const verdict = evaluate(newModelState(c.model), c.policy ?? policy, c.date ?? D, c.exceptions ?? [], c.instant);
    expect(verdict.rule).toBe(c.rule);
    expect(verdict.status).toBe(RULE_STATUS[c.rule]);
    if (typeof c.reason === 'string') expect(verdict.reason).toBe(c.reason);
    else if (c.reason) expect(verdict.reason).toMatch(c.reason);
  });

  it('covers every rule', () => {
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(VERDICT_RULES));
  });

  it('accepts a policy that is not stored yet (a PUT /api/policy body)', () => {
    const { id: _id, createdAt: _createdAt, createdBy: _createdBy, ...input } = policy;
    expect(evaluate(newModelState(newTf), input, D, []).rule).toBe('new_not_preferred');
  });
});

describe('evaluate under the version in force', () => {
  // v2, from 2022-01-01, stops governing JAX and moves the decision date.
  const v1 = newPolicyVersion({ id: 1 });
  const v2 = newPolicyVersion({
    id: 2,
    inForceFrom: '2022-01-01',
    newProjectsFrom: '2020-07-01',
    governedFrameworks: ['tensorflow', 'keras', 'pytorch'],
  });
  const at = (model: Partial<ModelState>, date: string) =>
    evaluate(newModelState(model), policyInForceOn([v1, v2], date), date, []).rule;

  it.each<[string, Partial<ModelState>, string, VerdictRule]>([
    ['JAX the day before v2', { ...newTf, framework: 'jax' }, '2021-12-31', 'new_not_preferred'],
    ['JAX on v2’s effective date', { ...newTf, framework: 'jax' }, '2022-01-01', 'out_of_scope'],
    ['started 2020-06-01 the day before v2: new', newTf, '2021-12-31', 'new_not_preferred'],
    ['started 2020-06-01 under v2: legacy', newTf, '2022-01-01', 'grandfathered'],
    ['before any inForceFrom, v1 judges', { ...newTf, startedOn: '2019-01-01' }, '2019-06-01', 'grandfathered'],
  ])('%s', (_name, model, date, rule) => {
    expect(at(model, date)).toBe(rule);
  });
});

describe('isNewProject', () => {
  it.each<[string, boolean]>([
    ['2020-03-31', false],
    ['2020-04-01', true],
    ['2020-04-02', true],
    ['2018-01-01', false],
  ])('started %s → %s', (startedOn, expected) => {
    expect(isNewProject({ startedOn }, policy)).toBe(expected);
  });
});
