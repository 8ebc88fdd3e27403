import { describe, expect, it } from 'vitest';
import { diffStates, type Model, type Verdict } from './model.js';
import { exceptionChangeEvents, modelUpdatedEvents, stateBefore } from './notification-events.js';
import { newException, newModelState } from './testing.js';

const grandfathered: Verdict = { status: 'grandfathered', rule: 'grandfathered', reason: 'Legacy, grandfathered.' };
const warning: Verdict = { status: 'warning', rule: 'deprecated_without_retirement', reason: 'No retirement date.' };
const exceptionVerdict: Verdict = { status: 'exception', rule: 'exception', reason: 'Exception approved.' };
const toTriage: Verdict = { status: 'unknown', rule: 'unknown', reason: 'Record the framework.' };
const occurredAt = new Date('2026-11-30T10:00:00Z');

const model = (verdict: Verdict): Model => ({
  ...newModelState({ lifecycle: 'deprecated' }),
  id: 'model-1',
  version: 2,
  family: 'TensorFlow 1.x',
  createdAt: '2020-01-01T00:00:00.000Z',
  updatedAt: occurredAt.toISOString(),
  verdict,
});

describe('modelUpdatedEvents', () => {
  it.each([
    { name: 'an edit that changes the verdict', before: grandfathered, types: ['model.updated', 'verdict.changed'] },
    { name: 'an edit that keeps it', before: warning, types: ['model.updated'] },
    { name: 'an edit that records the framework', before: toTriage, types: ['model.updated', 'verdict.changed'] },
    {
      name: 'a new reason under the same rule',
      before: { ...warning, reason: 'Other words.' },
      types: ['model.updated'],
    },
  ])('$name', ({ before, types }) => {
    const changes = diffStates(newModelState(), newModelState({ lifecycle: 'deprecated' }));
    const events = modelUpdatedEvents({ model: model(warning), changes, actor: 'ana', before, occurredAt });
    expect(events.map((event) => event.type)).toEqual(types);
  });

  it('says from, to and that an edit caused it', () => {
    const [, changed] = modelUpdatedEvents({
      model: model(warning),
      changes: [],
      actor: 'ana',
      before: grandfathered,
      occurredAt,
    });
    expect(changed).toEqual({
      type: 'verdict.changed',
      occurredAt,
      data: {
        model: { id: 'model-1', name: 'HS code classifier', team: 'Trade NLP' },
        from: grandfathered,
        to: warning,
        cause: { kind: 'edit', actor: 'ana' },
      },
    });
  });
});

describe('exceptionChangeEvents', () => {
  const exception = newException();
  const ref = { id: 'model-1', name: 'HS code classifier', team: 'Trade NLP' };
  it.each([
    {
      kind: 'granted' as const,
      before: grandfathered,
      after: exceptionVerdict,
      types: ['exception.granted', 'verdict.changed'],
    },
    {
      kind: 'revoked' as const,
      before: exceptionVerdict,
      after: grandfathered,
      types: ['exception.revoked', 'verdict.changed'],
    },
    { kind: 'granted' as const, before: exceptionVerdict, after: exceptionVerdict, types: ['exception.granted'] },
  ])('$kind: $types', ({ kind, before, after, types }) => {
    const events = exceptionChangeEvents({ kind, model: ref, exception, actor: 'lead', before, after, occurredAt });
    expect(events.map((event) => event.type)).toEqual(types);
    if (events[1]?.type === 'verdict.changed') {
      expect(events[1].data.cause).toEqual({ kind: 'exception', change: kind, exceptionId: exception.id });
    }
  });
});

describe('stateBefore', () => {
  it('undoes the recorded changes', () => {
    const before = newModelState();
    const after = newModelState({ lifecycle: 'deprecated', retireBy: '2027-01-01', tags: ['ner'] });
    expect(stateBefore(after, diffStates(before, after))).toEqual(before);
  });
});
