import { Injectable } from '@nestjs/common';
import { toIsoDate, type Framework, type FrameworkFamily, type Lifecycle, type VerdictStatus } from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from '../database/prisma.service.js';

/*
 * The change log (portfolio_change, kept by the model_event trigger, and its weekly rollups) as
 * changes up to `asOf`, as (week_end, …, delta) rows: the weekly rollups for every full week before
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

export interface CategoryCount {
  framework: Framework;
  family: FrameworkFamily;
  lifecycle: Lifecycle;
  count: number;
}

export interface VerdictCount {
  status: VerdictStatus;
  newProject: boolean;
  count: number;
}

/** The counts the KPIs are made of, at one instant: from the change log and the verdict timelines. */
@Injectable()
export class KpiRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** How many models were in each category at `instant`. */
  async categoryCounts(instant: Date): Promise<CategoryCount[]> {
    return this.prisma.$queryRaw<CategoryCount[]>`
      SELECT framework, family, lifecycle, sum(delta)::int AS count
      FROM (${categoryChanges(instant)}) changes
      GROUP BY 1, 2, 3
      HAVING sum(delta) <> 0`;
  }

  /** Verdicts holding at `instant`, by status and new-project flag. */
  async verdictCounts(instant: Date): Promise<VerdictCount[]> {
    const rows = await this.prisma.$queryRaw<{ status: VerdictStatus; new_project: boolean; count: number }[]>`
      SELECT status, new_project, count(*)::int AS count
      FROM verdict_span
      WHERE valid_from <= ${instant} AND (valid_to IS NULL OR valid_to > ${instant})
      GROUP BY 1, 2`;
    return rows.map(({ new_project, ...row }) => ({ ...row, newProject: new_project }));
  }

  /** Exceptions in force at `instant` that expire within `days` days of it. */
  async exceptionsExpiringWithin(instant: Date, days: number): Promise<number> {
    const date = toIsoDate(instant);
    const [row] = await this.prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM model_exception
      WHERE granted_on <= ${date}::date AND expires_on > ${date}::date
        AND expires_on <= ${date}::date + ${days}::int
        AND (revoked_at IS NULL OR revoked_at > ${instant})`;
    return row?.count ?? 0;
  }
}
