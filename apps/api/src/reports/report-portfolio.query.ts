import { Injectable } from '@nestjs/common';
import type { FieldChange, ModelExceptionRecord, ModelState } from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import { exceptionsJsonOf } from '../exceptions/exception.repository.js';
import { PrismaService } from '../database/prisma.service.js';
import { isoInstant } from '../database/sql-json.js';
import { currentStateJsonOf } from '../models/model-list.query.js';
import type { ModelMeta } from '../models/model.mapper.js';

export interface PageEvent {
  modelId: string;
  kind: 'created' | 'updated';
  /** ISO instant. */
  at: string;
  actor: string;
  changes: FieldChange[];
}

export interface PortfolioItem {
  meta: ModelMeta;
  /** The model as it was at the page's asOf (or now). */
  state: ModelState;
  /** The model as it is now: what "changes since the last review" judges. */
  current: ModelState;
  /** Its exceptions, revoked ones included (the verdict rule decides what counts). */
  exceptions: ModelExceptionRecord[];
  /** Its events recorded after the page's `eventsSince`, oldest first. */
  events: PageEvent[];
}

interface PageRow {
  id: string;
  name: string;
  state: ModelState | null;
  current: ModelState;
  version: number;
  created_at: Date;
  updated_at: Date;
  exceptions: ModelExceptionRecord[];
  events: PageEvent[];
}

const EVENTS_JSON = Prisma.sql`jsonb_build_object('modelId', ev.model_id, 'kind', ev.kind,
  'at', ${isoInstant(Prisma.sql`ev.at`)}, 'actor', ev.actor, 'changes', ev.changes)`;

/**
 * The portfolio in pages, for exports that must not hold every model at once. Pages follow the
 * models' current names (the unique index), so each page costs the same however far in it is.
 * Read on the driver, one statement per page: each model with everything an export row needs.
 */
@Injectable()
export class ReportPortfolioQuery {
  constructor(private readonly prisma: PrismaService) {}

  /** The models after `afterName` (current name order), as they are now or were at `asOf`. */
  async page(
    asOf: Date | undefined,
    afterName: string | null,
    size: number,
    eventsSince: Date,
  ): Promise<{ items: PortfolioItem[]; last: string | null }> {
    // A page is `size` models by current name; those not registered yet at asOf have no event then.
    const rows = await this.prisma.rows<PageRow>(Prisma.sql`
      SELECT m.id, m.name, m.created_at, ${currentStateJsonOf('m')} AS current,
             ${asOf ? Prisma.sql`e.state, e.version, e.at AS updated_at` : Prisma.sql`NULL::jsonb AS state, m.version, m.updated_at`},
             ${exceptionsJsonOf(Prisma.sql`m.id`)} AS exceptions,
             (SELECT coalesce(jsonb_agg(${EVENTS_JSON} ORDER BY ev.at, ev.id), '[]'::jsonb)
              FROM model_event ev WHERE ev.model_id = m.id AND ev.recorded_at > ${eventsSince}) AS events
      FROM (
        SELECT * FROM model WHERE ${afterName}::text IS NULL OR name > ${afterName}
        ORDER BY name LIMIT ${size}
      ) m
      ${
        asOf
          ? Prisma.sql`LEFT JOIN LATERAL (
              SELECT state, version, at FROM model_event
              WHERE model_id = m.id AND at <= ${asOf}
              ORDER BY at DESC, id DESC LIMIT 1
            ) e ON true`
          : Prisma.empty
      }
      ORDER BY m.name`);
    return {
      items: rows.flatMap((row) => {
        const state = asOf ? row.state : row.current;
        if (state === null) return [];
        const meta = { id: row.id, version: row.version, createdAt: row.created_at, updatedAt: row.updated_at };
        return [{ meta, state, current: row.current, exceptions: row.exceptions, events: row.events }];
      }),
      last: rows.at(-1)?.name ?? null,
    };
  }
}
