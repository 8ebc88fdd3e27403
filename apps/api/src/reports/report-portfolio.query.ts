import { Injectable } from '@nestjs/common';
import type { ModelState } from '@mmt/domain';
import { PrismaService } from '../database/prisma.service.js';
import { stateFromRow, type ModelMeta } from '../models/model.mapper.js';

export interface PortfolioItem {
  meta: ModelMeta;
  state: ModelState;
}

interface PastRow {
  id: string;
  name: string;
  state: ModelState | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/**
 * The portfolio in pages, for exports that must not hold every model at once. Pages follow the
 * models' current names (the unique index), so each page costs the same however far in it is.
 */
@Injectable()
export class ReportPortfolioQuery {
  constructor(private readonly prisma: PrismaService) {}

  /** The models after `afterName` (current name order), as they are now or were at `asOf`. */
  async page(
    asOf: Date | undefined,
    afterName: string | null,
    size: number,
  ): Promise<{ items: PortfolioItem[]; last: string | null }> {
    if (!asOf) {
      const rows = await this.prisma.model.findMany({
        where: afterName === null ? {} : { name: { gt: afterName } },
        orderBy: { name: 'asc' },
        take: size,
      });
      return { items: rows.map((row) => ({ meta: row, state: stateFromRow(row) })), last: rows.at(-1)?.name ?? null };
    }
    // A page is `size` models by current name; those not registered yet at asOf come back without a state.
    const rows = await this.prisma.$queryRaw<PastRow[]>`
      SELECT m.id, m.name, e.state, e.version, m.created_at, e.at AS updated_at
      FROM (
        SELECT id, name, created_at FROM model
        WHERE ${afterName}::text IS NULL OR name > ${afterName}
        ORDER BY name LIMIT ${size}
      ) m
      LEFT JOIN LATERAL (
        SELECT state, version, at FROM model_event
        WHERE model_id = m.id AND at <= ${asOf}
        ORDER BY at DESC, id DESC LIMIT 1
      ) e ON true
      ORDER BY m.name`;
    return {
      items: rows.flatMap((row) =>
        row.state === null
          ? []
          : [
              {
                meta: { id: row.id, version: row.version, createdAt: row.created_at, updatedAt: row.updated_at },
                state: row.state,
              },
            ],
      ),
      last: rows.at(-1)?.name ?? null,
    };
  }
}
