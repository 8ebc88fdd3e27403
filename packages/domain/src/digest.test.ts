import { describe, expect, it } from 'vitest';
import {
  digestCron,
  digestHtml,
  digestScheduleSchema,
  digestSubject,
  digestText,
  isTimeZone,
  weeklyDigest,
  type WeeklyDigest,
} from './digest.js';
import { reviewChanges } from './review.js';
import { groupChanges } from './testing.js';

describe('digestCron', () => {
  it.each([
    [{ day: 'monday', time: '08:00' }, '0 8 * * 1'],
    [{ day: 'sunday', time: '23:59' }, '59 23 * * 0'],
    [{ day: 'saturday', time: '00:30' }, '30 0 * * 6'],
  ] as const)('%j → %s', (schedule, cron) => {
    expect(digestCron(schedule)).toBe(cron);
  });
});

describe('isTimeZone', () => {
  it.each([
    ['UTC', true],
    ['Europe/Berlin', true],
    ['America/Argentina/Buenos_Aires', true],
    ['+01:00', false],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('%s → %s', (zone, expected) => {
    expect(isTimeZone(zone)).toBe(expected);
  });
});

describe('digestScheduleSchema', () => {
  it.each([
    [{ time: '24:00' }, 'time'],
    [{ time: '8:00' }, 'time'],
    [{ day: 'someday' }, 'day'],
    [{ timeZone: 'CEST+2' }, 'timeZone'],
  ])('refuses %j', (change, field) => {
    const result = digestScheduleSchema.safeParse({
      enabled: true,
      day: 'monday',
      time: '08:00',
      timeZone: 'UTC',
      ...change,
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([field]);
  });
});

const changes = groupChanges(
  new Date('2026-11-23T10:00:00Z'),
  reviewChanges({
    since: new Date('2026-11-23T10:00:00Z'),
    today: '2026-11-30',
    events: [
      {
        modelId: 'm-1',
        modelName: 'Tariff <NER>',
        kind: 'created',
        at: '2026-11-24T10:00:00Z',
        actor: 'ana',
        changes: [],
      },
    ],
    before: [],
    now: [],
    exceptions: [],
    expiryWarningDays: 30,
  }),
);

const digest: WeeklyDigest = weeklyDigest({
  generatedAt: new Date('2026-11-30T08:00:00Z'),
  changes,
  lastReview: { id: 'r-1', heldOn: '2026-11-23' },
  kpis: [
    ['Models', '42'],
    ['Violations', '3'],
  ],
  reviewUrl: 'https://mmt.example.com/review',
});

describe('weeklyDigest', () => {
  it('keeps the groups with something in them, with their titles', () => {
    expect(digest.groups.map((group) => [group.group, group.title, group.items.length])).toEqual([
      ['newModels', 'New models', 1],
    ]);
    expect(digest.kpis).toEqual([
      { label: 'Models', value: '42' },
      { label: 'Violations', value: '3' },
    ]);
  });

  it('reads as plain text and as simple, escaped HTML with the link to the Weekly review', () => {
    expect(digestSubject(digest)).toBe('Weekly migration digest: 1 change since the review of 2026-11-23');
    const text = digestText(digest);
    expect(text).toContain('  Models: 42');
    expect(text).toContain('New models (1)\n  - Tariff <NER>: Registered by ana');
    expect(text).toContain('Open the Weekly review: https://mmt.example.com/review');
    const html = digestHtml(digest);
    expect(html).toContain('<strong>Tariff &lt;NER&gt;</strong>');
    expect(html).toContain('<a href="https://mmt.example.com/review">');
    expect(html).not.toContain('<NER>');
  });

  it('counts a whole group but lists only the items it was given', () => {
    const long = weeklyDigest({
      ...digest,
      generatedAt: new Date(),
      changes: { ...changes, groups: { ...changes.groups, newModels: { ...changes.groups.newModels, total: 40 } } },
      kpis: [],
    });
    expect(digestSubject(long)).toBe('Weekly migration digest: 40 changes since the review of 2026-11-23');
    expect(digestText(long)).toContain('New models (40)\n  - Tariff <NER>: Registered by ana\n  … and 39 more');
    expect(digestHtml(long)).toContain('<li>… and 39 more</li>');
  });

  it('says so when nothing happened', () => {
    const quiet = weeklyDigest({
      ...digest,
      generatedAt: new Date(),
      changes: { ...changes, groups: { ...changes.groups, newModels: { total: 0, items: [] } }, hasNews: false },
      kpis: [],
    });
    expect(digestSubject(quiet)).toBe('Weekly migration digest: no changes since the review of 2026-11-23');
    expect(digestText(quiet)).toContain('Nothing new since the last review.');
  });
});
