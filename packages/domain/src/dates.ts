import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const DAY_MS = 86_400_000;

/** A calendar date `YYYY-MM-DD` that exists (rejects 2020-13-45 and 2021-02-29). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The dates the tracker takes: none before 1990 (older than any model a team still runs, and a floor
 * for every history and weekly series) and none past 2999. Year 0 or 275760 is a typing accident.
 */
export const EARLIEST_DATE = '1990-01-01';
export const LATEST_DATE = '2999-12-31';
const DATE_RANGE = `must be between ${EARLIEST_DATE} and ${LATEST_DATE}`;

/** Whether a `YYYY-MM-DD` date is within the dates the tracker takes (such dates compare as text). */
export const isDateInRange = (date: string): boolean => date >= EARLIEST_DATE && date <= LATEST_DATE;

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: 'must be a real calendar date written YYYY-MM-DD', abort: true })
  .refine(isDateInRange, DATE_RANGE)
  .meta({ format: 'date' });

/** The UTC calendar date of an instant. */
export function toIsoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function startOfDay(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function addDays(date: string, days: number): string {
  return toIsoDate(new Date(startOfDay(date).getTime() + days * DAY_MS));
}

/**
 * Reads an `asOf` value: a date means the end of that day (UTC), a timestamp means itself.
 * Returns null when the text is neither.
 */
export function parseAsOf(value: string): Date | null {
  if (isCalendarDate(value)) return new Date(startOfDay(value).getTime() + DAY_MS - 1);
  if (!ISO_TIMESTAMP.test(value)) return null;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return null;
  const datePart = value.slice(0, 10);
  return isCalendarDate(datePart) ? instant : null;
}

/** A date or an ISO timestamp as the instant it names, within the tracker's dates; `start` reads a bare date as its first instant. */
export const instantOf = (reading: 'start' | 'end') =>
  z.string().transform((value, ctx) => {
    const end = parseAsOf(value);
    if (!end) {
      ctx.addIssue({ code: 'custom', message: 'must be a date (YYYY-MM-DD) or an ISO timestamp' });
      return z.NEVER;
    }
    if (!isDateInRange(toIsoDate(end))) {
      ctx.addIssue({ code: 'custom', message: DATE_RANGE });
      return z.NEVER;
    }
    return reading === 'start' && isCalendarDate(value) ? startOfDay(value) : end;
  });

/** Either form of `asOf`, as a schema that yields the instant. */
export const asOfSchema = instantOf('end');

/** An ISO timestamp with its offset, within the tracker's dates, kept as written (a backup's times). */
export const timestampSchema = z.iso.datetime({ offset: true, message: 'must be an ISO timestamp' }).refine((value) => {
  const instant = new Date(value);
  return !Number.isNaN(instant.getTime()) && isDateInRange(toIsoDate(instant));
}, DATE_RANGE);
