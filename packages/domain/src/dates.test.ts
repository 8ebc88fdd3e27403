import { describe, expect, it } from 'vitest';
import {
  addDays,
  asOfSchema,
  calendarDateSchema,
  instantOf,
  isCalendarDate,
  parseAsOf,
  timestampSchema,
  toIsoDate,
} from './dates.js';

describe('isCalendarDate', () => {
  it.each([
    ['2020-04-01', true],
    ['2024-02-29', true],
    ['2021-02-29', false],
    ['2020-13-45', false],
    ['2020-4-1', false],
    ['20200401', false],
    ['2020-04-01T00:00:00Z', false],
    ['', false],
  ])('%s → %s', (text, valid) => expect(isCalendarDate(text)).toBe(valid));
});

describe('parseAsOf', () => {
  it.each([
    ['2021-01-15', '2021-01-15T23:59:59.999Z'],
    ['2021-01-15T10:30:00Z', '2021-01-15T10:30:00.000Z'],
    ['2021-01-15T10:30:00.5+02:00', '2021-01-15T08:30:00.500Z'],
    ['2021-01-15T10:30Z', '2021-01-15T10:30:00.000Z'],
  ])('%s is the instant %s', (text, instant) => expect(parseAsOf(text)?.toISOString()).toBe(instant));

  it.each(['yesterday', '2021-02-30', '2021-02-30T10:00:00Z', '2021-01-15T25:00:00Z', '2021-01-15 10:00', ''])(
    'refuses %j',
    (text) => expect(parseAsOf(text)).toBeNull(),
  );
});

describe('the dates the tracker takes', () => {
  const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.success ? null : result.error!.issues[0]!.message;
  const outOfRange = 'must be between 1990-01-01 and 2999-12-31';

  it.each([
    ['1990-01-01', null],
    ['2999-12-31', null],
    ['1989-12-31', outOfRange],
    ['0100-01-01', outOfRange],
    ['3000-01-01', outOfRange],
    ['2021-02-29', 'must be a real calendar date written YYYY-MM-DD'],
  ])('calendar date %s → %s', (text, message) => expect(messageOf(calendarDateSchema.safeParse(text))).toBe(message));

  it.each([
    ['1990-01-01', null],
    ['1989-12-31T23:59:59Z', outOfRange],
    ['1990-01-01T01:00:00+02:00', outOfRange],
    ['0100-06-01', outOfRange],
    ['9999-12-31T23:59:59Z', outOfRange],
    ['never', 'must be a date (YYYY-MM-DD) or an ISO timestamp'],
  ])('asOf %s → %s', (text, message) => expect(messageOf(asOfSchema.safeParse(text))).toBe(message));

  it.each([
    ['2021-01-15T10:30:00.000Z', null],
    ['0000-01-01T00:00:00Z', outOfRange],
    ['1970-01-01T00:00:00Z', outOfRange],
    ['yesterday', 'must be an ISO timestamp'],
  ])('timestamp %s → %s', (text, message) => expect(messageOf(timestampSchema.safeParse(text))).toBe(message));

  it('reads a bare date as its first or last instant', () => {
    expect(instantOf('start').parse('2021-01-15').toISOString()).toBe('2021-01-15T00:00:00.000Z');
    expect(instantOf('end').parse('2021-01-15').toISOString()).toBe('2021-01-15T23:59:59.999Z');
    expect(instantOf('start').parse('2021-01-15T10:30:00Z').toISOString()).toBe('2021-01-15T10:30:00.000Z');
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2020-02-28', 1, '2020-02-29'],
    ['2020-12-31', 1, '2021-01-01'],
    ['2021-03-01', -1, '2021-02-28'],
    ['2026-11-24', 30, '2026-12-24'],
  ])('%s + %i days = %s', (date, days, result) => expect(addDays(date, days)).toBe(result));

  it('reads the UTC date of an instant', () => {
    expect(toIsoDate(new Date('2021-01-15T23:30:00-05:00'))).toBe('2021-01-16');
  });
});
