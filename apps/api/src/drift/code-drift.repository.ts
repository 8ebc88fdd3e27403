import { Injectable } from '@nestjs/common';
import type { CodeDrift, FrameworkFamily } from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from '../database/prisma.service.js';
import { disagreeingModels, familiesDisagree, latestScanOf } from './code-drift.sql.js';

/** Reads of where the code, as last scanned, disagrees with the registry. */
@Injectable()
export class CodeDriftRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The model's drift at `instant` (now when null), judged against `registeredFamily`, its family then. */
  async driftOf(modelId: string, registeredFamily: FrameworkFamily, instant: Date | null): Promise<CodeDrift | null> {
    const [row] = await this.prisma.rows<{ id: string; recorded_at: Date; primary_family: FrameworkFamily }>(
      Prisma.sql`
        SELECT ls.id, ls.recorded_at, ls.primary_family FROM (${latestScanOf(Prisma.sql`${modelId}::uuid`, instant)}) ls
        WHERE ${familiesDisagree(Prisma.sql`ls.primary_family`, Prisma.sql`${registeredFamily}::text`)}`,
    );
    return row
      ? {
          scanId: row.id,
          scannedAt: row.recorded_at.toISOString(),
          scannedFamily: row.primary_family,
          registeredFamily,
        }
      : null;
  }

  /** How many models' code disagrees with the registry at `instant` (now when null). */
  async disagreementCount(instant: Date | null): Promise<number> {
    const [row] = await this.prisma.rows<{ count: number }>(
      Prisma.sql`SELECT count(*)::int AS count FROM (${disagreeingModels(instant)}) d`,
    );
    return row?.count ?? 0;
  }
}
