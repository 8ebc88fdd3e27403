import { z } from 'zod';
import { CHANGE_GROUP_LABELS } from './labels.js';
import { CHANGE_GROUPS, type ChangeGroup, type ChangeItem, type ReviewChanges } from './review.js';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** An IANA time zone name the runtime knows (`Europe/Berlin`, `UTC`); offsets like `+01:00` are not zones. */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** When the weekly digest goes out: the body of `PUT /api/digest/settings`. */
export const digestScheduleSchema = z.strictObject({
  enabled: z.boolean(),
  day: z.enum(WEEKDAYS),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day written HH:MM (24-hour)'),
  timeZone: z.string().trim().refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin or UTC'),
});
export type DigestSchedule = z.output<typeof digestScheduleSchema>;

export const DEFAULT_DIGEST_SCHEDULE: DigestSchedule = {
  enabled: true,
  day: 'monday',
  time: '08:00',
  timeZone: 'UTC',
};

/** The schedule as a cron expression (minute hour * * weekday), read in the schedule's time zone. */
export function digestCron(schedule: Pick<DigestSchedule, 'day' | 'time'>): string {
  const [hour, minute] = schedule.time.split(':').map(Number);
  // Cron counts weekdays from Sunday = 0.
  const weekday = (WEEKDAYS.indexOf(schedule.day) + 1) % 7;
  return `${minute} ${hour} * * ${weekday}`;
}

/** What the `digest.weekly` event carries, and what the email says. */
export interface WeeklyDigest {
  generatedAt: string;
  /** When the last review was recorded; null when there has been none (then the last 7 days). */
  since: string | null;
  lastReview: { id: string; heldOn: string } | null;
  kpis: { label: string; value: string }[];
  /** The change groups with something in them, in the Weekly review page's order. */
  /** Each with its first items and how many it holds in all. */
  groups: { group: ChangeGroup; title: string; total: number; items: ChangeItem[] }[];
  hasNews: boolean;
  reviewUrl: string;
}

export function weeklyDigest(input: {
  generatedAt: Date;
  changes: ReviewChanges;
  lastReview: { id: string; heldOn: string } | null;
  kpis: readonly (readonly [string, string])[];
  reviewUrl: string;
}): WeeklyDigest {
  const { changes } = input;
  return {
    generatedAt: input.generatedAt.toISOString(),
    since: changes.since,
    lastReview: input.lastReview,
    kpis: input.kpis.map(([label, value]) => ({ label, value })),
    groups: CHANGE_GROUPS.filter((group) => changes.groups[group].total > 0).map((group) => ({
      group,
      title: CHANGE_GROUP_LABELS[group],
      total: changes.groups[group].total,
      items: changes.groups[group].items,
    })),
    hasNews: changes.hasNews,
    reviewUrl: input.reviewUrl,
  };
}

const changeCount = (digest: WeeklyDigest) => digest.groups.reduce((total, group) => total + group.total, 0);
/** How many of a group's items the digest leaves out (the review page lists them all). */
const notListed = (group: WeeklyDigest['groups'][number]) => group.total - group.items.length;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "since the review of 2026-11-23", or "in the last 7 days" before the first review. */
function sinceText(digest: WeeklyDigest): string {
  return digest.lastReview ? `since the review of ${digest.lastReview.heldOn}` : 'in the last 7 days';
}

export function digestSubject(digest: WeeklyDigest): string {
  const news = digest.hasNews ? plural(changeCount(digest), 'change') : 'no changes';
  return `Weekly migration digest: ${news} ${sinceText(digest)}`;
}

export function digestText(digest: WeeklyDigest): string {
  const lines = [
    `Weekly migration digest, ${digest.generatedAt.slice(0, 10)}`,
    `What changed ${sinceText(digest)}.`,
    '',
    'Key figures',
    ...digest.kpis.map((kpi) => `  ${kpi.label}: ${kpi.value}`),
  ];
  for (const group of digest.groups) {
    lines.push('', `${group.title} (${group.total})`);
    lines.push(...group.items.map((item) => `  - ${item.modelName}: ${item.summary}`));
    if (notListed(group) > 0) lines.push(`  … and ${notListed(group)} more`);
  }
  if (!digest.hasNews) lines.push('', 'Nothing new since the last review.');
  lines.push('', `Open the Weekly review: ${digest.reviewUrl}`, '');
  return lines.join('\n');
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The same content as `digestText`, as simple HTML that mail clients show without styles or images. */
export function digestHtml(digest: WeeklyDigest): string {
  const rows = digest.kpis
    .map((kpi) => `<tr><td>${escapeHtml(kpi.label)}</td><td><strong>${escapeHtml(kpi.value)}</strong></td></tr>`)
    .join('');
  const groups = digest.groups
    .map(
      (group) =>
        `<h2>${escapeHtml(group.title)} (${group.total})</h2><ul>${group.items
          .map((item) => `<li><strong>${escapeHtml(item.modelName)}</strong>: ${escapeHtml(item.summary)}</li>`)
          .join('')}${notListed(group) > 0 ? `<li>… and ${notListed(group)} more</li>` : ''}</ul>`,
    )
    .join('');
  return [
    '<!doctype html><html><body>',
    `<h1>Weekly migration digest, ${escapeHtml(digest.generatedAt.slice(0, 10))}</h1>`,
    `<p>What changed ${escapeHtml(sinceText(digest))}.</p>`,
    `<table cellpadding="4">${rows}</table>`,
    groups,
    digest.hasNews ? '' : '<p>Nothing new since the last review.</p>',
    `<p><a href="${escapeHtml(digest.reviewUrl)}">Open the Weekly review</a></p>`,
    '</body></html>',
  ].join('\n');
}
