import { Injectable } from '@nestjs/common';
import type { FieldChange, ModelExceptionRecord, ModelState } from '@mmt/domain';
import type { Model as ModelRow, ModelException as ModelExceptionRow } from '../generated/prisma/client.js';
import { toExceptionRecord } from '../exceptions/exception.repository.js';
import { PrismaService } from '../database/prisma.service.js';
import { stateFromRow, type ModelMeta } from '../models/model.mapper.js';

export interface PortfolioItem {
  meta: ModelMeta;
  state: ModelState;
}

// Raw SQL on the driver throughout: one round trip per page for exactly the columns an export needs.
const CURRENT_COLUMNS = `id, name, team, task, framework, framework_version AS "frameworkVersion", family,
  lifecycle, deployment_target AS "deploymentTarget", serving_stack AS "servingStack", serialization,
  started_on AS "startedOn", migration, migration_target AS "migrationTarget", retire_by AS "retireBy",
  repo_url AS "repoUrl", description, tags, version, created_at AS "createdAt", updated_at AS "updatedAt"`;

export interface PageEvent {
  modelId: string;
  kind: 'created' | 'updated';
  at: Date;
  actor: string;
  changes: FieldChange[];
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

  /** These models' exceptions, revoked ones included (the verdict rule decides what counts). */
  async exceptions(ids: readonly string[]): Promise<ModelExceptionRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.prisma.rows<ModelExceptionRow>(
      `SELECT id, model_id AS "modelId", reason, approved_by AS "approvedBy", granted_on AS "grantedOn",
              expires_on AS "expiresOn", created_at AS "createdAt", created_by AS "createdBy",
              revoked_at AS "revokedAt", revoked_by AS "revokedBy"
       FROM model_exception WHERE model_id = ANY($1::uuid[])
       ORDER BY granted_on DESC, created_at DESC`,
      [ids],
    );
    return rows.map(toExceptionRecord);
  }

  /** These models' events recorded after `since`, oldest first. */
  eventsRecordedSince(ids: readonly string[], since: Date): Promise<PageEvent[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.prisma.rows<PageEvent>(
      `SELECT model_id AS "modelId", kind, at, actor, changes FROM model_event
       WHERE model_id = ANY($1::uuid[]) AND recorded_at > $2
       ORDER BY at, id`,
      [ids, since],
    );
  }

  /** The current states of these models. */
  async current(ids: readonly string[]): Promise<{ id: string; state: ModelState }[]> {
    if (ids.length === 0) return [];
    const rows = await this.prisma.rows<ModelRow>(`SELECT ${CURRENT_COLUMNS} FROM model WHERE id = ANY($1::uuid[])`, [ids]);
    return rows.map((row) => ({ id: row.id, state: stateFromRow(row) }));
  }

  /** The models after `afterName` (current name order), as they are now or were at `asOf`. */
  async page(
    asOf: Date | undefined,
    afterName: string | null,
    size: number,
  ): Promise<{ items: PortfolioItem[]; last: string | null }> {
    if (!asOf) {
      const rows = await this.prisma.rows<ModelRow>(
        `SELECT ${CURRENT_COLUMNS} FROM model
         WHERE $1::text IS NULL OR name > $1
         ORDER BY name LIMIT $2`,
        [afterName, size],
      );
      return { items: rows.map((row) => ({ meta: row, state: stateFromRow(row) })), last: rows.at(-1)?.name ?? null };
    }
    // A page is `size` models by current name; those not registered yet at asOf come back without a state.
    const rows = await this.prisma.rows<PastRow>(
      `SELECT m.id, m.name, e.state, e.version, m.created_at, e.at AS updated_at
       FROM (
         SELECT id, name, created_at FROM model
         WHERE $1::text IS NULL OR name > $1
         ORDER BY name LIMIT $2
       ) m
       LEFT JOIN LATERAL (
         SELECT state, version, at FROM model_event
         WHERE model_id = m.id AND at <= $3
         ORDER BY at DESC, id DESC LIMIT 1
       ) e ON true
       ORDER BY m.name`,
      [afterName, size, asOf],
    );
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
