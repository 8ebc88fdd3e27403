import { Prisma } from '../generated/prisma/client.js';

/** SQL for a timestamptz as the ISO text `Date#toISOString` writes, for instants built into JSON. */
export const isoInstant = (expression: Prisma.Sql): Prisma.Sql =>
  Prisma.sql`to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
