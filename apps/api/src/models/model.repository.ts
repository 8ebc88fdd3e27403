import { Injectable } from '@nestjs/common';
import { frameworkFamily, type FieldChange, type ModelState } from '@mmt/domain';
import type { Model as ModelRow, ModelEvent as ModelEventRow } from '../generated/prisma/client.js';
import { PrismaService, type Db } from '../database/prisma.service.js';
import { createModelStatement, type CreatedModel } from './model-create.statement.js';
import { updateModelStatement, type UpdatedModel } from './model-update.statement.js';

export interface NewEvent {
  modelId: string;
  kind: 'created' | 'updated';
  actor: string;
  at: Date;
  recordedAt: Date;
  version: number;
  changes: FieldChange[];
  state: ModelState;
}

/** An event's row: the copied columns the history queries read come from its state. */
export function eventData<T extends NewEvent>(event: T) {
  return {
    ...event,
    changes: event.changes as object[],
    state: event.state as object,
    framework: event.state.framework,
    family: frameworkFamily(event.state.framework, event.state.frameworkVersion),
    lifecycle: event.state.lifecycle,
    startedOn: new Date(`${event.state.startedOn}T00:00:00.000Z`),
  };
}

/** Models and their history events: all SQL about the model aggregate's writes and single reads. */
@Injectable()
export class ModelRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string, db: Db = this.prisma): Promise<ModelRow | null> {
    return db.model.findUnique({ where: { id } });
  }

  /** Current rows: of these models, or of every model (a policy change judges them all). */
  findMany(db: Db = this.prisma, ids?: readonly string[]): Promise<ModelRow[]> {
    return db.model.findMany({ where: ids ? { id: { in: [...ids] } } : {}, orderBy: { id: 'asc' } });
  }

  /**
   * Holds the model for the rest of the transaction: edits and exception changes both recompute its
   * verdict timeline from what they read, so they take turns rather than overwrite each other's.
   */
  async lockForChange(db: Db, id: string): Promise<void> {
    await db.$executeRaw`SELECT 1 FROM model WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
  }

  /** A new model with its `created` event and verdict timeline, in one atomic statement. */
  async insertCreated(model: CreatedModel, db: Db = this.prisma): Promise<void> {
    await db.$executeRaw(createModelStatement(model));
  }

  /** Writes an edit, its event and timeline if the model is still at the expected version; false otherwise. */
  async updateIfVersion(edit: UpdatedModel, db: Db = this.prisma): Promise<boolean> {
    const [result] = await db.$queryRaw<{ updated: number }[]>(updateModelStatement(edit));
    return result?.updated === 1;
  }

  /**
   * Many events in one statement (imports, restore). The change-log trigger judges each event
   * against the model's earlier ones, so one statement must hold at most one event per model.
   */
  async insertEvents(db: Db, events: readonly (NewEvent & { id?: bigint })[]): Promise<void> {
    if (events.length === 0) return;
    // One JSON parameter instead of a bound value per column: Prisma's createMany took 6 s for 10,000 events.
    const records = events.map((event) => {
      const row = eventData(event);
      return {
        id: event.id?.toString() ?? null,
        model_id: row.modelId,
        kind: row.kind,
        actor: row.actor,
        at: row.at.toISOString(),
        recorded_at: row.recordedAt.toISOString(),
        version: row.version,
        changes: row.changes,
        state: row.state,
        framework: row.framework,
        family: row.family,
        lifecycle: row.lifecycle,
        started_on: event.state.startedOn,
      };
    });
    await db.$executeRaw`
      INSERT INTO model_event (id, model_id, kind, actor, at, recorded_at, version, changes, state, framework, family, lifecycle, started_on)
      SELECT COALESCE(r.id, nextval(pg_get_serial_sequence('model_event', 'id'))), r.model_id, r.kind, r.actor, r.at,
             r.recorded_at, r.version, r.changes, r.state, r.framework, r.family, r.lifecycle, r.started_on
      FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(
        id bigint, model_id uuid, kind text, actor text, at timestamptz, recorded_at timestamptz, version int,
        changes jsonb, state jsonb, framework text, family text, lifecycle text, started_on date)`;
  }

  /** Newest first. */
  history(modelId: string): Promise<ModelEventRow[]> {
    return this.prisma.modelEvent.findMany({ where: { modelId }, orderBy: [{ at: 'desc' }, { id: 'desc' }] });
  }

  /** Oldest first: the input of the verdict timeline. */
  eventsInOrder(modelId: string, db: Db = this.prisma): Promise<Pick<ModelEventRow, 'at' | 'state'>[]> {
    return db.modelEvent.findMany({
      where: { modelId },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      select: { at: true, state: true },
    });
  }

  /** The model's last event at or before `instant`, or null if it did not exist yet. */
  eventAt(modelId: string, instant: Date): Promise<ModelEventRow | null> {
    return this.prisma.modelEvent.findFirst({
      where: { modelId, at: { lte: instant } },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
    });
  }

  /** Events written after `since`, oldest first, with their model's current name. */
  eventsRecordedSince(since: Date): Promise<(ModelEventRow & { model: { name: string } })[]> {
    return this.prisma.modelEvent.findMany({
      where: { recordedAt: { gt: since } },
      include: { model: { select: { name: true } } },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
  }
}
