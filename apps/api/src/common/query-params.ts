import { z } from 'zod';

/** A query parameter that may be absent or empty (an empty form field means "no filter"). */
export const optionalParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

export const pageParams = {
  page: optionalParam(z.coerce.number().int().min(1).max(1_000_000)).transform((value) => value ?? 1),
  pageSize: optionalParam(z.coerce.number().int().min(1).max(500)).transform((value) => value ?? 25),
};

export const uuidParamSchema = z.string();
