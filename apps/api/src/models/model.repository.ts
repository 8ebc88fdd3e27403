import { Injectable } from '@nestjs/common';
import { frameworkFamily, type FieldChange, type ModelState, type VerdictSpan } from '@mmt/domain';
import { Prisma, type Model as ModelRow, type ModelEvent as ModelEventRow } from '../generated/prisma/client.js';
import { PrismaService, type Db } from '../database/prisma.service.js';
import { chunks } from '../database/chunks.js';
import { insertTimeline, replaceTimeline } from '../verdicts/verdict-span.repository.js';
import {
  MODEL_RECORD_TYPES,
  modelAssignments,
  modelAssignmentsFrom,
  modelColumnList,
  modelColumnParams,
  modelColumnValues,
  stateFromRow,
} from './model-columns.js';

export interface CreatedModel {
  id: string;
  state: ModelState;
  actor: string;
  at: Date;
  recordedAt: Date;
  changes: FieldChange[];
  /** The whole timeline (for an edit, recomputed with the new event). */
  spans: VerdictSpan[];
  /** A further INSERT to make in the same statement: the registration's notifications. */
  alongside?: Prisma.Sql;
}

export interface UpdatedModel extends CreatedModel {
  expectedVersion: number;
}

/** A model row written without its events (they follow in their own statements). */
export interface NewModelRow {
  id: string;
  state: ModelState;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

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

/** An event stores the whole state, and copies of what the history queries read (the change-log trigger's keys). */
const EVENT_STATE_COLUMNS = Prisma.raw('state, framework, family, lifecycle, started_on');

function eventState(state: ModelState) {
  return {
    state,
    framework: state.framework,
    family: frameworkFamily(state.framework, state.frameworkVersion),
    lifecycle: state.lifecycle,
    started_on: state.startedOn,
  };
}

const eventStateParams = (state: ModelState): Prisma.Sql => {
  const event = eventState(state);
  return Prisma.sql`${JSON.stringify(event.state)}::jsonb, ${event.framework}, ${event.family}, ${event.lifecycle},
    ${event.started_on}::date`;
};

/**
 * The model row, its `created` event (the change-log trigger fires), its verdict timeline and what
 * `alongside` writes, as one statement: one round trip, atomic on its own, no interactive
 * transaction. Row triggers and foreign keys run at the end of the statement, so they see the model
 * row written by the first CTE.
 */
function createModelStatement(model: CreatedModel): Prisma.Sql {
  const { id, state, actor } = model;
  const at = model.at.toISOString();
  return Prisma.sql`
    WITH m AS (
      INSERT INTO model (id, ${modelColumnList()}, version, created_at, updated_at)
      VALUES (${id}::uuid, ${modelColumnParams(state)}, 1, ${at}::timestamptz, ${at}::timestamptz)
      RETURNING id
    ), e AS (
      INSERT INTO model_event (model_id, kind, actor, at, recorded_at, version, changes, ${EVENT_STATE_COLUMNS})
      SELECT m.id, 'created', ${actor}, ${at}::timestamptz, ${model.recordedAt.toISOString()}::timestamptz, 1,
             ${JSON.stringify(model.changes)}::jsonb, ${eventStateParams(state)}
      FROM m
    )${model.alongside ? Prisma.sql`, n AS (${model.alongside})` : Prisma.empty}
    ${insertTimeline(Prisma.raw('m'), id, model.spans)}`;
}

/**
 * The edit as one statement: the row (only if still at `expectedVersion`), its event and its
 * timeline, each later part reading from `u` so nothing is written when the version check fails.
 * Returns the number of models updated (0 or 1).
 */
function updateModelStatement(edit: UpdatedModel): Prisma.Sql {
  const { id, state } = edit;
  const at = edit.at.toISOString();
  const timeline = replaceTimeline(Prisma.raw('u'), id, edit.spans);
  return Prisma.sql`
    WITH u AS (
      UPDATE model SET ${modelAssignments(state)}, version = version + 1, updated_at = ${at}::timestamptz
      WHERE id = ${id}::uuid AND version = ${edit.expectedVersion}
      RETURNING id, version
    ), e AS (
      INSERT INTO model_event (model_id, kind, actor, at, recorded_at, version, changes, ${EVENT_STATE_COLUMNS})
      SELECT u.id, 'updated', ${edit.actor}, ${at}::timestamptz, ${edit.recordedAt.toISOString()}::timestamptz, u.version,
             ${JSON.stringify(edit.changes)}::jsonb, ${eventStateParams(state)}
      FROM u
    ), d AS (${timeline.deleteOld}), s AS (${timeline.upsertNew})
    SELECT count(*)::int AS updated FROM u`;
}

/**
 * Models and their history events: the one writer of model and model_event (the API's creates and
 * edits, imports, restores and the bulk loader all write through it), and their single reads.
 */
@Injectable()
export class ModelRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string, db: Db = this.prisma): Promise<ModelRow | null> {
    return db.model.findUnique({ where: { id } });
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

  /** The models with these names, for matching import rows. */
  async findByNames(db: Db, names: readonly string[]): Promise<{ id: string; version: number; state: ModelState }[]> {
    const found = [];
    for (const part of chunks(names, 5_000)) {
      const rows = await db.model.findMany({ where: { name: { in: part } } });
      found.push(...rows.map((row) => ({ id: row.id, version: row.version, state: stateFromRow(row) })));
    }
    return found;
  }

