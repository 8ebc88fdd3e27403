import { describe, expect, it } from 'vitest';
import type { ModelExceptionRecord } from './exception.js';
import type { ModelState } from './model.js';
import type { PolicyVersion } from './policy.js';
import { newException, newModelState, newPolicyVersion } from './testing.js';
import { verdictSpans } from './timeline.js';
import type { VerdictSpan } from './timeline.js';

type Step = [at: string, state: Partial<ModelState>];

/** "from → to status/rule new|legacy", to read a whole timeline at a glance. */
const show = (span: VerdictSpan) =>
  `${span.validFrom.toISOString()} → ${span.validTo?.toISOString() ?? 'null'} ${span.status}/${span.rule} ${span.newProject ? 'new' : 'legacy'}`;

function timeline(steps: Step[], policies: PolicyVersion[], exceptions: ModelExceptionRecord[] = []): string[] {
  let state = newModelState();
  const events = steps.map(([at, change]) => {
    state = { ...state, ...change };
    return { at: new Date(at), state };
  });
  return verdictSpans({ events, policies, exceptions }).map(show);
}

const v1 = newPolicyVersion({ id: 1 });
const legacyTf: Partial<ModelState> = {
  startedOn: '2018-05-01',
  framework: 'tensorflow',
  frameworkVersion: '1.15',
  lifecycle: 'production',
};
const onDevice: Partial<ModelState> = {
  startedOn: '2020-06-01',
  framework: 'tensorflow',
  frameworkVersion: '2.3',
  deploymentTarget: 'mobile',
  servingStack: 'tf-lite',
};

interface Case {
  name: string;
  steps: Step[];
  policies: PolicyVersion[];
  exceptions?: ModelExceptionRecord[];
  spans: string[];
}

