import { z } from 'zod';
import { asOfSchema } from '../dates.js';
import { text } from '../text.js';

/** A query parameter that may be absent or empty (an empty form field means "no filter"). */
export const optionalParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

export const pageParams = {
  page: optionalParam(z.coerce.number().int().min(1).max(1_000_000)).transform((value) => value ?? 1),
  pageSize: optionalParam(z.coerce.number().int().min(1).max(500)).transform((value) => value ?? 25),
};

/** One value or several, comma-separated (`framework=tensorflow,keras`), each from `values`. */
export const listParam = <T extends readonly [string, ...string[]]>(values: T) =>
  optionalParam(
    z
      .string()
      .transform((list) => [
        ...new Set(
          list
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(z.array(z.enum(values)).min(1, 'must name at least one value')),
  ).describe(`One or more of ${values.join(', ')}, comma-separated`);

/** Free text in a query string, by the same rule as free text in a body. */
export const textParam = (max: number) => optionalParam(text(max));

/** `?asOf=`: the moment to answer about; now when absent. */
export const asOfParam = optionalParam(asOfSchema).describe(
  'A date (YYYY-MM-DD: the end of that day, UTC) or an ISO timestamp; now when absent',
);

export const asOfQuerySchema = z.object({ asOf: asOfParam });
export type AsOfQuery = z.output<typeof asOfQuerySchema>;