  /** The models these source identities were recorded with (`mlflow:<name>` → model), for matching import rows. */
  async findBySourceRefs(
    db: Db,
    sourceRefs: readonly string[],
  ): Promise<{ sourceRef: string; model: { id: string; version: number; state: ModelState } }[]> {
    const found = [];
    for (const part of chunks(sourceRefs, 5_000)) {
      const rows = await db.modelSourceRef.findMany({ where: { sourceRef: { in: part } }, include: { model: true } });
      found.push(
        ...rows.map((row) => ({
          sourceRef: row.sourceRef,
          model: { id: row.model.id, version: row.model.version, state: stateFromRow(row.model) },
        })),
      );
    }
    return found;
  }

  /** Records tools' identities of models (imports, restores); an identity belongs to one model. */
  async recordSourceRefs(db: Db, refs: readonly { modelId: string; sourceRef: string }[]): Promise<void> {
    for (const part of chunks(refs)) {
      await db.$executeRaw`
        INSERT INTO model_source_ref (source_ref, model_id)
        SELECT r.source_ref, r.model_id
        FROM jsonb_to_recordset(${JSON.stringify(part.map((ref) => ({ source_ref: ref.sourceRef, model_id: ref.modelId })))}::jsonb)
          AS r(source_ref text, model_id uuid)`;
    }
  }

  /** Many models in one statement per thousand (imports, restores, the bulk loader), without events. */
  async insertModels(db: Db, models: readonly NewModelRow[]): Promise<void> {
    for (const part of chunks(models)) {
      const records = part.map((model) => ({
        ...modelColumnValues(model.state),
        id: model.id,
        version: model.version,
        created_at: model.createdAt.toISOString(),
        updated_at: model.updatedAt.toISOString(),
      }));
      // One JSON parameter per chunk: Prisma's createMany took 7 s for 10,000 models.
      await db.$executeRaw`
        INSERT INTO model (id, version, created_at, updated_at, ${modelColumnList()})
        SELECT r.id, r.version, r.created_at, r.updated_at, ${modelColumnList(Prisma.raw('r'))}
        FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(
          id uuid, version int, created_at timestamptz, updated_at timestamptz, ${MODEL_RECORD_TYPES})`;
    }
  }

  /**
   * Writes new states, each only if the model is still at the version the plan saw; returns how
   * many were written (fewer means someone changed a model meanwhile).
   */
  async updateModels(
    db: Db,
    updates: readonly { id: string; version: number; state: ModelState }[],
    at: Date,
  ): Promise<number> {
    let written = 0;
    for (const part of chunks(updates)) {
      const records = part.map(({ id, version, state }) => ({ ...modelColumnValues(state), id, version }));
      written += await db.$executeRaw(Prisma.sql`
        UPDATE model AS m SET ${modelAssignmentsFrom(Prisma.raw('u'))}, version = m.version + 1, updated_at = ${at}
        FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS u(id uuid, version int, ${MODEL_RECORD_TYPES})
        WHERE m.id = u.id AND m.version = u.version`);
    }
    return written;
  }

  /**
   * Many events in one statement (imports, restores, the bulk loader). The change-log trigger judges
   * each event against the model's latest other event at or before it, after the whole statement: a
   * statement may hold several events of one model only at distinct times (a restore, whose events
   * may share a time, writes a round of one event per model at a time).
   */
  async insertEvents(db: Db, events: readonly (NewEvent & { id?: bigint })[]): Promise<void> {
    if (events.length === 0) return;
    // One JSON parameter instead of a bound value per column: Prisma's createMany took 6 s for 10,000 events.
    const records = events.map((event) => ({
      id: event.id?.toString() ?? null,
      model_id: event.modelId,
      kind: event.kind,
      actor: event.actor,
      at: event.at.toISOString(),
      recorded_at: event.recordedAt.toISOString(),
      version: event.version,
      changes: event.changes,
      ...eventState(event.state),
    }));
    await db.$executeRaw`
      INSERT INTO model_event (id, model_id, kind, actor, at, recorded_at, version, changes, ${EVENT_STATE_COLUMNS})
      SELECT COALESCE(r.id, nextval(pg_get_serial_sequence('model_event', 'id'))), r.model_id, r.kind, r.actor, r.at,
             r.recorded_at, r.version, r.changes, r.state, r.framework, r.family, r.lifecycle, r.started_on
      FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(
        id bigint, model_id uuid, kind text, actor text, at timestamptz, recorded_at timestamptz, version int,
        changes jsonb, state jsonb, framework text, family text, lifecycle text, started_on date)`;
  }

  /** After events were written with their original ids (a restore), new ones continue after the highest. */
  async continueEventIds(db: Db): Promise<void> {
    await db.$executeRaw`SELECT setval(pg_get_serial_sequence('model_event', 'id'), coalesce((SELECT max(id) FROM model_event), 1))`;
  }

  /** Imports and restores take this lock, so neither runs into the other half-way. */
  async holdBulkWrites(db: Db): Promise<void> {
    await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('model_import'))`;
  }

  count(): Promise<number> {
    return this.prisma.model.count();
  }

  /** Newest first. */
  history(modelId: string): Promise<ModelEventRow[]> {
    return this.prisma.modelEvent.findMany({ where: { modelId }, orderBy: [{ at: 'desc' }, { id: 'desc' }] });
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
