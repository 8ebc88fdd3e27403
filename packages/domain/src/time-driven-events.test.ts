import { describe, expect, it } from 'vitest';
import type { ModelState } from './model.js';
import type { ModelRef } from './notification-events.js';
import { newException, newModelState, newPolicyVersion } from './testing.js';
import { boundaryVerdictEvents, exceptionDateEvents, midnightsBetween } from './time-driven-events.js';

const at = (iso: string) => new Date(iso);
const model: ModelRef = { id: 'model-1', name: 'Tariff NER', team: 'Trade NLP' };
const v1 = newPolicyVersion({ id: 1, createdAt: '2019-01-01T00:00:00.000Z' });

describe('midnightsBetween', () => {
  it.each([
    ['2026-11-30T10:00:00Z', '2026-11-30T23:59:59Z', []],
    ['2026-11-30T10:00:00Z', '2026-12-01T00:00:00Z', ['2026-12-01T00:00:00.000Z']],
    ['2026-12-01T00:00:00Z', '2026-12-01T00:05:00Z', []],
    ['2026-11-29T23:00:00Z', '2026-12-01T01:00:00Z', ['2026-11-30T00:00:00.000Z', '2026-12-01T00:00:00.000Z']],
  ])('(%s, %s] holds %j', (from, to, expected) => {
    expect(midnightsBetween(at(from), at(to)).map((date) => date.toISOString())).toEqual(expected);
  });
});

// A new project on TensorFlow is a violation; an exception makes it an exception while it lasts.
const newOnTf = newModelState({ startedOn: '2024-03-01', framework: 'tensorflow', frameworkVersion: '2.15' });
const registered = { at: at('2024-03-01T09:00:00Z'), recordedAt: at('2024-03-01T09:00:00Z'), state: newOnTf };

function verdictEvents(
  boundary: string,
  candidate: {
    events?: { at: Date; recordedAt: Date; state: ModelState }[];
    exceptions?: ReturnType<typeof newException>[];
  },
  policies = [v1],
) {
  return boundaryVerdictEvents({
    boundary: at(boundary),
    candidates: [{ model, events: candidate.events ?? [registered], exceptions: candidate.exceptions ?? [] }],
    policies,
  });
}

