import { z } from 'zod';
import { instantSchema, isoDateSchema } from './contract/fields.js';
import { addDays, calendarDateSchema, isCalendarDate, parseAsOf } from './dates.js';
import { text } from './text.js';

const exceptionFields = {
  reason: text(1000).min(1, 'is required'),
  approvedBy: text(200).min(1, 'is required'),
  grantedOn: calendarDateSchema.optional(),
  expiresOn: calendarDateSchema,
};

function checkExpiresAfterGranted(
  value: { grantedOn?: string | undefined; expiresOn: string },
  ctx: z.RefinementCtx,
): void {
  const { grantedOn, expiresOn } = value;
  if (!grantedOn || !isCalendarDate(grantedOn) || !isCalendarDate(expiresOn)) return;
  if (expiresOn <= grantedOn) {
    ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: `must be after grantedOn (${grantedOn})` });
  }
}

/** The body of `POST /api/models/:id/exceptions`, without a default for `grantedOn` (for docs and forms). */
export const exceptionInputSchema = z.strictObject(exceptionFields).superRefine(checkExpiresAfterGranted);
export type ExceptionBody = z.input<typeof exceptionInputSchema>;

/** The same body, with `grantedOn` defaulting to `today` (the caller's clock: the domain has none). */
export function exceptionInputSchemaFor(today: string) {
  return z
    .strictObject({ ...exceptionFields, grantedOn: calendarDateSchema.default(today) })
    .superRefine(checkExpiresAfterGranted);
}
export type ExceptionInput = z.output<ReturnType<typeof exceptionInputSchemaFor>>;

/** An exception as recorded: who approved it, for what, from when until when, and whether it was revoked. */
export const modelExceptionRecordSchema = z.strictObject({
  id: z.uuid(),
  modelId: z.uuid(),
  reason: z.string(),
  approvedBy: z.string(),
  grantedOn: isoDateSchema,
  expiresOn: isoDateSchema.describe('The first day the exception no longer applies'),
  createdAt: instantSchema,
  createdBy: z.string(),
  revokedAt: instantSchema.nullable(),
  revokedBy: z.string().nullable(),
});
export type ModelExceptionRecord = z.output<typeof modelExceptionRecordSchema>;

export const EXCEPTION_STATES = ['active', 'expired', 'pending', 'revoked'] as const;
export type ExceptionState = (typeof EXCEPTION_STATES)[number];

type ExceptionDates = Pick<ModelExceptionRecord, 'grantedOn' | 'expiresOn' | 'revokedAt'>;

/** The instant a date stands for when none is given: the end of that day (UTC), as `asOf` reads it. */
function instantFor(date: string, instant: Date | undefined): Date {
  return instant ?? parseAsOf(date) ?? new Date(Number.NaN);
}

/**
 * An exception counts on `date` when granted on or before it and expiring after it, unless it was
 * revoked at or before `instant` (default: the end of `date`). Revoked wins over every other state.
 */
export function exceptionStateAt(exception: ExceptionDates, date: string, instant?: Date): ExceptionState {
  if (exception.revokedAt !== null && new Date(exception.revokedAt).getTime() <= instantFor(date, instant).getTime()) {
    return 'revoked';
  }
  if (exception.grantedOn > date) return 'pending';
  if (exception.expiresOn <= date) return 'expired';
  return 'active';
}

/** Exceptions active on `today` that expire on or before `today + days`, soonest first. */
/** How far ahead an expiring exception is called out (review, compliance, dashboard). */
export const EXPIRY_WARNING_DAYS = 30;

export function exceptionsExpiringWithin<T extends ExceptionDates>(
  exceptions: readonly T[],
  today: string,
  days = EXPIRY_WARNING_DAYS,
  instant?: Date,
): T[] {
  const horizon = addDays(today, days);
  return exceptions
    .filter((exception) => exceptionStateAt(exception, today, instant) === 'active' && exception.expiresOn <= horizon)
    .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
}
