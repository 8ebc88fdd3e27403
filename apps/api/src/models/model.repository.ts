import { Injectable } from '@nestjs/common';
import { frameworkFamily, type FieldChange, type ModelState, type VerdictSpan } from '@mmt/domain';
import { Prisma, type Model as ModelRow, type ModelEvent as ModelEventRow } from '../generated/prisma/client.js';
import { PrismaService, type Db } from '../database/prisma.service.js';
import { chunks } from '../database/chunks.js';
import { insertTimeline, replaceTimeline } from '../verdicts/verdict-span.repository.js';
import { rowFromState, stateFromRow } from './model.mapper.js';

export interface CreatedModel {
  id: string;
  state: ModelState;
  actor: string;
  at: Date;
  recordedAt: Date;
  changes: FieldChange[];
  spans: VerdictSpan[];
}

export interface UpdatedModel {
  id: string;
  expectedVersion: number;
  state: ModelState;
  actor: string;
  at: Date;
  recordedAt: Date;
  changes: FieldChange[];
  /** The whole recomputed timeline, the new event included. */
  spans: VerdictSpan[];
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

/**
 * The model row, its `created` event (the change-log trigger fires) and its verdict timeline as one
 * statement: one round trip, atomic on its own, no interactive transaction. Row triggers and foreign
 * keys run at the end of the statement, so they see the model row written by the first CTE.
 */
function createModelStatement(model: CreatedModel): Prisma.Sql {
  const { id, state, actor } = model;
  const family = frameworkFamily(state.framework, state.frameworkVersion);
  const at = model.at.toISOString();
  return Prisma.sql`
    WITH m AS (
      INSERT INTO model (id, name, team, task, framework, framework_version, family, lifecycle, deployment_target,
                         serving_stack, serialization, started_on, migration, migration_target, retire_by, repo_url,
                         description, tags, version, created_at, updated_at)
      VALUES (${id}::uuid, ${state.name}, ${state.team}, ${state.task}, ${state.framework}, ${state.frameworkVersion},
              ${family}, ${state.lifecycle}, ${state.deploymentTarget}, ${state.servingStack}, ${state.serialization},
              ${state.startedOn}::date, ${state.migration}, ${state.migrationTarget}, ${state.retireBy}::date,
              ${state.repoUrl}, ${state.description}, ${state.tags}::text[], 1, ${at}::timestamptz, ${at}::timestamptz)
      RETURNING id
    ), e AS (
      INSERT INTO model_event (model_id, kind, actor, at, recorded_at, version, changes, state, framework, family,
                               lifecycle, started_on)
      SELECT m.id, 'created', ${actor}, ${at}::timestamptz, ${model.recordedAt.toISOString()}::timestamptz, 1,
             ${JSON.stringify(model.changes)}::jsonb, ${JSON.stringify(state)}::jsonb, ${state.framework}, ${family},
             ${state.lifecycle}, ${state.startedOn}::date
      FROM m
    )
    ${insertTimeline(Prisma.raw('m'), id, model.spans)}`;
}

/**
 * The edit as one statement: the row (only if still at `expectedVersion`), its event and its
 * timeline, each later part reading from `u` so nothing is written when the version check fails.
 * Returns the number of models updated (0 or 1).
 */
function updateModelStatement(edit: UpdatedModel): Prisma.Sql {
  const { id, state } = edit;
  const family = frameworkFamily(state.framework, state.frameworkVersion);
  const at = edit.at.toISOString();
  const timeline = replaceTimeline(Prisma.raw('u'), id, edit.spans);
  return Prisma.sql`
    WITH u AS (
      UPDATE model SET name = ${state.name}, team = ${state.team}, task = ${state.task}, framework = ${state.framework},
             framework_version = ${state.frameworkVersion}, family = ${family}, lifecycle = ${state.lifecycle},
             deployment_target = ${state.deploymentTarget}, serving_stack = ${state.servingStack},
             serialization = ${state.serialization}, started_on = ${state.startedOn}::date, migration = ${state.migration},
             migration_target = ${state.migrationTarget}, retire_by = ${state.retireBy}::date, repo_url = ${state.repoUrl},
             description = ${state.description}, tags = ${state.tags}::text[], version = version + 1,
             updated_at = ${at}::timestamptz
      WHERE id = ${id}::uuid AND version = ${edit.expectedVersion}
      RETURNING id, version
    ), e AS (
      INSERT INTO model_event (model_id, kind, actor, at, recorded_at, version, changes, state, framework, family,
                               lifecycle, started_on)
      SELECT u.id, 'updated', ${edit.actor}, ${at}::timestamptz, ${edit.recordedAt.toISOString()}::timestamptz, u.version,
             ${JSON.stringify(edit.changes)}::jsonb, ${JSON.stringify(state)}::jsonb, ${state.framework}, ${family},
             ${state.lifecycle}, ${state.startedOn}::date
      FROM u
    ), d AS (${timeline.deleteOld}), s AS (${timeline.upsertNew})
    SELECT count(*)::int AS updated FROM u`;
}

export interface NewModelRow {
  id: string;
  state: ModelState;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A model's columns by their SQL names (family derived by the domain rule, via rowFromState). */
function columnsOf(state: ModelState) {
  const row = rowFromState(state);
  return {
    name: row.name,
    team: row.team,
    task: row.task,
    framework: row.framework,
    framework_version: row.frameworkVersion,
    family: row.family,
    lifecycle: row.lifecycle,
    deployment_target: row.deploymentTarget,
    serving_stack: row.servingStack,
    serialization: row.serialization,
    started_on: state.startedOn,
    migration: row.migration,
    migration_target: row.migrationTarget,
    retire_by: state.retireBy,
    repo_url: row.repoUrl,
    description: row.description,
    tags: row.tags,
  };
}

const MODEL_COLUMNS = Prisma.raw(
  'name, team, task, framework, framework_version, family, lifecycle, deployment_target, serving_stack, serialization, started_on, migration, migration_target, retire_by, repo_url, description, tags',
);
const MODEL_RECORD_TYPES = Prisma.raw(
  'name text, team text, task text, framework text, framework_version text, family text, lifecycle text, deployment_target text, serving_stack text, serialization text, started_on date, migration text, migration_target text, retire_by date, repo_url text, description text, tags text[]',
);

/** An event's row: the copied columns the history queries read come from its state. */
function eventData<T extends NewEvent>(event: T) {
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

  async insertModels(db: Db, models: readonly NewModelRow[]): Promise<void> {
    for (const part of chunks(models)) {
      const records = part.map((model) => ({
        ...columnsOf(model.state),
        id: model.id,
        version: model.version,
        created_at: model.createdAt.toISOString(),
        updated_at: model.updatedAt.toISOString(),
      }));
      // One JSON parameter per chunk: Prisma's createMany took 7 s for 10,000 models.
      await db.$executeRaw`
        INSERT INTO model (id, version, created_at, updated_at, ${MODEL_COLUMNS})
        SELECT r.id, r.version, r.created_at, r.updated_at, ${MODEL_COLUMNS}
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
      const records = part.map(({ id, version, state }) => ({ ...columnsOf(state), id, version }));
      written += await db.$executeRaw(Prisma.sql`
        UPDATE model AS m SET
          name = u.name, team = u.team, task = u.task, framework = u.framework,
          framework_version = u.framework_version, family = u.family, lifecycle = u.lifecycle,
          deployment_target = u.deployment_target, serving_stack = u.serving_stack,
          serialization = u.serialization, started_on = u.started_on, migration = u.migration,
          migration_target = u.migration_target, retire_by = u.retire_by, repo_url = u.repo_url,
          description = u.description, tags = u.tags, version = m.version + 1, updated_at = ${at}
        FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS u(id uuid, version int, ${MODEL_RECORD_TYPES})
        WHERE m.id = u.id AND m.version = u.version`);
    }
    return written;
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
