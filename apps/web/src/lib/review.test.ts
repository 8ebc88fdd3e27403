import type { ChangeItem } from '@mmt/domain';
import { describe, expect, it } from 'vitest';
import {
  kpiComparisonRows,
  nonEmptyGroups,
  parseAttendees,
  splitChanges,
  snapshotCounts,
  sortSnapshot,
  toReviewBody,
  validateReviewForm,
} from './review';

const group = (items: ChangeItem[]) => ({ total: items.length, items });
const item = (kind: ChangeItem['kind'], modelName: string): ChangeItem => ({
  kind,
  modelId: modelName,
  modelName,
  at: '2024-05-06',
  summary: '',
});

describe('changes since the last review', () => {
  it('lists only non-empty groups, in the review order, with their labels', () => {
    const groups = nonEmptyGroups({
      otherChanges: group([item('otherChanges', 'b')]),
      newViolations: group([item('newViolations', 'a'), item('newViolations', 'c')]),
      newWarnings: group([]),
    });
    expect(groups.map((group) => [group.label, group.items.length, group.tone])).toEqual([
      ['New violations', 2, 'bad'],
      ['Other changes', 1, 'neutral'],
    ]);
    expect(nonEmptyGroups({})).toEqual([]);
  });

  it('counts a group by its total, not by the items it came with', () => {
    const [only] = nonEmptyGroups({ newViolations: { total: 300, items: [item('newViolations', 'a')] } });
    expect([only?.total, only?.items.length]).toEqual([300, 1]);
  });

  it('lists models to triage after the warnings, and the triaged ones as good news', () => {
    const groups = nonEmptyGroups({
      leftUnknown: group([item('leftUnknown', 'b')]),
      becameUnknown: group([item('becameUnknown', 'a')]),
      newWarnings: group([item('newWarnings', 'w')]),
    });
    expect(groups.map((group) => [group.group, group.label, group.tone])).toEqual([
      ['newWarnings', 'New warnings', 'warn'],
      ['becameUnknown', 'New to triage: framework not recorded', 'warn'],
      ['leftUnknown', 'Triaged: framework now recorded', 'good'],
    ]);
  });

  it('keeps standing reminders apart from what changed', () => {
    const { changes, reminders } = splitChanges({
      pastRetirement: group([item('pastRetirement', 'old')]),
      exceptionsExpiringSoon: group([item('exceptionsExpiringSoon', 'x')]),
      lifecycleChanges: group([item('lifecycleChanges', 'y')]),
    });
    expect(changes.map((group) => group.group)).toEqual(['lifecycleChanges']);
    expect(reminders.map((group) => group.group)).toEqual(['exceptionsExpiringSoon', 'pastRetirement']);
  });
});

describe('record a review', () => {
  it('splits attendees on commas and drops blanks', () => {
    expect(parseAttendees(' Ana, Jonas , , Li ')).toEqual(['Ana', 'Jonas', 'Li']);
    expect(parseAttendees('')).toEqual([]);
  });

  it('sends the date only when one is given', () => {
    expect(toReviewBody({ heldOn: '', attendees: 'Ana', notes: ' ok ' })).toEqual({ attendees: ['Ana'], notes: 'ok' });
    expect(toReviewBody({ heldOn: '2024-05-06', attendees: '', notes: '' })).toEqual({
      heldOn: '2024-05-06',
      attendees: [],
      notes: '',
    });
  });

  it('validates with the API schema', () => {
    expect(validateReviewForm({ heldOn: '2024-05-06', attendees: 'Ana', notes: '' })).toEqual({});
    expect(validateReviewForm({ heldOn: '2024-02-31', attendees: '', notes: '' }).heldOn).toMatch(/^Held on /);
    expect(validateReviewForm({ heldOn: '', attendees: 'x'.repeat(101), notes: '' }).attendees).toBeDefined();
  });
});

describe('past reviews', () => {
  it('counts a snapshot by verdict', () => {
    const counts = snapshotCounts([{ status: 'violation' }, { status: 'compliant' }, { status: 'compliant' }]);
    expect(counts).toMatchObject({ violation: 1, compliant: 2, warning: 0, retired: 0 });
  });

  it('sorts a snapshot violations first, then by name', () => {
    const sorted = sortSnapshot([
      { status: 'compliant', name: 'a' },
      { status: 'violation', name: 'z' },
      { status: 'warning', name: 'b' },
    ] as const);
    expect(sorted.map((verdict) => verdict.name)).toEqual(['z', 'b', 'a']);
  });

  it('compares the figures of two reviews, good and bad news marked', () => {
    const base = {
      modelsInProduction: 10,
      newProjectComplianceRate: 0.5,
      newProjectsUnderException: 1,
      legacyInProduction: 6,
      openViolations: 2,
      openWarnings: 3,
      exceptionsExpiringSoon: 0,
    };
    const rows = kpiComparisonRows(base, { ...base, openViolations: 1, newProjectComplianceRate: 0.75 });
    const byName = Object.fromEntries(rows.map((row) => [row.name, row]));
    expect(byName.openViolations).toMatchObject({ from: '2', to: '1', change: { text: '▼ −1', tone: 'good' } });
    expect(byName.newProjectComplianceRate).toMatchObject({ from: '50%', to: '75%', change: { tone: 'good' } });
    expect(byName.openWarnings?.change.text).toBe('no change');
  });
});
