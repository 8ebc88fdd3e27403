import { z } from 'zod';
import { named } from './registry.js';

/** 200 `{ status: "ok", database: "up" }`, or 503 `{ status: "degraded", database: "down" }`. */
export const healthSchema = named(
  'Health',
  z.strictObject({ status: z.enum(['ok', 'degraded']), database: z.enum(['up', 'down']) }),
);
export type Health = z.output<typeof healthSchema>;
