import { Injectable } from '@nestjs/common';
import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  backupSchema,
  checkBackupIntegrity,
  type Backup,
  type BackupEvent,
  type FieldChange,
  type ModelState,
  type RestoreSummary,
} from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import { DomainError } from '../common/domain-error.js';
import { parseOrThrow, validationFailed } from '../common/validation.js';
import { PrismaService, type Db } from '../database/prisma.service.js';
import { DATA_AREAS, AnswerCache, type CachedFile } from '../database/answer-cache.js';
import { ExceptionRepository } from '../exceptions/exception.repository.js';
import { ModelRepository } from '../models/model.repository.js';
import { PolicyRepository } from '../policy/policy.repository.js';
import { ReviewRepository } from '../reviews/review.repository.js';
import { ScanRepository } from '../scans/scan.repository.js';
import { VerdictInputsRepository } from '../verdicts/verdict-inputs.repository.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import { BackupRepository } from './backup.repository.js';

const MODEL_PAGE = 500;
const EVENTS_PER_STATEMENT = 2_000;
// A whole instance is read or written in one transaction: minutes, not seconds, on a large one
// (never longer for a slow client: a backup is written to a file, which clients read).
const BACKUP_TIMEOUT_MS = 15 * 60_000;

const json = (value: unknown) => JSON.stringify(value);

/** The whole instance out as one JSON file, and back in to an empty instance. */
@Injectable()
export class BackupService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly backups: BackupRepository,
    private readonly models: ModelRepository,
    private readonly exceptions: ExceptionRepository,
    private readonly policies: PolicyRepository,
    private readonly reviews: ReviewRepository,
    private readonly scans: ScanRepository,
    private readonly inputs: VerdictInputsRepository,
    private readonly verdicts: VerdictService,
    private readonly cache: AnswerCache,
  ) {}

  /**
   * The backup as a file, read in one repeatable-read transaction so it is a consistent snapshot
   * even while others write; models go out a page at a time. It is written at the database's pace
   * (the transaction lasts as long as that takes) and each download reads it at its own, so a
   * client that stalls holds no connection, and simultaneous downloads share one file.
   */
  exportFile(now = new Date()): Promise<CachedFile> {
    return this.cache.file('backup', (write) => this.writeBackup(write, now), { asOf: undefined, reads: DATA_AREAS });
  }

  private async writeBackup(write: (chunk: string) => Promise<void>, now: Date): Promise<void> {
    await this.prisma.$transaction(
      async (tx) => {
        const [policyVersions, exceptions, reviews, scans] = await Promise.all([
          this.inputs.policyVersions(tx),
          this.backups.exceptions(tx),
          this.backups.reviews(tx),
          this.backups.scans(tx),
        ]);
        const head = {
          format: BACKUP_FORMAT,
          schemaVersion: BACKUP_SCHEMA_VERSION,
          exportedAt: now.toISOString(),
          policyVersions,
          exceptions,
          reviews,
          scans,
        };
        await write(`${json(head).slice(0, -1)},"models":[`);
        let after: string | null = null;
        let first = true;
        for (;;) {
          const page = await this.backups.modelsAfter(tx, after, MODEL_PAGE);
          if (page.length === 0) break;
          await write(page.map((model, index) => `${first && index === 0 ? '' : ','}\n${json(model)}`).join(''));
          first = false;
          after = page.at(-1)!.id;
        }
        await write('\n]}\n');
      },
      {
        isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
        timeout: BACKUP_TIMEOUT_MS,
        maxWait: 10_000,
      },
    );
  }

  /** Restores a backup into an empty instance: same ids, versions, times and actors, then verdict timelines recomputed. */
  async restore(body: unknown): Promise<RestoreSummary> {
    const backup = parseOrThrow(backupSchema, body);
    const problems = checkBackupIntegrity(backup);
    if (problems.length > 0) throw validationFailed(problems);
    await this.prisma.$transaction(
      async (tx) => {
        await this.models.holdBulkWrites(tx);
        await this.refuseUnlessEmpty(tx);
        await this.policies.restore(tx, backup.policyVersions);
        await this.restoreModels(tx, backup);
        await this.exceptions.insertMany(tx, backup.exceptions);
        await this.reviews.insertMany(tx, backup.reviews);
        await this.scans.insertMany(tx, backup.scans);
        await this.verdicts.refreshAll(tx);
      },
      { timeout: BACKUP_TIMEOUT_MS, maxWait: 10_000 },
    );
    return {
      restored: {
        policyVersions: backup.policyVersions.length,
        models: backup.models.length,
        events: backup.models.reduce((sum, model) => sum + model.events.length, 0),
        exceptions: backup.exceptions.length,
        reviews: backup.reviews.length,
        scans: backup.scans.length,
      },
    };
  }

  private async refuseUnlessEmpty(db: Db): Promise<void> {
    const contents = await this.backups.contents(db);
    const held = Object.entries(contents).filter(([, count]) => count > 0);
    if (held.length > 0) {
      const what = held.map(([kind, count]) => `${count} ${kind}`).join(', ');
      throw new DomainError(
        'duplicate',
        `This instance already holds data (${what}); a backup is restored only into an empty instance, so nothing was changed. Start a new instance (an empty database) and restore there.`,
      );
    }
  }

  private async restoreModels(db: Db, backup: Backup): Promise<void> {
    await this.models.insertModels(
      db,
      backup.models.map((model) => ({
        id: model.id,
        version: model.version,
        createdAt: new Date(model.createdAt),
        updatedAt: new Date(model.updatedAt),
        state: model.events.find((event) => event.version === model.version)!.state as unknown as ModelState,
      })),
    );
    // Round k holds every model's k-th event, so a statement never holds two events of one model
    // and the change-log trigger sees each model's history grow in the order it was written.
    const histories = backup.models.map((model) => ({ id: model.id, events: [...model.events].sort(byEventId) }));
    const rounds = Math.max(0, ...histories.map((history) => history.events.length));
    for (let round = 0; round < rounds; round += 1) {
      const events = histories.flatMap((history) => {
        const event = history.events[round];
        return event ? [toNewEvent(history.id, event)] : [];
      });
      for (let start = 0; start < events.length; start += EVENTS_PER_STATEMENT) {
        await this.models.insertEvents(db, events.slice(start, start + EVENTS_PER_STATEMENT));
      }
    }
    await this.models.continueEventIds(db);
    await this.models.recordSourceRefs(
      db,
      backup.models.flatMap((model) => (model.sourceRefs ?? []).map((sourceRef) => ({ modelId: model.id, sourceRef }))),
    );
  }
}

const byEventId = (a: BackupEvent, b: BackupEvent) =>
  BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0;

function toNewEvent(modelId: string, event: BackupEvent) {
  return {
    id: BigInt(event.id),
    modelId,
    kind: event.kind,
    actor: event.actor,
    at: new Date(event.at),
    recordedAt: new Date(event.recordedAt),
    version: event.version,
    changes: event.changes as FieldChange[],
    state: event.state as unknown as ModelState,
  };
}
