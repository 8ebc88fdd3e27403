import { Prisma } from '../generated/prisma/client.js';

/*
 * Changes up to `asOf`, as (week_end, …, delta) rows: the weekly rollups for every full week before
 * asOf's week, portfolio_change only for asOf's own week up to the instant, so a past asOf stays exact.
 * Weeks end on Sunday (UTC) and start on Monday 00:00 UTC, as in week_end_of().
 */
const asOfWeekEnd = (asOf: Date) => Prisma.sql`week_end_of(${asOf}::timestamptz)`;
const asOfWeekStart = (asOf: Date) => Prisma.sql`((${asOfWeekEnd(asOf)} - 6)::timestamp AT TIME ZONE 'UTC')`;

/** (week_end, framework, family, lifecycle, delta) */
export const categoryChanges = (asOf: Date) => Prisma.sql`
  SELECT week_end, framework, family, lifecycle, delta FROM portfolio_week
  WHERE week_end < ${asOfWeekEnd(asOf)}
  UNION ALL
  SELECT week_end_of(at), framework, family, lifecycle, delta FROM portfolio_change
  WHERE at >= ${asOfWeekStart(asOf)} AND at <= ${asOf}`;

/** (week_end, started_quarter, family, delta) */
export const cohortChanges = (asOf: Date) => Prisma.sql`
  SELECT week_end, started_quarter, family, delta FROM cohort_week
  WHERE week_end < ${asOfWeekEnd(asOf)}
  UNION ALL
  SELECT week_end_of(at), date_trunc('quarter', started_on)::date, family, delta FROM portfolio_change
  WHERE at >= ${asOfWeekStart(asOf)} AND at <= ${asOf}`;