describe('boundaryVerdictEvents', () => {
  it('reports an exception expiring overnight as exception → violation, once per (model, boundary)', () => {
    const exception = newException({
      grantedOn: '2026-01-01',
      expiresOn: '2026-12-01',
      createdAt: '2026-01-01T10:00:00.000Z',
    });
    const events = verdictEvents('2026-12-01T00:00:00Z', { exceptions: [exception] });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'verdict.changed',
      occurredAt: at('2026-12-01T00:00:00Z'),
      dedupeKey: 'verdict.changed:model-1:2026-12-01T00:00:00.000Z',
      data: {
        model,
        from: { status: 'exception' },
        to: { status: 'violation' },
        cause: { kind: 'exception', change: 'expired', exceptionId: exception.id },
      },
    });
  });

  it('reports an exception taking effect on a future grant date', () => {
    const exception = newException({
      grantedOn: '2026-12-01',
      expiresOn: '2027-06-01',
      createdAt: '2026-11-20T10:00:00Z',
    });
    const [event] = verdictEvents('2026-12-01T00:00:00Z', { exceptions: [exception] });
    expect(event?.data).toMatchObject({
      from: { status: 'violation' },
      to: { status: 'exception' },
      cause: { kind: 'exception', change: 'started' },
    });
  });

  it('stays silent about changes written at or after the boundary (their write reported them)', () => {
    const backdated = newException({
      grantedOn: '2026-12-01',
      expiresOn: '2027-06-01',
      createdAt: '2026-12-01T09:30:00Z',
    });
    expect(verdictEvents('2026-12-01T00:00:00Z', { exceptions: [backdated] })).toEqual([]);
    const v2 = newPolicyVersion({
      id: 2,
      inForceFrom: '2026-12-01',
      governedFrameworks: ['pytorch'],
      createdAt: '2026-12-01T08:00:00Z',
    });
    expect(verdictEvents('2026-12-01T00:00:00Z', {}, [v1, v2])).toEqual([]);
  });

  it('reports a policy version taking force on its date', () => {
    const v2 = newPolicyVersion({
      id: 2,
      inForceFrom: '2026-12-01',
      governedFrameworks: ['pytorch'],
      createdAt: '2026-11-02T08:00:00Z',
    });
    const [event] = verdictEvents('2026-12-01T00:00:00Z', {}, [v1, v2]);
    expect(event?.data).toMatchObject({
      from: { status: 'violation' },
      to: { status: 'out_of_scope' },
      cause: { kind: 'policy', policyVersionId: 2, inForceFrom: '2026-12-01' },
    });
  });

  it('reports a legacy model passing its retirement date, unless the date was set after it passed', () => {
    const legacy = newModelState({ retireBy: '2026-11-30' });
    const planned = { at: at('2025-01-10T09:00:00Z'), recordedAt: at('2025-01-10T09:00:00Z'), state: legacy };
    const [event] = verdictEvents('2026-12-01T00:00:00Z', { events: [planned] });
    expect(event?.data).toMatchObject({
      from: { status: 'grandfathered' },
      to: { status: 'warning', rule: 'past_retirement' },
      cause: { kind: 'retirement_date', retireBy: '2026-11-30' },
    });
    const lateEdit = { ...planned, at: at('2026-12-01T10:00:00Z'), recordedAt: at('2026-12-01T10:00:00Z') };
    expect(verdictEvents('2026-12-01T00:00:00Z', { events: [lateEdit] })).toEqual([]);
  });

  it('ignores a revocation written after the boundary, and a model with no change', () => {
    const exception = newException({
      grantedOn: '2026-01-01',
      expiresOn: '2026-12-01',
      createdAt: '2026-01-01T10:00:00Z',
      revokedAt: '2026-12-01T08:00:00Z',
    });
    expect(verdictEvents('2026-12-01T00:00:00Z', { exceptions: [exception] })).toHaveLength(1);
    expect(verdictEvents('2026-11-15T00:00:00Z', { exceptions: [exception] })).toEqual([]);
  });
});

describe('exceptionDateEvents', () => {
  const boundary = '2026-12-01T00:00:00Z';
  const base = { grantedOn: '2026-01-01', createdAt: '2026-01-01T10:00:00.000Z', model };
  const cases: { name: string; change: Partial<ReturnType<typeof newException>>; expected: string[] }[] = [
    { name: 'expired today', change: { expiresOn: '2026-12-01' }, expected: ['exception.expired:exc-1'] },
    { name: '30 days left', change: { expiresOn: '2026-12-31' }, expected: ['exception.expiring:exc-1:30'] },
    { name: '7 days left', change: { expiresOn: '2026-12-08' }, expected: ['exception.expiring:exc-1:7'] },
    { name: '8 days left', change: { expiresOn: '2026-12-09' }, expected: [] },
    {
      name: 'revoked before the boundary',
      change: { expiresOn: '2026-12-01', revokedAt: '2026-11-20T10:00:00Z' },
      expected: [],
    },
    {
      name: 'revoked after the boundary',
      change: { expiresOn: '2026-12-01', revokedAt: '2026-12-01T10:00:00Z' },
      expected: ['exception.expired:exc-1'],
    },
    {
      name: 'granted after the boundary (already expired when written)',
      change: { grantedOn: '2026-01-01', expiresOn: '2026-12-01', createdAt: '2026-12-02T10:00:00Z' },
      expected: [],
    },
    { name: 'not yet started', change: { grantedOn: '2026-12-05', expiresOn: '2026-12-08' }, expected: [] },
  ];
  it.each(cases)('$name', ({ change, expected }) => {
    const events = exceptionDateEvents({ boundary: at(boundary), exceptions: [newException({ ...base, ...change })] });
    expect(events.map((event) => event.dedupeKey)).toEqual(expected);
  });

  it('says how many days are left', () => {
    const [event] = exceptionDateEvents({
      boundary: at(boundary),
      exceptions: [newException({ ...base, expiresOn: '2026-12-08' })],
    });
    expect(event).toMatchObject({ type: 'exception.expiring', data: { model, daysLeft: 7 } });
  });
});
