import { Injectable } from '@nestjs/common';
import type { ChangeItem, FrameworkFamily } from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from '../database/prisma.service.js';
import { disagreeingModels } from '../drift/code-drift.sql.js';

/** What scans changed since the last review: the weekly review's scan groups, each one query. */
@Injectable()
export class ScanChangesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Models whose code disagrees with the registry now and did not at `since`. */
  async newDisagreements(since: Date): Promise<ChangeItem[]> {
    const rows = await this.prisma.rows<{
      model_id: string;
      name: string;
      recorded_at: Date;
      scanned_family: FrameworkFamily;
      registered_family: FrameworkFamily;
    }>(Prisma.sql`
      SELECT d.model_id, m.name, d.recorded_at, d.scanned_family, d.registered_family
      FROM (${disagreeingModels(null)}) d
      JOIN model m ON m.id = d.model_id
      WHERE NOT EXISTS (SELECT 1 FROM (${disagreeingModels(since)}) p WHERE p.model_id = d.model_id)
      ORDER BY m.name, m.id`);
    return rows.map((row) => ({
      kind: 'newDisagreements',
      modelId: row.model_id,
      modelName: row.name,
      at: row.recorded_at.toISOString(),
      summary: `The code says ${row.scanned_family}; the registry says ${row.registered_family}`,
    }));
  }

  /** Scans recorded after `since` that found more TF1 API uses than the model's scan before them. */
  async tf1Increases(since: Date): Promise<ChangeItem[]> {
    const rows = await this.prisma.rows<{
      model_id: string;
      name: string;
      recorded_at: Date;
      commit: string | null;
      tf1_total: number;
      previous_total: number;
    }>(Prisma.sql`
      SELECT s.model_id, m.name, s.recorded_at, s.commit, s.tf1_total, s.previous_total
      FROM (
        SELECT id, model_id, recorded_at, commit, tf1_total,
               lag(tf1_total) OVER (PARTITION BY model_id ORDER BY recorded_at, id) AS previous_total
        FROM scan WHERE model_id IN (SELECT model_id FROM scan WHERE recorded_at > ${since})
      ) s
      JOIN model m ON m.id = s.model_id
      WHERE s.recorded_at > ${since} AND s.tf1_total > s.previous_total
      ORDER BY s.recorded_at, s.id`);
    return rows.map((row) => ({
      kind: 'tf1Increases',
      modelId: row.model_id,
      modelName: row.name,
      at: row.recorded_at.toISOString(),
      summary: `TF1 API uses ${row.previous_total} → ${row.tf1_total}${row.commit ? ` at ${row.commit.slice(0, 7)}` : ''}`,
    }));
  }
}
