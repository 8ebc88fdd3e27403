import { Injectable } from '@nestjs/common';
import { frameworkFamily, type FieldChange, type ModelState } from '@mmt/domain';
import type { Model as ModelRow, ModelEvent as ModelEventRow } from '../generated/prisma/client.js';
import { PrismaService, type Db } from '../database/prisma.service.js';
import { rowFromState } from './model.mapper.js';

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

  findByIds(ids: string[]): Promise<ModelRow[]> {
    return this.prisma.model.findMany({ where: { id: { in: ids } } });
  }

  insert(db: Db, state: ModelState, createdAt: Date, updatedAt: Date): Promise<ModelRow> {
    return db.model.create({ data: { ...rowFromState(state), version: 1, createdAt, updatedAt } });
  }

  /** Writes the new state only if nobody changed the model since `expectedVersion`; null otherwise. */
  async updateIfVersion(db: Db, id: string, expectedVersion: number, state: ModelState, at: Date): Promise<ModelRow | null> {
    const { count } = await db.model.updateMany({
      where: { id, version: expectedVersion },
      data: { ...rowFromState(state), version: { increment: 1 }, updatedAt: at },
    });
    return count === 1 ? db.model.findUnique({ where: { id } }) : null;
  }

  insertEvent(db: Db, event: NewEvent): Promise<ModelEventRow> {
    return db.modelEvent.create({ data: eventData(event) });
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
  eventsInOrder(db: Db, modelId: string): Promise<Pick<ModelEventRow, 'at' | 'state'>[]> {
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

  firstEventAt(modelId: string): Promise<Date | null> {
    return this.prisma.modelEvent
      .findFirst({ where: { modelId }, orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { at: true } })
      .then((event) => event?.at ?? null);
  }
}
