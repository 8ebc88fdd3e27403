import { Injectable } from '@nestjs/common';
import type { Backup, BackupEvent, BackupModel } from '@mmt/domain';
import { toIsoDate } from '@mmt/domain';
import type { Db } from '../database/prisma.service.js';
import { toExceptionRecord } from '../verdicts/verdict-inputs.repository.js';

/**
 * The reads of a backup: all of an instance's records, ids and times kept. A restore writes through
 * each table's own repository (models, exceptions, policy, reviews).
 */
@Injectable()
export class BackupRepository {
  async exceptions(db: Db): Promise<Backup['exceptions']> {
    const rows = await db.modelException.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return rows.map((row) => {
      const { id, modelId, reason, approvedBy, grantedOn, expiresOn, createdAt, createdBy, revokedAt, revokedBy } =
        toExceptionRecord(row);
      return { id, modelId, reason, approvedBy, grantedOn, expiresOn, createdAt, createdBy, revokedAt, revokedBy };
    });
  }

  async reviews(db: Db): Promise<Backup['reviews']> {
    const rows = await db.review.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return rows.map((row) => ({
      id: row.id,
      heldOn: toIsoDate(row.heldOn),
      attendees: row.attendees,
      notes: row.notes,
      snapshot: row.snapshot as unknown as Backup['reviews'][number]['snapshot'],
      createdAt: row.createdAt.toISOString(),
      createdBy: row.createdBy,
    }));
  }

  /** A page of models (by id) with their whole history, oldest event first. */
  async modelsAfter(db: Db, afterId: string | null, size: number): Promise<BackupModel[]> {
    const models = await db.model.findMany({
      where: afterId === null ? {} : { id: { gt: afterId } },
      orderBy: { id: 'asc' },
      take: size,
      select: {
        id: true,
        version: true,
        createdAt: true,
        updatedAt: true,
        sourceRefs: { select: { sourceRef: true }, orderBy: { sourceRef: 'asc' } },
      },
    });
    const events = await db.modelEvent.findMany({
      where: { modelId: { in: models.map((model) => model.id) } },
      orderBy: [{ modelId: 'asc' }, { id: 'asc' }],
    });
    const byModel = new Map<string, BackupEvent[]>();
    for (const event of events) {
      const list = byModel.get(event.modelId) ?? [];
      list.push({
        id: event.id.toString(),
        kind: event.kind as BackupEvent['kind'],
        actor: event.actor,
        at: event.at.toISOString(),
        recordedAt: event.recordedAt.toISOString(),
        version: event.version,
        changes: event.changes as unknown as BackupEvent['changes'],
        state: event.state as Record<string, unknown>,
      });
      byModel.set(event.modelId, list);
    }
    return models.map((model) => ({
      id: model.id,
      version: model.version,
      createdAt: model.createdAt.toISOString(),
      updatedAt: model.updatedAt.toISOString(),
      sourceRefs: model.sourceRefs.map((ref) => ref.sourceRef),
      events: byModel.get(model.id) ?? [],
    }));
  }

  /** What the instance holds besides the default policy every new instance starts with. */
  async contents(db: Db): Promise<{ models: number; exceptions: number; reviews: number; policyVersions: number }> {
    const [models, exceptions, reviews, policyVersions] = await Promise.all([
      db.model.count(),
      db.modelException.count(),
      db.review.count(),
      db.policyVersion.count({ where: { createdBy: { not: 'system' } } }),
    ]);
    return { models, exceptions, reviews, policyVersions };
  }
}
