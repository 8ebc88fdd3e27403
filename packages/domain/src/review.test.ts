import { describe, expect, it } from 'vitest';
import {
  changesWindowStart,
  compareSnapshots,
  reviewChanges,
  withChangeItems,
  type ChangeItem,
  type ChangesInput,
  type SnapshotVerdict,
} from './review.js';
import { newException } from './testing.js';

const verdict = (modelId: string, status: SnapshotVerdict['status']): SnapshotVerdict => ({
  modelId,
  name: `Model ${modelId}`,
  status,
  rule: status,
  reason: `${status} reason`,
});
const current = (
  modelId: string,
  status: SnapshotVerdict['status'],
  extra: Partial<ChangesInput['now'][number]> = {},
) => ({
  ...verdict(modelId, status),
  lifecycle: 'production' as const,
  retireBy: null,
  ...extra,
});

const base: ChangesInput = {
  since: new Date('2026-11-17T10:00:00Z'),
  today: '2026-11-24',
  events: [],
  before: [],
  now: [],
  exceptions: [],
  expiryWarningDays: 30,
};

const kindsOf = (input: Partial<ChangesInput>) =>
  reviewChanges({ ...base, ...input }).items.map((item) => `${item.kind}:${item.modelId}`);

describe('reviewChanges: verdicts', () => {
  it.each([
    ['a new violation', [verdict('a', 'compliant')], [current('a', 'violation')], ['newViolations:a']],
    ['a resolved violation', [verdict('a', 'violation')], [current('a', 'exception')], ['resolvedViolations:a']],
    ['a new warning', [verdict('a', 'grandfathered')], [current('a', 'warning')], ['newWarnings:a']],
    ['another status change', [verdict('a', 'grandfathered')], [current('a', 'retired')], ['otherVerdictChanges:a']],
    ['no change', [verdict('a', 'violation')], [current('a', 'violation')], []],
    ['a new model that violates', [], [current('b', 'violation')], ['newViolations:b']],
    ['a model that became unknown', [verdict('a', 'grandfathered')], [current('a', 'unknown')], ['becameUnknown:a']],
    ['a new model of unknown framework', [], [current('b', 'unknown')], ['becameUnknown:b']],
    ['still unknown: no news', [verdict('a', 'unknown')], [current('a', 'unknown')], []],
    ['triaged into a compliant model', [verdict('a', 'unknown')], [current('a', 'compliant')], ['leftUnknown:a']],
    ['triaged into retirement', [verdict('a', 'unknown')], [current('a', 'retired')], ['leftUnknown:a']],
    [
      'triaged into a violation: listed as both',
      [verdict('a', 'unknown')],
      [current('a', 'violation')],
      ['leftUnknown:a', 'newViolations:a'],
    ],
    [
      'triaged into a warning: listed as both',
      [verdict('a', 'unknown')],
      [current('a', 'warning')],
      ['leftUnknown:a', 'newWarnings:a'],
    ],
  ])('%s', (_case, before, now, expected) => {
    expect(kindsOf({ before, now })).toEqual(expected);
  });

  it('without an earlier review reports only current violations, warnings and models to triage as news', () => {
    expect(
      kindsOf({
        since: null,
        before: null,
        now: [current('a', 'violation'), current('b', 'compliant'), current('c', 'warning'), current('d', 'unknown')],
      }),
    ).toEqual(['newViolations:a', 'newWarnings:c', 'becameUnknown:d']);
  });

  it('says where a triaged model went, with its new reason', () => {
    const changes = reviewChanges({
      ...base,
      before: [verdict('a', 'unknown'), verdict('b', 'grandfathered')],
      now: [current('a', 'compliant'), current('b', 'unknown')],
    });
    expect(changes.groups.leftUnknown.map((item) => item.summary)).toEqual(['unknown → compliant: compliant reason']);
    expect(changes.groups.becameUnknown.map((item) => item.summary)).toEqual([
      'grandfathered → unknown: unknown reason',
    ]);
    expect(changes.hasNews).toBe(true);
  });
});

describe('reviewChanges: history events', () => {
  it('groups registrations, lifecycle, framework and other changes', () => {
    const changes = reviewChanges({
      ...base,
      events: [
        { modelId: 'n', modelName: 'New', kind: 'created', at: '2026-11-18T09:00:00Z', actor: 'ann', changes: [] },
        {
          modelId: 'm',
          modelName: 'Moved',
          kind: 'updated',
          at: '2026-11-19T09:00:00Z',
          actor: 'bob',
          changes: [
            { field: 'lifecycle', from: 'staging', to: 'production' },
            { field: 'framework', from: 'tensorflow', to: 'pytorch' },
            { field: 'frameworkVersion', from: '1.15', to: '2.1' },
            { field: 'tags', from: [], to: ['x'] },
          ],
        },
      ],
    });
    expect(changes.groups.newModels.map((item) => item.modelName)).toEqual(['New']);
    expect(changes.groups.lifecycleChanges[0]?.summary).toBe('lifecycle staging → production');
    expect(changes.groups.frameworkChanges[0]?.summary).toBe(
      'framework tensorflow → pytorch; frameworkVersion 1.15 → 2.1',
    );
    expect(changes.groups.otherChanges[0]?.summary).toBe('tags — → x (by bob)');
  });
});

