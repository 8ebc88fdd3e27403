import { Injectable } from '@nestjs/common';
import { toIsoDate, type Framework, type FrameworkFamily, type VerdictStatus } from '@mmt/domain';
import { PrismaService } from '../database/prisma.service.js';
import { categoryChanges, cohortChanges, type CategoryCount } from '../kpis/kpi.repository.js';
import { lastEventAt } from '../database/last-event.sql.js';
import { Prisma } from '../generated/prisma/client.js';

export interface WeeklyCategoryDelta extends CategoryCount {
  weekEnd: string;
}

/**
 * The dashboard's reads. Every "over time" number comes from the change log (its weekly rollups plus
 * portfolio_change for the asOf week) or the verdict timelines (verdict_span): sums of changes,
 * never a rebuild of the portfolio per week.
 */
@Injectable()
export class DashboardRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Net changes per week and category up to `asOf`; weeks before `firstWeekEnd` are folded into it. */
  async portfolioDeltas(asOf: Date, firstWeekEnd: string): Promise<WeeklyCategoryDelta[]> {
    const rows = await this.prisma.$queryRaw<(Omit<WeeklyCategoryDelta, 'weekEnd'> & { week_end: Date })[]>`
      SELECT GREATEST(week_end, ${firstWeekEnd}::date) AS week_end, framework, family, lifecycle,
             sum(delta)::int AS count
      FROM (${categoryChanges(asOf)}) changes
      GROUP BY 1, 2, 3, 4
      HAVING sum(delta) <> 0`;
    return rows.map(({ week_end, ...row }) => ({ ...row, weekEnd: toIsoDate(week_end) }));
  }

  /** Projects by the quarter they started in and their framework family at `asOf`. */
  async cohorts(asOf: Date): Promise<{ quarterStart: string; family: FrameworkFamily; count: number }[]> {
    const rows = await this.prisma.$queryRaw<{ quarter_start: Date; family: FrameworkFamily; count: number }[]>`
      SELECT started_quarter AS quarter_start, family, sum(delta)::int AS count
      FROM (${cohortChanges(asOf)}) changes
      GROUP BY 1, 2
      HAVING sum(delta) <> 0`;
    return rows.map(({ quarter_start, ...row }) => ({ ...row, quarterStart: toIsoDate(quarter_start) }));
  }

  /** Verdicts entering (+) and leaving (−) each week up to `asOf`, folded like portfolioDeltas. */
  async verdictDeltas(
    asOf: Date,
    firstWeekEnd: string,
  ): Promise<{ weekEnd: string; status: VerdictStatus; count: number }[]> {
    const rows = await this.prisma.$queryRaw<{ week_end: Date; status: VerdictStatus; count: number }[]>`
      SELECT week_end, status, sum(count)::int AS count FROM (
        SELECT GREATEST(week_end_of(valid_from), ${firstWeekEnd}::date) AS week_end, status, count(*) AS count
        FROM verdict_span WHERE valid_from <= ${asOf} GROUP BY 1, 2
        UNION ALL
        SELECT GREATEST(week_end_of(valid_to), ${firstWeekEnd}::date), status, -count(*)
        FROM verdict_span WHERE valid_to <= ${asOf} GROUP BY 1, 2
      ) changes
      GROUP BY 1, 2
      HAVING sum(count) <> 0`;
    return rows.map(({ week_end, ...row }) => ({ ...row, weekEnd: toIsoDate(week_end) }));
  }

  /**
   * Changes of the TF1 API uses summed over each model's latest scan, per week up to `asOf`, folded
   * like portfolioDeltas: a scan adds its count in its week and takes it away in the week of the
   * model's next scan.
   */
  async tf1ApiUseDeltas(asOf: Date, firstWeekEnd: string): Promise<{ weekEnd: string; count: number }[]> {
    const rows = await this.prisma.$queryRaw<{ week_end: Date; count: number }[]>`
      WITH scans AS (
        SELECT recorded_at, tf1_total,
               lead(recorded_at) OVER (PARTITION BY model_id ORDER BY recorded_at, id) AS replaced_at
        FROM scan WHERE recorded_at <= ${asOf}
      )
      SELECT week_end, sum(delta)::int AS count FROM (
        SELECT GREATEST(week_end_of(recorded_at), ${firstWeekEnd}::date) AS week_end, tf1_total AS delta FROM scans
        UNION ALL
        SELECT GREATEST(week_end_of(replaced_at), ${firstWeekEnd}::date), -tf1_total FROM scans
        WHERE replaced_at IS NOT NULL
      ) changes
      GROUP BY 1
      HAVING sum(delta) <> 0`;
    return rows.map(({ week_end, count }) => ({ weekEnd: toIsoDate(week_end), count }));
  }

  /** Models in production on the given frameworks at `asOf`, with their planned retirement. */
  async productionModelsOn(
    frameworks: Framework[],
    asOf: Date | null,
  ): Promise<{ name: string; retireBy: string | null }[]> {
    if (frameworks.length === 0) return [];
    const rows = asOf
      ? await this.prisma.$queryRaw<{ name: string; retire_by: string | null }[]>`
          SELECT e.name, (SELECT state->>'retireBy' FROM model_event WHERE id = e.id) AS retire_by
          FROM model m
          JOIN LATERAL (${lastEventAt(Prisma.sql`m.id`, asOf, Prisma.sql`id, name, framework, lifecycle`)}) e ON true
          WHERE e.lifecycle = 'production' AND e.framework = ANY(${frameworks}::text[])`
      : await this.prisma.$queryRaw<{ name: string; retire_by: string | null }[]>`
          SELECT name, to_char(retire_by, 'YYYY-MM-DD') AS retire_by FROM model
          WHERE lifecycle = 'production' AND framework = ANY(${frameworks}::text[])`;
    return rows.map((row) => ({ name: row.name, retireBy: row.retire_by }));
  }

  async firstEventAt(): Promise<Date | null> {
    const [row] = await this.prisma.$queryRaw<{ first: Date | null }[]>`SELECT min(at) AS first FROM model_event`;
    return row?.first ?? null;
  }
}
