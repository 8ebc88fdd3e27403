import { Injectable } from '@nestjs/common';
import type { Backup, BackupEvent, BackupModel } from '@mmt/domain';
import { toIsoDate } from '@mmt/domain';
import type { Db } from '../database/prisma.service.js';
import { toExceptionRecord } from '../exceptions/exception.repository.js';
import { chunks } from '../imports/import.repository.js';

const dbDate = (date: string) => new Date(`${date}T00:00:00.000Z`);

/** Reads for a backup and the writes of a restore: all of an instance's records, ids and times kept. */
@Injectable()
export class BackupRepository {
  async policyVersions(db: Db): Promise<Backup['policyVersions']> {
    const rows = await db.policyVersion.findMany({ orderBy: { id: 'asc' } });
    return rows.map((row) => ({
      id: row.id,
      inForceFrom: toIsoDate(row.inForceFrom),
      newProjectsFrom: toIsoDate(row.newProjectsFrom),
      preferredFramework: row.preferredFramework as Backup['policyVersions'][number]['preferredFramework'],
      legacyFrameworks: row.legacyFrameworks as Backup['policyVersions'][number]['legacyFrameworks'],
      governedFrameworks: row.governedFrameworks as Backup['policyVersions'][number]['governedFrameworks'],
      allowances: row.allowances as unknown as Backup['policyVersions'][number]['allowances'],
      createdAt: row.createdAt.toISOString(),
      createdBy: row.createdBy,
    }));
  }

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
      select: { id: true, version: true, createdAt: true, updatedAt: true },
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

  /** Replaces the default policy by the backup's versions, ids and all. */
  async restorePolicies(db: Db, versions: Backup['policyVersions']): Promise<void> {
    await db.policyVersion.deleteMany({});
    await db.policyVersion.createMany({
      data: versions.map((version) => ({
        ...version,
        inForceFrom: dbDate(version.inForceFrom),
        newProjectsFrom: dbDate(version.newProjectsFrom),
        allowances: version.allowances as object[],
        createdAt: new Date(version.createdAt),
      })),
    });
    await db.$executeRaw`SELECT setval(pg_get_serial_sequence('policy_version', 'id'), (SELECT max(id) FROM policy_version))`;
  }

  async restoreExceptions(db: Db, exceptions: Backup['exceptions']): Promise<void> {
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

  async restoreReviews(db: Db, reviews: Backup['reviews']): Promise<void> {
    for (const part of chunks(reviews)) {
      await db.review.createMany({
        data: part.map((review) => ({
          ...review,
          heldOn: dbDate(review.heldOn),
          snapshot: review.snapshot as object,
          createdAt: new Date(review.createdAt),
        })),
      });
    }
  }

  /** After events were written with their original ids, new ones continue after the highest. */
  async continueEventIds(db: Db): Promise<void> {
    await db.$executeRaw`SELECT setval(pg_get_serial_sequence('model_event', 'id'), coalesce((SELECT max(id) FROM model_event), 1))`;
  }
}
