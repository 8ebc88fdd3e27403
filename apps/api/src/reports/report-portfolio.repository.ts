import { Injectable } from '@nestjs/common';
import type { CodeEvidence, CodeState, FrameworkFamily, ModelExceptionRecord, ModelState } from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from '../database/prisma.service.js';
import { codeStateOf, latestScanOf } from '../drift/code-drift.sql.js';
import type { Model as ModelRow } from '../generated/prisma/client.js';
import { MODEL_COLUMNS_AS_FIELDS, stateFromRow } from '../models/model-columns.js';
import type { ModelMeta } from '../models/model.mapper.js';
import { exceptionsJsonOf } from '../verdicts/verdict-inputs.repository.js';
import { lastEventAt } from '../database/last-event.sql.js';

export interface PortfolioItem {
  meta: ModelMeta;
  /** The model as it was at the page's asOf (or now). */
  state: ModelState;
  /** Its exceptions, revoked ones included (the verdict rule decides what counts). */
  exceptions: ModelExceptionRecord[];
  /** What its latest scan at the page's asOf (or now) says of its code. */
  code: CodeEvidence;
}

interface PageRow extends ModelRow {
  pastState: ModelState | null;
  pastVersion: number | null;
  pastUpdatedAt: Date | null;
  exceptions: ModelExceptionRecord[];
  scannedFamily: FrameworkFamily | null;
  scannedTf1Uses: number | null;
  codeState: CodeState;
}

const CURRENT_COLUMNS = Prisma.sql`id, ${MODEL_COLUMNS_AS_FIELDS}, version, created_at AS "createdAt", updated_at AS "updatedAt"`;

/**
 * The portfolio in pages, for exports that must not hold every model at once. Pages follow the
 * models' current names (the unique index), so each page costs the same however far in it is.
 * Read on the driver, one statement per page: each model with everything an export row needs.
 */
@Injectable()
export class ReportPortfolioRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The models after `afterName` (current name order), as they are now or were at `asOf`. */
  async page(
    asOf: Date | undefined,
    afterName: string | null,
    size: number,
  ): Promise<{ items: PortfolioItem[]; last: string | null }> {
    // A page is `size` models by current name; those not registered yet at asOf have no event then.
    const rows = await this.prisma.rows<PageRow>(Prisma.sql`
      WITH m AS (
        SELECT ${CURRENT_COLUMNS} FROM model
        WHERE ${afterName}::text IS NULL OR name > ${afterName}
        ORDER BY name LIMIT ${size}
      )
      SELECT m.*, ${exceptionsJsonOf(Prisma.sql`m.id`)} AS exceptions,
             ls.primary_family AS "scannedFamily", ls.tf1_total AS "scannedTf1Uses",
             ${codeStateOf(Prisma.sql`ls`, asOf ? Prisma.sql`e.family` : Prisma.sql`m.family`)} AS "codeState",
             ${
               asOf
                 ? Prisma.sql`e.state AS "pastState", e.version AS "pastVersion", e.at AS "pastUpdatedAt"`
                 : Prisma.sql`NULL::jsonb AS "pastState", NULL::int AS "pastVersion", NULL::timestamptz AS "pastUpdatedAt"`
             }
      FROM m
      ${
        asOf
          ? Prisma.sql`LEFT JOIN LATERAL (${lastEventAt(Prisma.sql`m.id`, asOf, Prisma.sql`state, version, at, family`)}) e ON true`
          : Prisma.empty
      }
      LEFT JOIN LATERAL (${latestScanOf(Prisma.sql`m.id`, asOf ?? null)}) ls ON true
      ORDER BY m.name`);
    return {
      items: rows.flatMap((row) => {
        const { exceptions } = row;
        const code = { scannedFamily: row.scannedFamily, tf1Uses: row.scannedTf1Uses, state: row.codeState };
        if (!asOf) return [{ meta: row, state: stateFromRow(row), exceptions, code }];
        if (row.pastState === null) return [];
        // The event in force at asOf: its state, version and time (all set when its state is).
        const meta = { id: row.id, version: row.pastVersion!, createdAt: row.createdAt, updatedAt: row.pastUpdatedAt! };
        return [{ meta, state: row.pastState, exceptions, code }];
      }),
      last: rows.at(-1)?.name ?? null,
    };
  }
}
