import { Injectable } from '@nestjs/common';
import {
  toIsoDate,
  type Allowance,
  type KnownFramework,
  type ModelExceptionRecord,
  type ModelState,
} from '@mmt/domain';
import type { PolicyVersion } from '@mmt/domain';
import {
  Prisma,
  type ModelException as ModelExceptionRow,
  type PolicyVersion as PolicyVersionRow,
} from '../generated/prisma/client.js';
import { PrismaService, type Db } from '../database/prisma.service.js';
import { isoInstant } from '../database/sql-json.js';

export function toPolicyVersion(row: PolicyVersionRow): PolicyVersion {
  return {
    id: row.id,
    inForceFrom: toIsoDate(row.inForceFrom),
    newProjectsFrom: toIsoDate(row.newProjectsFrom),
    preferredFramework: row.preferredFramework as KnownFramework,
    legacyFrameworks: row.legacyFrameworks as KnownFramework[],
    governedFrameworks: row.governedFrameworks as KnownFramework[],
    allowances: row.allowances as unknown as Allowance[],
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

export function toExceptionRecord(row: ModelExceptionRow): ModelExceptionRecord {
  return {
    id: row.id,
    modelId: row.modelId,
    reason: row.reason,
    approvedBy: row.approvedBy,
    grantedOn: toIsoDate(row.grantedOn),
    expiresOn: toIsoDate(row.expiresOn),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedBy: row.revokedBy,
  };
}

/**
 * SQL for the exceptions of the model whose id is `modelId`, as a JSON array of records (the shape
 * `toExceptionRecord` gives, same order as `exceptionsOf`): for reads that bring them in the same
 * statement as their models.
 */
export const exceptionsJsonOf = (modelId: Prisma.Sql): Prisma.Sql => Prisma.sql`(
  SELECT coalesce(jsonb_agg(jsonb_build_object('id', e.id, 'modelId', e.model_id, 'reason', e.reason,
      'approvedBy', e.approved_by, 'grantedOn', e.granted_on, 'expiresOn', e.expires_on,
      'createdAt', ${isoInstant(Prisma.sql`e.created_at`)}, 'createdBy', e.created_by,
      'revokedAt', ${isoInstant(Prisma.sql`e.revoked_at`)}, 'revokedBy', e.revoked_by)
    ORDER BY e.granted_on DESC, e.created_at DESC), '[]'::jsonb)
  FROM model_exception e WHERE e.model_id = ${modelId})`;

/** A model's history as its verdict timeline reads it. */
export interface HistoryEntry {
  modelId: string;
  at: Date;
  state: ModelState;
}

/**
 * What a verdict is judged from: the policy versions, each model's exceptions and its history.
 * Reads only: policy_version, model_exception and model_event are written by their own modules
 * (policy, exceptions, models), which call the verdicts module after each change.
 */
@Injectable()
export class VerdictInputsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Every policy version, oldest first; inside `db`'s transaction when one is given. */
  async policyVersions(db?: Db): Promise<PolicyVersion[]> {
    const rows = db
      ? await db.policyVersion.findMany({ orderBy: { id: 'asc' } })
      : // On the driver: most requests read the policy (every verdict depends on it).
        await this.prisma.rows<PolicyVersionRow>(Prisma.sql`
          SELECT id, in_force_from AS "inForceFrom", new_projects_from AS "newProjectsFrom",
                 preferred_framework AS "preferredFramework", legacy_frameworks AS "legacyFrameworks",
                 governed_frameworks AS "governedFrameworks", allowances, created_at AS "createdAt",
                 created_by AS "createdBy"
          FROM policy_version ORDER BY id`);
    return rows.map(toPolicyVersion);
  }

  /** Every exception, revoked ones included (revocation is judged as of a time), newest grant first. */
  async allExceptions(): Promise<ModelExceptionRecord[]> {
    const rows = await this.prisma.modelException.findMany({ orderBy: [{ grantedOn: 'desc' }, { createdAt: 'desc' }] });
    return rows.map(toExceptionRecord);
  }

  async exceptionsOf(modelIds: readonly string[], db: Db = this.prisma): Promise<ModelExceptionRecord[]> {
    if (modelIds.length === 0) return [];
    const rows = await db.modelException.findMany({
      where: { modelId: { in: [...modelIds] } },
      orderBy: [{ grantedOn: 'desc' }, { createdAt: 'desc' }],
    });
    return rows.map(toExceptionRecord);
  }

  /** The models' events, oldest first: the input of their verdict timelines. */
  async historiesOf(modelIds: readonly string[], db: Db = this.prisma): Promise<HistoryEntry[]> {
    const events = await db.modelEvent.findMany({
      where: { modelId: { in: [...modelIds] } },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      select: { modelId: true, at: true, state: true },
    });
    return events.map((event) => ({
      modelId: event.modelId,
      at: event.at,
      state: event.state as unknown as ModelState,
    }));
  }

  async allModelIds(db: Db): Promise<string[]> {
    return (await db.model.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((model) => model.id);
  }

  /**
   * Holds the model for the rest of the transaction: edits and exception changes both recompute its
   * verdict timeline from what they read, so they take turns rather than overwrite each other's.
   * False when there is no such model.
   */
  async holdModel(db: Db, modelId: string): Promise<boolean> {
    const held = await db.$queryRaw<unknown[]>`SELECT 1 FROM model WHERE id = ${modelId}::uuid FOR NO KEY UPDATE`;
    return held.length > 0;
  }
}