const cases: Case[] = [
  {
    name: 'no history: no spans',
    steps: [],
    policies: [v1],
    spans: [],
  },
  {
    name: 'legacy model judged before the policy existed, deprecated, past retireBy, then retired',
    steps: [
      ['2019-03-01T00:00:00.000Z', legacyTf],
      ['2021-02-10T09:30:00.000Z', { lifecycle: 'deprecated', retireBy: '2021-12-31' }],
      ['2022-03-15T14:00:00.000Z', { lifecycle: 'retired' }],
    ],
    policies: [v1],
    spans: [
      // The policy's own date (2020-04-01) and the deprecation change nothing: one span.
      '2019-03-01T00:00:00.000Z → 2022-01-01T00:00:00.000Z grandfathered/grandfathered legacy',
      // On 2021-12-31 itself it is not yet past; from the day after it is.
      '2022-01-01T00:00:00.000Z → 2022-03-15T14:00:00.000Z warning/past_retirement legacy',
      '2022-03-15T14:00:00.000Z → null retired/retired legacy',
    ],
  },
  {
    name: 'deprecated with no retirement date, then given one',
    steps: [
      ['2020-01-01T00:00:00.000Z', legacyTf],
      ['2020-09-01T12:00:00.000Z', { lifecycle: 'deprecated' }],
      ['2020-10-01T12:00:00.000Z', { retireBy: '2021-03-31' }],
    ],
    policies: [v1],
    spans: [
      '2020-01-01T00:00:00.000Z → 2020-09-01T12:00:00.000Z grandfathered/grandfathered legacy',
      '2020-09-01T12:00:00.000Z → 2020-10-01T12:00:00.000Z warning/deprecated_without_retirement legacy',
      '2020-10-01T12:00:00.000Z → 2021-04-01T00:00:00.000Z grandfathered/grandfathered legacy',
      '2021-04-01T00:00:00.000Z → null warning/past_retirement legacy',
    ],
  },
  {
    name: 'production rewrite, then migrated to the preferred framework',
    steps: [
      ['2019-01-01T00:00:00.000Z', legacyTf],
      ['2020-05-04T10:00:00.000Z', { migration: 'in_progress', migrationTarget: 'pytorch' }],
      ['2020-11-20T16:45:00.000Z', { framework: 'pytorch', frameworkVersion: '1.7.0', migration: 'done' }],
    ],
    policies: [v1],
    spans: [
      '2019-01-01T00:00:00.000Z → 2020-05-04T10:00:00.000Z grandfathered/grandfathered legacy',
      '2020-05-04T10:00:00.000Z → 2020-11-20T16:45:00.000Z warning/legacy_rewrite_in_production legacy',
      '2020-11-20T16:45:00.000Z → null compliant/legacy_preferred legacy',
    ],
  },
  {
    name: 'imported with no framework, triaged months later: judged normally from then on',
    steps: [
      ['2019-03-01T00:00:00.000Z', { ...legacyTf, framework: 'unknown', frameworkVersion: '' }],
      ['2021-06-01T09:00:00.000Z', { framework: 'tensorflow', frameworkVersion: '1.15' }],
    ],
    policies: [v1],
    // An exception in force while the framework is unknown changes nothing until it is known.
    exceptions: [newException({ grantedOn: '2021-01-01', expiresOn: '2021-09-01' })],
    spans: [
      '2019-03-01T00:00:00.000Z → 2021-06-01T09:00:00.000Z unknown/unknown legacy',
      '2021-06-01T09:00:00.000Z → 2021-09-01T00:00:00.000Z exception/exception legacy',
      '2021-09-01T00:00:00.000Z → null grandfathered/grandfathered legacy',
    ],
  },
  {
    name: 'a new project whose framework is forgotten, then retired',
    steps: [
      ['2020-06-01T08:00:00.000Z', { ...onDevice, framework: 'pytorch', frameworkVersion: '1.5' }],
      ['2021-02-01T08:00:00.000Z', { framework: 'unknown', frameworkVersion: '' }],
      ['2022-02-01T08:00:00.000Z', { lifecycle: 'retired' }],
    ],
    policies: [v1],
    spans: [
      '2020-06-01T08:00:00.000Z → 2021-02-01T08:00:00.000Z compliant/new_preferred new',
      '2021-02-01T08:00:00.000Z → 2022-02-01T08:00:00.000Z unknown/unknown new',
      '2022-02-01T08:00:00.000Z → null retired/retired new',
    ],
  },
  {
    name: 'exception granted then expired, a second one revoked mid-day',
    steps: [['2020-06-01T08:00:00.000Z', onDevice]],
    policies: [v1],
    exceptions: [
      newException({ id: 'first', grantedOn: '2020-07-01', expiresOn: '2021-07-01' }),
      newException({
        id: 'second',
        grantedOn: '2021-09-01',
        expiresOn: '2022-09-01',
        revokedAt: '2021-10-05T16:20:00.000Z',
        revokedBy: 'sam',
      }),
    ],
    spans: [
      '2020-06-01T08:00:00.000Z → 2020-07-01T00:00:00.000Z violation/new_not_preferred new',
      '2020-07-01T00:00:00.000Z → 2021-07-01T00:00:00.000Z exception/exception new',
      '2021-07-01T00:00:00.000Z → 2021-09-01T00:00:00.000Z violation/new_not_preferred new',
      '2021-09-01T00:00:00.000Z → 2021-10-05T16:20:00.000Z exception/exception new',
      // The revoked exception's own expiry (2022-09-01) changes nothing.
      '2021-10-05T16:20:00.000Z → null violation/new_not_preferred new',
    ],
  },
  {
    name: 'a backdated exception already in force at the first event',
    steps: [['2020-06-01T08:00:00.000Z', onDevice]],
    policies: [v1],
    exceptions: [newException({ grantedOn: '2019-01-01', expiresOn: '2021-01-01' })],
    spans: [
      '2020-06-01T08:00:00.000Z → 2021-01-01T00:00:00.000Z exception/exception new',
      '2021-01-01T00:00:00.000Z → null violation/new_not_preferred new',
    ],
  },
  {
    name: 'policy changes mid-life: an allowance added, then the decision date moved',
    steps: [['2020-06-01T08:00:00.000Z', onDevice]],
    policies: [
      v1,
      newPolicyVersion({
        id: 2,
        inForceFrom: '2021-01-01',
        allowances: [{ deploymentTargets: ['mobile'], servingStacks: ['tf-lite'], reason: 'TF Lite on device' }],
      }),
      newPolicyVersion({ id: 3, inForceFrom: '2022-01-01', newProjectsFrom: '2020-07-01' }),
    ],
    spans: [
      // On 2020-12-31 v1 still applies; v2 takes over at the start of its inForceFrom.
      '2020-06-01T08:00:00.000Z → 2021-01-01T00:00:00.000Z violation/new_not_preferred new',
      '2021-01-01T00:00:00.000Z → 2022-01-01T00:00:00.000Z exception/allowance new',
      '2022-01-01T00:00:00.000Z → null grandfathered/grandfathered legacy',
    ],
  },
  {
    name: 'a policy version from before the first event is not a span of its own',
    steps: [
      [
        '2021-05-05T05:05:00.000Z',
        { ...onDevice, framework: 'pytorch', frameworkVersion: '1.8.1', startedOn: '2021-05-01' },
      ],
    ],
    policies: [v1, newPolicyVersion({ id: 2, inForceFrom: '2021-01-01' })],
    spans: ['2021-05-05T05:05:00.000Z → null compliant/new_preferred new'],
  },
];

describe('verdictSpans', () => {
  it.each(cases)('$name', ({ steps, policies, exceptions, spans }) => {
    expect(timeline(steps, policies, exceptions)).toEqual(spans);
  });

  it('each span ends where the next begins', () => {
    const result = verdictSpans({
      events: [
        { at: new Date('2020-01-01T00:00:00.000Z'), state: newModelState({ ...legacyTf, retireBy: '2020-06-30' }) },
      ],
      policies: [v1],
      exceptions: [],
    });
    expect(result).toHaveLength(2);
    expect(result[0]?.validTo).toEqual(result[1]?.validFrom);
    expect(result[1]?.validTo).toBeNull();
  });
});
