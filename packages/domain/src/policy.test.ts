import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  DEFAULT_POLICY,
  allowanceSchema,
  matchingAllowance,
  policyInForceOn,
  policyVersionInputSchema,
} from './policy.js';
import type { Allowance } from './policy.js';
import { newModelState, newPolicyVersion } from './testing.js';

const issuePaths = (error: z.ZodError | undefined) => (error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('allowanceSchema', () => {
  it.each<[string, unknown, string[]]>([
    ['one list', { frameworks: ['tensorflow'], reason: 'TF Lite on device' }, []],
    [
      'all lists',
      { frameworks: ['tensorflow'], deploymentTargets: ['mobile', 'edge'], servingStacks: ['tf-lite'], reason: 'x' },
      [],
    ],
    ['no list', { reason: 'anything goes' }, ['frameworks']],
    ['an empty list', { frameworks: [], reason: 'x' }, ['frameworks']],
    [
      'an empty list beside a good one',
      { deploymentTargets: ['mobile'], servingStacks: [], reason: 'x' },
      ['servingStacks'],
    ],
    ['no reason', { frameworks: ['keras'] }, ['reason']],
    ['a blank reason', { frameworks: ['keras'], reason: '   ' }, ['reason']],
    ['a 501-character reason', { frameworks: ['keras'], reason: 'x'.repeat(501) }, ['reason']],
    ['an unknown framework', { frameworks: ['caffe'], reason: 'x' }, ['frameworks.0']],
    ['an unknown target', { deploymentTargets: ['moon'], reason: 'x' }, ['deploymentTargets.0']],
    ['an unknown key', { frameworks: ['keras'], reason: 'x', note: 'y' }, ['']],
  ])('%s', (_name, input, paths) => {
    const result = allowanceSchema.safeParse(input);
    expect(issuePaths(result.error)).toEqual(paths);
  });

  it('deduplicates its lists and trims the reason', () => {
    expect(allowanceSchema.parse({ frameworks: ['tensorflow', 'tensorflow'], reason: '  on device ' })).toEqual({
      frameworks: ['tensorflow'],
      reason: 'on device',
    });
  });
});

describe('policyVersionInputSchema', () => {
  const valid = {
    inForceFrom: '2020-04-01',
    newProjectsFrom: '2020-04-01',
    preferredFramework: 'pytorch',
    legacyFrameworks: ['tensorflow', 'keras'],
    governedFrameworks: ['tensorflow', 'keras', 'pytorch', 'jax'],
  };

  it('accepts the default policy, with allowances defaulting to []', () => {
    expect(policyVersionInputSchema.parse(valid)).toEqual(DEFAULT_POLICY);
  });

  it('deduplicates its lists', () => {
    const parsed = policyVersionInputSchema.parse({
      ...valid,
      legacyFrameworks: ['keras', 'keras'],
      governedFrameworks: ['keras', 'pytorch', 'pytorch'],
    });
    expect(parsed.legacyFrameworks).toEqual(['keras']);
    expect(parsed.governedFrameworks).toEqual(['keras', 'pytorch']);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['preferred not governed', { preferredFramework: 'onnx' }, ['preferredFramework']],
    ['legacy not governed', { legacyFrameworks: ['tensorflow', 'sklearn'] }, ['legacyFrameworks.1']],
    ['preferred also legacy', { legacyFrameworks: ['pytorch'] }, ['legacyFrameworks.0']],
    [
      'nothing governed',
      { governedFrameworks: [], legacyFrameworks: [] },
      ['governedFrameworks', 'preferredFramework'],
    ],
    ['not a calendar date', { inForceFrom: '2020-02-30' }, ['inForceFrom']],
    ['missing newProjectsFrom', { newProjectsFrom: undefined }, ['newProjectsFrom']],
    ['a bad allowance', { allowances: [{ reason: 'x' }] }, ['allowances.0.frameworks']],
    ['an unknown key', { name: 'v2' }, ['']],
  ])('rejects %s', (_name, change, paths) => {
    const result = policyVersionInputSchema.safeParse({ ...valid, ...change });
    expect(issuePaths(result.error)).toEqual(paths);
  });

  // `unknown` means "not recorded yet": judged before any list, so no list may name it.
  it.each<[string, Record<string, unknown>, string]>([
    ['governed', { governedFrameworks: ['tensorflow', 'keras', 'pytorch', 'unknown'] }, 'governedFrameworks.3'],
    ['legacy', { legacyFrameworks: ['unknown'] }, 'legacyFrameworks.0'],
    ['preferred', { preferredFramework: 'unknown' }, 'preferredFramework'],
    ['in an allowance', { allowances: [{ frameworks: ['unknown'], reason: 'x' }] }, 'allowances.0.frameworks.0'],
  ])('refuses unknown as a %s framework, saying why', (_name, change, path) => {
    const result = policyVersionInputSchema.safeParse({ ...valid, ...change });
    const issue = result.error?.issues.find((candidate) => candidate.path.join('.') === path);
    expect(issue?.message).toMatch(/^unknown is not a framework a policy can name/);
  });
});

describe('policyInForceOn', () => {
  const v1 = newPolicyVersion({ id: 1, inForceFrom: '2020-04-01' });
  const v2 = newPolicyVersion({ id: 2, inForceFrom: '2022-01-01' });
  const v3 = newPolicyVersion({ id: 3, inForceFrom: '2022-01-01' });
  const v4 = newPolicyVersion({ id: 4, inForceFrom: '2021-01-01' });
  const versions = [v1, v2, v3, v4];

  it.each<[string, string, number]>([
    ['long before any version: the first version judges the past', '2015-01-01', 1],
    ['the day before the first inForceFrom', '2020-03-31', 1],
    ['the first inForceFrom itself', '2020-04-01', 1],
    ['the day before a later version', '2020-12-31', 1],
    ['a later version, added last but dated earlier', '2021-01-01', 4],
    ['the day before the tie', '2021-12-31', 4],
    ['two versions from the same day: the one added last', '2022-01-01', 3],
    ['long after', '2030-01-01', 3],
  ])('%s (%s → v%d)', (_name, date, id) => {
    expect(policyInForceOn(versions, date).id).toBe(id);
  });

  it('uses the first version added before every inForceFrom, even when it is dated later', () => {
    const late = newPolicyVersion({ id: 1, inForceFrom: '2021-01-01' });
    const early = newPolicyVersion({ id: 2, inForceFrom: '2020-01-01' });
    expect(policyInForceOn([early, late], '2019-01-01').id).toBe(1);
    expect(policyInForceOn([early, late], '2020-06-01').id).toBe(2);
  });

  it('throws without versions', () => {
    expect(() => policyInForceOn([], '2020-01-01')).toThrow(/No policy version/);
  });
});

describe('matchingAllowance', () => {
  const tfLite: Allowance = {
    frameworks: ['tensorflow'],
    deploymentTargets: ['mobile', 'edge'],
    servingStacks: ['tf-lite'],
    reason: 'on-device models may keep TensorFlow Lite',
  };
  const batch: Allowance = { deploymentTargets: ['batch'], reason: 'batch jobs are out of the serving path' };
  const policy = { allowances: [tfLite, batch] };

  it.each<[string, Parameters<typeof newModelState>[0], Allowance | undefined]>([
    ['matches every list', { deploymentTarget: 'mobile', servingStack: 'tf-lite' }, tfLite],
    [
      'serving stack compared ignoring case and spaces',
      { deploymentTarget: 'edge', servingStack: ' TF-Lite ' },
      tfLite,
    ],
    ['wrong framework', { framework: 'keras', deploymentTarget: 'mobile', servingStack: 'tf-lite' }, undefined],
    ['wrong target', { deploymentTarget: 'server', servingStack: 'tf-lite' }, undefined],
    ['wrong stack', { deploymentTarget: 'mobile', servingStack: 'tf-serving' }, undefined],
    ['a one-list allowance matches any framework', { framework: 'keras', deploymentTarget: 'batch' }, batch],
    ['no allowance', {}, undefined],
  ])('%s', (_name, overrides, expected) => {
    expect(matchingAllowance(newModelState(overrides), policy)).toBe(expected);
  });

  it('returns the first match in policy order', () => {
    const both = newModelState({ deploymentTarget: 'batch' });
    const first: Allowance = { frameworks: ['tensorflow'], reason: 'first' };
    expect(matchingAllowance(both, { allowances: [first, batch] })).toBe(first);
  });

  it('never matches an allowance that names no list', () => {
    expect(matchingAllowance(newModelState(), { allowances: [{ reason: 'blanket' }] })).toBeUndefined();
  });

  it('has none by default', () => {
    expect(matchingAllowance(newModelState(), DEFAULT_POLICY)).toBeUndefined();
  });
});
