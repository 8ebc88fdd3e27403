import { describe, expect, it } from 'vitest';
import { addDays, isCalendarDate, parseAsOf, toIsoDate } from './dates.js';

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
