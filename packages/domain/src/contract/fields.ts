import { z } from 'zod';

/** A calendar date as the API writes it: `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();

/** An instant as the API writes it: `Date#toISOString()`. */
export const instantSchema = z.iso.datetime();

/** A share between 0 and 1; null when there was nothing to divide by. */
export const rateSchema = z.number().min(0).max(1).nullable();

export const countSchema = z.number().int().nonnegative();

/** An object with the same kind of value under every key: `{ violation: 2, warning: 0, … }`. */
export const recordOf = <const T extends readonly [string, ...string[]], V extends z.ZodType>(keys: T, value: V) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, value])) as Record<T[number], V>);

/** One count per key, every key present. */
export const countsOf = <const T extends readonly [string, ...string[]]>(keys: T) => recordOf(keys, countSchema);
