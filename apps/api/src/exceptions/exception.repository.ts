import { Injectable } from '@nestjs/common';
import { toIsoDate, type ExceptionInput, type ModelExceptionRecord } from '@mmt/domain';
import { Prisma, type ModelException as ModelExceptionRow } from '../generated/prisma/client.js';
import { PrismaService, type Db } from '../database/prisma.service.js';
import { isoInstant } from '../database/sql-json.js';

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
 * `toExceptionRecord` gives, same order as `forModels`): for reads that bring them in the same
 * statement as their models.
 */
export const exceptionsJsonOf = (modelId: Prisma.Sql): Prisma.Sql => Prisma.sql`(
  SELECT coalesce(jsonb_agg(jsonb_build_object('id', e.id, 'modelId', e.model_id, 'reason', e.reason,
      'approvedBy', e.approved_by, 'grantedOn', e.granted_on, 'expiresOn', e.expires_on,
      'createdAt', ${isoInstant(Prisma.sql`e.created_at`)}, 'createdBy', e.created_by,
      'revokedAt', ${isoInstant(Prisma.sql`e.revoked_at`)}, 'revokedBy', e.revoked_by)
    ORDER BY e.granted_on DESC, e.created_at DESC), '[]'::jsonb)
  FROM model_exception e WHERE e.model_id = ${modelId})`;

const dbDate = (date: string) => new Date(`${date}T00:00:00.000Z`);

@Injectable()
export class ExceptionRepository {
  constructor(private readonly prisma: PrismaService) {}

  async all(): Promise<ModelExceptionRecord[]> {
    const rows = await this.prisma.modelException.findMany({ orderBy: [{ grantedOn: 'desc' }, { createdAt: 'desc' }] });
    return rows.map(toExceptionRecord);
  }

  async forModels(modelIds: string[], db: Db = this.prisma): Promise<ModelExceptionRecord[]> {
    if (modelIds.length === 0) return [];
    const rows = await db.modelException.findMany({
      where: { modelId: { in: modelIds } },
      orderBy: [{ grantedOn: 'desc' }, { createdAt: 'desc' }],
    });
    return rows.map(toExceptionRecord);
  }

  /** Exceptions whose expiry falls in [from, to), revoked ones included (revocation is judged as of a time). */
  async expiringBetween(from: string, to: string): Promise<(ModelExceptionRecord & { modelName: string })[]> {
    const rows = await this.prisma.modelException.findMany({
      where: { expiresOn: { gte: dbDate(from), lt: dbDate(to) } },
      include: { model: { select: { name: true } } },
      orderBy: { expiresOn: 'asc' },
    });
    return rows.map((row) => ({ ...toExceptionRecord(row), modelName: row.model.name }));
  }

  async findById(id: string, db: Db = this.prisma): Promise<ModelExceptionRecord | null> {
    const row = await db.modelException.findUnique({ where: { id } });
    return row ? toExceptionRecord(row) : null;
  }

  async create(
    db: Db,
    modelId: string,
    input: ExceptionInput,
    createdBy: string,
    createdAt?: Date,
  ): Promise<ModelExceptionRecord> {
    const row = await db.modelException.create({
      data: {
        modelId,
        reason: input.reason,
        approvedBy: input.approvedBy,
        grantedOn: dbDate(input.grantedOn),
        expiresOn: dbDate(input.expiresOn),
        createdBy,
        ...(createdAt ? { createdAt } : {}),
      },
    });
    return toExceptionRecord(row);
  }

  /** Revokes once: a second revocation keeps the first's time and actor. */
  async revoke(db: Db, id: string, revokedBy: string, at: Date): Promise<ModelExceptionRecord | null> {
    await db.modelException.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: at, revokedBy } });
    return this.findById(id, db);
  }
}