describe('reviewChanges: exceptions and retirement dates', () => {
  it.each([
    [
      'granted since the review',
      newException({ createdAt: '2026-11-20T10:00:00Z', grantedOn: '2026-11-20', expiresOn: '2027-11-20' }),
      ['exceptionsGranted'],
    ],
    [
      'granted before the review: nothing',
      newException({ createdAt: '2026-01-01T10:00:00Z', grantedOn: '2026-01-01', expiresOn: '2027-11-20' }),
      [],
    ],
    [
      'expired since the review',
      newException({ createdAt: '2026-01-01T10:00:00Z', grantedOn: '2026-01-01', expiresOn: '2026-11-20' }),
      ['exceptionsExpired'],
    ],
    [
      'expired long ago: nothing',
      newException({ createdAt: '2025-01-01T10:00:00Z', grantedOn: '2025-01-01', expiresOn: '2025-06-01' }),
      [],
    ],
    [
      'expiring within 30 days',
      newException({ createdAt: '2026-01-01T10:00:00Z', grantedOn: '2026-01-01', expiresOn: '2026-12-20' }),
      ['exceptionsExpiringSoon'],
    ],
    [
      'expiring in 31 days: nothing',
      newException({ createdAt: '2026-01-01T10:00:00Z', grantedOn: '2026-01-01', expiresOn: '2026-12-25' }),
      [],
    ],
    [
      'revoked since the review',
      newException({
        createdAt: '2026-01-01T10:00:00Z',
        grantedOn: '2026-01-01',
        expiresOn: '2027-12-25',
        revokedAt: '2026-11-21T10:00:00Z',
        revokedBy: 'lead',
      }),
      ['exceptionsRevoked'],
    ],
  ])('%s', (_case, exception, kinds) => {
    const items = reviewChanges({ ...base, exceptions: [{ ...exception, modelName: 'M' }] }).items;
    expect(items.map((item) => item.kind)).toEqual(kinds);
  });

  it('tells news apart from standing reminders', () => {
    const standing = [current('late', 'warning', { retireBy: '2026-06-30', lifecycle: 'deprecated' })];
    expect(reviewChanges({ ...base, before: standing, now: standing }).hasNews).toBe(false);
    expect(reviewChanges({ ...base, before: [], now: standing }).hasNews).toBe(true);
  });

  it('lists models past their retirement date that are not retired', () => {
    const now = [
      current('late', 'warning', { retireBy: '2026-06-30', lifecycle: 'deprecated' }),
      current('done', 'retired', { retireBy: '2026-06-30', lifecycle: 'retired' }),
      current('today', 'grandfathered', { retireBy: '2026-11-24' }),
    ];
    expect(reviewChanges({ ...base, before: now, now }).groups.pastRetirement.map((item) => item.modelId)).toEqual([
      'late',
    ]);
  });
});

describe('compareSnapshots', () => {
  it('lists added, removed and changed verdicts by name', () => {
    const differences = compareSnapshots(
      [verdict('a', 'violation'), verdict('b', 'compliant'), verdict('c', 'grandfathered')],
      [verdict('a', 'compliant'), verdict('c', 'grandfathered'), verdict('d', 'warning')],
    );
    expect(
      differences.map((difference) => [
        difference.name,
        difference.from?.status ?? null,
        difference.to?.status ?? null,
      ]),
    ).toEqual([
      ['Model a', 'violation', 'compliant'],
      ['Model b', 'compliant', null],
      ['Model d', null, 'warning'],
    ]);
  });
});

describe('changesWindowStart', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  it.each([
    ['the last review', new Date('2026-11-17T09:00:00Z'), '2026-11-17T09:00:00.000Z'],
    ['a week back without a review', null, '2026-11-17T12:00:00.000Z'],
  ])('starts at %s', (_case, lastReview, start) => {
    expect(changesWindowStart(lastReview, now).toISOString()).toBe(start);
  });
});

describe('withChangeItems', () => {
  const item = (kind: ChangeItem['kind'], modelId: string): ChangeItem => ({
    kind,
    modelId,
    modelName: `Model ${modelId}`,
    at: '2026-11-20T10:00:00.000Z',
    summary: kind,
  });
  const quiet = reviewChanges(base);

  it('adds each item to its group and to the list, and makes them news', () => {
    const changes = withChangeItems(quiet, [item('newDisagreements', 'a'), item('tf1Increases', 'b')]);
    expect(changes.groups.newDisagreements.map((added) => added.modelId)).toEqual(['a']);
    expect(changes.groups.tf1Increases.map((added) => added.modelId)).toEqual(['b']);
    expect(changes.items.map((added) => added.kind)).toEqual(['newDisagreements', 'tf1Increases']);
    expect([quiet.hasNews, changes.hasNews]).toEqual([false, true]);
  });

  it('leaves the changes as they are when there is nothing to add', () => {
    expect(withChangeItems(quiet, [])).toBe(quiet);
  });
});
