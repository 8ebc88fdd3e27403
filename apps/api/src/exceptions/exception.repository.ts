import { Injectable } from '@nestjs/common';
import type { Backup, ExceptionInput, ModelExceptionRecord } from '@mmt/domain';
import { PrismaService, type Db } from '../database/prisma.service.js';
import { chunks } from '../database/chunks.js';
import { toExceptionRecord } from '../verdicts/verdict-inputs.repository.js';

const dbDate = (date: string) => new Date(`${date}T00:00:00.000Z`);

/** Exceptions: the one writer of model_exception (the verdicts module reads them for every verdict). */
@Injectable()
export class ExceptionRepository {
  constructor(private readonly prisma: PrismaService) {}

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

  /** Whole records as they are (a restore, the bulk loader): ids, times and actors kept. */
  async insertMany(db: Db, exceptions: Backup['exceptions']): Promise<void> {
    for (const part of chunks(exceptions)) {
      await db.modelException.createMany({
        data: part.map((exception) => ({
          ...exception,
          grantedOn: dbDate(exception.grantedOn),
          expiresOn: dbDate(exception.expiresOn),
          createdAt: new Date(exception.createdAt),
          revokedAt: exception.revokedAt ? new Date(exception.revokedAt) : null,
        })),
      });
    }
  }
}
