import { Injectable } from '@nestjs/common';
import type { TeamNewProjects } from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from '../database/prisma.service.js';

/** A team's models, read for its badge: one grouped query over the verdicts holding now, never the portfolio. */
@Injectable()
export class TeamProjectsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The team's new projects by verdict at `instant`, or null when no model belongs to the team. */
  async newProjects(team: string, instant: Date): Promise<TeamNewProjects | null> {
    const rows = await this.prisma.rows<{ status: string; new_project: boolean; count: number }>(Prisma.sql`
      SELECT s.status, s.new_project, count(*)::int AS count
      FROM model m
      JOIN verdict_span s ON s.model_id = m.id AND s.valid_from <= ${instant} AND (s.valid_to IS NULL OR s.valid_to > ${instant})
      WHERE m.team = ${team}
      GROUP BY 1, 2`);
    if (rows.length === 0) return null;
    const count = (status: string) =>
      rows.filter((row) => row.new_project && row.status === status).reduce((sum, row) => sum + row.count, 0);
    return { compliant: count('compliant'), violation: count('violation'), exception: count('exception') };
  }

  /** The team as it is spelled on its models: `name` itself if a team has it, else a team written with other capitals. */
  async spelling(name: string): Promise<string | null> {
    const rows = await this.prisma.rows<{ team: string }>(Prisma.sql`
      SELECT DISTINCT team FROM model WHERE lower(team) = lower(${name}) ORDER BY team`);
    return rows.find((row) => row.team === name)?.team ?? rows[0]?.team ?? null;
  }
}
