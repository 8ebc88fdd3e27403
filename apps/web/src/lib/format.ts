import { FRAMEWORK_LABELS, type Framework } from '@mmt/domain';

const DAY_MS = 86_400_000;

/** Today's date in the user's time zone, as YYYY-MM-DD (what a date input holds). */
export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** A date (YYYY-MM-DD) stays as is — unambiguous for everyone; a timestamp gets its local date and time. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return todayIso(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return `${todayIso(date)} ${time}`;
}

/** Whole days from `from` (YYYY-MM-DD) to `to` (YYYY-MM-DD or timestamp); negative when past. */
export function daysBetween(from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
  return Math.round((end - start) / DAY_MS);
}

export function formatPercent(rate: number | null): string {
  if (rate === null || Number.isNaN(rate)) return '—';
  return `${Math.round(rate * 1000) / 10}%`;
}

/** A field value as shown in history and conflict views. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** "TensorFlow, Keras", or a dash for none. */
export function formatFrameworks(list: readonly Framework[] | undefined): string {
  return formatValue(list?.map((framework) => FRAMEWORK_LABELS[framework]));
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** When a policy version takes over; the first version has always been in force. */
export function policyStart(policy: { inForceFrom: string }): string {
  return formatDate(policy.inForceFrom);
}
