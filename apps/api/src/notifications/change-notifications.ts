import { Injectable } from '@nestjs/common';
import {
  exceptionChangeEvents,
  groupBy,
  modelCreatedEvents,
  modelRef,
  modelUpdatedEvents,
  stateBefore,
  verdictChangeEvents,
  type FieldChange,
  type Model,
  type ModelExceptionRecord,
  type PolicyVersion,
  type ReviewRecord,
  type Scan,
  type Verdict,
  reviewSummary,
} from '@mmt/domain';
import type { Db } from '../database/prisma.service.js';
import type { Prisma, Model as ModelRow } from '../generated/prisma/client.js';
import { chunks } from '../database/chunks.js';
import { stateFromRow } from '../models/model-columns.js';
import { toModel } from '../models/model.mapper.js';
import { VerdictInputsRepository } from '../verdicts/verdict-inputs.repository.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import { NotifiedModelRepository } from './notified-model.repository.js';
import { OutboxRepository } from './outbox.repository.js';

/**
 * What each change tells subscribers. Every method is called inside the change's transaction with
 * its client, so the notification commits with the change or not at all; verdicts before and after
 * are judged by the same `evaluate` the API shows.
 */
@Injectable()
export class ChangeNotifications {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly models: NotifiedModelRepository,
    private readonly inputs: VerdictInputsRepository,
    private readonly verdicts: VerdictService,
  ) {}

  /** The INSERT of a registration's notification: a new model is written in one statement, and this rides in it. */
  modelCreated(model: Model, actor: string, at: Date): Prisma.Sql {
    return this.outbox.insertStatement(modelCreatedEvents(model, actor, at));
  }

  /** `before` is the verdict the model had before the edit. */
  async modelUpdated(
    db: Db,
    edit: { model: Model; changes: FieldChange[]; actor: string; before: Verdict; at: Date },
  ): Promise<void> {
    await this.outbox.record(db, modelUpdatedEvents({ ...edit, occurredAt: edit.at }));
  }

  /** An exception just granted or revoked (as `db` now sees it), and the verdict change it makes. */
  async exceptionChanged(
    db: Db,
    kind: 'granted' | 'revoked',
    exception: ModelExceptionRecord,
    actor: string,
    now: Date,
  ): Promise<void> {
    const row = await this.models.findById(db, exception.modelId);
    if (!row) return;
    const [exceptions, policies] = [await this.inputs.exceptionsOf([row.id], db), await this.inputs.policyVersions(db)];
    const state = stateFromRow(row);
    const others = exceptions.filter((other) => other.id !== exception.id);
    const beforeIt = kind === 'granted' ? others : [...others, { ...exception, revokedAt: null, revokedBy: null }];
    const before = this.verdicts.verdictOf(state, policies, beforeIt, now);
    const after = this.verdicts.verdictOf(state, policies, exceptions, now);
    await this.outbox.record(
      db,
      exceptionChangeEvents({ kind, model: row, exception, actor, before, after, occurredAt: now }),
    );
  }

  /** A policy version was added: each model whose verdict it changes now (a later start is found when it comes). */
  async policyAdded(db: Db, version: PolicyVersion, now: Date): Promise<void> {
    const [rows, exceptions, policies] = [
      await this.models.findMany(db),
      await this.inputs.allExceptions(),
      await this.inputs.policyVersions(db),
    ];
    const previous = policies.filter((policy) => policy.id !== version.id);
    const byModel = groupBy(exceptions, (exception) => exception.modelId);
    const cause = { kind: 'policy', policyVersionId: version.id, inForceFrom: version.inForceFrom } as const;
    const events = rows.flatMap((row) => {
      const state = stateFromRow(row);
      const own = byModel.get(row.id) ?? [];
      const judge = (versions: PolicyVersion[]) => this.verdicts.verdictOf(state, versions, own, now);
      return verdictChangeEvents(row, judge(previous), judge(policies), cause, now);
    });
    await this.outbox.record(db, events);
  }

  /** An import's new and changed models (already written through `db`), with the verdicts they changed. */
  async modelsImported(
    db: Db,
    imported: { createdIds: string[]; updates: { modelId: string; changes: FieldChange[] }[]; actor: string; at: Date },
  ): Promise<void> {
    const { actor, at } = imported;
    const updatedIds = imported.updates.map((update) => update.modelId);
    const rows = [];
    for (const ids of chunks([...imported.createdIds, ...updatedIds], 5_000))
      rows.push(...(await this.models.findMany(db, ids)));
    const exceptions = [];
    for (const ids of chunks(updatedIds, 5_000)) exceptions.push(...(await this.inputs.exceptionsOf(ids, db)));
    const policies = await this.inputs.policyVersions(db);
    const byModel = groupBy(exceptions, (exception) => exception.modelId);
    const changesOf = new Map(imported.updates.map((update) => [update.modelId, update.changes]));
    const events = rows.flatMap((row) => {
      const state = stateFromRow(row);
      const own = byModel.get(row.id) ?? [];
      const model = toModel(row, state, this.verdicts.verdictOf(state, policies, own, at));
      const changes = changesOf.get(row.id);
      if (!changes) return modelCreatedEvents(model, actor, row.createdAt);
      const before = this.verdicts.verdictOf(stateBefore(state, changes), policies, own, at);
      return modelUpdatedEvents({ model, changes, actor, before, occurredAt: at });
    });
    await this.outbox.record(db, events);
  }

  /** A scan of the model's repository (named by its URL when the registry has one, else the scanned root). */
  async scanRecorded(db: Db, scan: Scan, model: ModelRow): Promise<void> {
    const repository = model.repoUrl ?? scan.findings.root;
    const data = { scan: { id: scan.id, repository, recordedAt: scan.recordedAt, models: [modelRef(model)] } };
    await this.outbox.record(db, [{ type: 'scan.recorded', occurredAt: new Date(scan.recordedAt), data }]);
  }

  async reviewRecorded(db: Db, review: ReviewRecord, actor: string): Promise<void> {
    await this.outbox.record(db, [
      {
        type: 'review.recorded',
        occurredAt: new Date(review.createdAt),
        data: { review: reviewSummary(review), actor },
      },
    ]);
  }
}
