import type { PolicyVersion } from '@mmt/domain';
import { describe, expect, it } from 'vitest';
import { verdictTiles } from './compliance';
import { expiryNote, validateExceptionForm } from './exceptions';
import { daysBetween, formatFrameworks, formatPercent, formatValue } from './format';
import { issueKey, labelledMessage } from './formErrors';
import { policyToForm, sortVersionsNewestFirst, toPolicyBody, toggleInOrder, validatePolicyForm } from './policyForm';

describe('compliance', () => {
  it('shows a tile for every verdict, zero when missing', () => {
    const tiles = verdictTiles({ violation: 2, unknown: 3 });
    expect(tiles).toHaveLength(8);
    expect(tiles[0]).toEqual({ status: 'violation', count: 2 });
    // Models to triage come right after the warnings: they need someone's attention too.
    expect(tiles[2]).toEqual({ status: 'unknown', count: 3 });
    expect(tiles[7]).toEqual({ status: 'retired', count: 0 });
  });

  it('formats the rate, with a dash when there is none', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(0.75)).toBe('75%');
    expect(formatPercent(2 / 3)).toBe('66.7%');
  });
});

describe('exceptions', () => {
  it.each([
    ['active', '2024-01-11', 'expires in 10 days'],
    ['active', '2024-01-02', 'expires tomorrow'],
    ['active', '2024-01-01', 'expires today'],
    ['active', '2024-02-15', null],
    ['pending', '2024-01-20', 'expires in 19 days'],
    ['expired', '2024-01-05', null],
    ['revoked', '2024-01-05', null],
  ] as const)('%s exception ending %s → %s', (state, expiresOn, note) => {
    expect(expiryNote(state, expiresOn, '2024-01-01')).toBe(note);
  });

  it('validates with the domain schema: expiry after grant', () => {
    expect(
      validateExceptionForm({ reason: 'r', approvedBy: 'a', grantedOn: '2024-02-01', expiresOn: '2024-01-01' })
        .expiresOn,
    ).toMatch(/^Expires on must be after/);
    expect(validateExceptionForm({ reason: '', approvedBy: '', grantedOn: '', expiresOn: '' })).toMatchObject({
      reason: 'Reason is required',
      approvedBy: 'Approved by is required',
      expiresOn: 'Expires on is required',
    });
  });
});

describe('policy form', () => {
  const policy: PolicyVersion = {
    id: 2,
    inForceFrom: '2021-06-01',
    newProjectsFrom: '2020-04-01',
    preferredFramework: 'pytorch',
    legacyFrameworks: ['tensorflow', 'keras'],
    governedFrameworks: ['tensorflow', 'keras', 'pytorch', 'jax'],
    allowances: [{ deploymentTargets: ['mobile'], servingStacks: ['tf-lite'], reason: 'On-device' }],
    createdAt: '2021-06-01T00:00:00Z',
    createdBy: 'lead',
  };

  it('prefills from the version in force and sends it back whole', () => {
    const form = policyToForm(policy, '2025-01-01');
    expect(form.inForceFrom).toBe('2025-01-01');
    expect(validatePolicyForm(form)).toEqual({});
    expect(toPolicyBody(form).allowances).toEqual([
      { deploymentTargets: ['mobile'], servingStacks: ['tf-lite'], reason: 'On-device' },
    ]);
  });

  it('points schema errors at the allowance field', () => {
    const form = policyToForm(policy, '2025-01-01');
    form.allowances.push({ frameworks: [], deploymentTargets: [], servingStacks: '', reason: '' });
    const errors = validatePolicyForm(form);
    expect(errors['allowances.1.reason']).toBe('Reason is required');
    expect(errors['allowances.1.frameworks']).toBeDefined();
  });

  it('keeps checkbox lists in vocabulary order', () => {
    expect(toggleInOrder(['a', 'b', 'c'], ['c'], 'a', true)).toEqual(['a', 'c']);
    expect(toggleInOrder(['a', 'b', 'c'], ['a', 'c'], 'a', false)).toEqual(['c']);
  });

  it('lists versions newest first', () => {
    const older = { ...policy, id: 1, inForceFrom: '2020-04-01' };
    const sameDayLater = { ...policy, id: 3 };
    expect(sortVersionsNewestFirst([older, policy, sameDayLater]).map((v) => v.id)).toEqual([3, 2, 1]);
  });
});

describe('small helpers', () => {
  it('formats values for history', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue('')).toBe('—');
    expect(formatValue(['a', 'b'])).toBe('a, b');
    expect(formatValue([])).toBe('—');
  });

  it('names a list of frameworks as a table cell does', () => {
    expect(formatFrameworks(['tensorflow', 'sklearn', 'other'])).toBe('TensorFlow, scikit-learn, Other');
    expect(formatFrameworks([])).toBe('—');
    expect(formatFrameworks(undefined)).toBe('—');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28T10:00:00Z')).toBe(-2);
  });

  it('keys issues by path without trailing indexes', () => {
    expect(issueKey(['tags', 3])).toBe('tags');
    expect(issueKey(['allowances', 0, 'reason'])).toBe('allowances.0.reason');
  });

  it('prefixes predicates with the label, capitalises sentences', () => {
    expect(labelledMessage('Name', 'is required')).toBe('Name is required');
    expect(labelledMessage('Frameworks', 'an allowance must name one')).toBe('An allowance must name one');
  });
});
