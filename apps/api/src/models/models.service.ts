import { Injectable } from '@nestjs/common';
import { diffStates, exceptionStateAt, toIsoDate } from '@mmt/domain';
import type { CreateModel, Model, ModelEvent, ModelExceptionRecord, ModelState, UpdateModel } from '@mmt/domain';
import type { Model as ModelRow } from '../generated/prisma/client.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { isUniqueViolation } from '../common/prisma-errors.js';
import { PrismaService } from '../database/prisma.service.js';
import { ExceptionRepository } from '../exceptions/exception.repository.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import type { ListModelsQuery } from './dto/list-models.query.js';
import { ModelListQuery } from './model-list.query.js';
import { stateFromRow, toModel, toModelEvent, type ModelMeta } from './model.mapper.js';
import { ModelRepository } from './model.repository.js';

export type ExceptionView = ModelExceptionRecord & { state: ReturnType<typeof exceptionStateAt> };
export type ModelDetail = Model & { exceptions: ExceptionView[] };
export interface ModelPage {
  items: Model[];
  total: number;
  page: number;
  pageSize: number;
}

/** When a change takes effect and when it is written; equal except when recording the past. */
export interface ChangeClock {
  at: Date;
  recordedAt: Date;
}

const duplicateName = (name: string) =>
  new DomainError('duplicate', `A model named "${name}" already exists`, [
    { field: 'name', message: 'is already used by another model' },
  ]);

class StaleVersion extends Error {
  constructor(readonly current: ModelRow) {
    super('stale version');
  }
}

const withoutUndefined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;

@Injectable()
export class ModelsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly models: ModelRepository,
    private readonly listQuery: ModelListQuery,
    private readonly exceptions: ExceptionRepository,
    private readonly verdicts: VerdictService,
  ) {}

  async create(input: CreateModel, actor: string, clock?: ChangeClock): Promise<Model> {
    const { since, ...state } = input;
    const recordedAt = clock?.recordedAt ?? new Date();
    const at = clock?.at ?? since ?? recordedAt;
    try {
      const { row, verdict } = await this.prisma.$transaction(async (tx) => {
        const created = await this.models.insert(tx, state, at, at);
        await this.models.insertEvent(tx, {
          modelId: created.id,
          kind: 'created',
          actor,
          at,
          recordedAt,
          version: 1,
          changes: diffStates(null, state),
          state,
        });
        const verdict = await this.verdicts.startTimeline(tx, created.id, { at, state }, new Date());
        return { row: created, verdict };
      });
      return toModel(row, stateFromRow(row), verdict);
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateName(state.name);
      throw error;
    }
  }

  async update(id: string, patch: UpdateModel, actor: string, clock?: ChangeClock): Promise<Model> {
    const { version, ...changes } = patch;
    const recordedAt = clock?.recordedAt ?? new Date();
    const at = clock?.at ?? recordedAt;
    try {
      const row = await this.prisma.$transaction(async (tx) => {
        const current = await this.models.findById(id, tx);
        if (!current) throw notFound('Model', id);
        if (current.version !== version) throw new StaleVersion(current);
        const before = stateFromRow(current);
        const after: ModelState = { ...before, ...withoutUndefined(changes) };
        const fieldChanges = diffStates(before, after);
        if (fieldChanges.length === 0) return current;
        const updated = await this.models.updateIfVersion(tx, id, version, after, at);
        if (!updated) throw new StaleVersion((await this.models.findById(id, tx)) ?? current);
        await this.models.insertEvent(tx, {
          modelId: id,
          kind: 'updated',
          actor,
          at,
          recordedAt,
          version: updated.version,
          changes: fieldChanges,
          state: after,
        });
        await this.verdicts.refreshModel(tx, id);
        return updated;
      });
      return await this.present(row);
    } catch (error) {
      if (error instanceof StaleVersion) {
        throw new DomainError(
          'stale_version',
          `This model was changed by someone else (it is now at version ${error.current.version}, you edited version ${version}); nothing was saved. Review the current values and apply your edit again.`,
          [{ field: 'version', message: `is ${version}, but the model is now at version ${error.current.version}` }],
          { current: await this.present(error.current) },
        );
      }
      if (isUniqueViolation(error)) throw duplicateName(changes.name ?? '');
      throw error;
    }
  }

  async get(id: string, asOf?: Date): Promise<ModelDetail> {
    const instant = asOf ?? new Date();
    const { meta, state } = asOf ? await this.stateAt(id, asOf) : await this.currentState(id);
    const [verdicts, exceptions] = await Promise.all([
      this.verdicts.judge([{ id, state }], instant),
      this.exceptions.forModels([id]),
    ]);
    const date = toIsoDate(instant);
    return {
      ...toModel(meta, state, verdicts.get(id)!),
      exceptions: exceptions.map((exception) => ({ ...exception, state: exceptionStateAt(exception, date, instant) })),
    };
  }

  async list(query: ListModelsQuery): Promise<ModelPage> {
    const instant = query.asOf ?? new Date();
    const { items, total } = await this.listQuery.page(query, instant);
    // Reading the past returns each state with the page; the present reads the current rows.
    const current = query.asOf ? [] : await this.models.findByIds(items.map((item) => item.id));
    const rows = new Map(current.map((row) => [row.id, row]));
    const listed = items.flatMap((item) => {
      const row = rows.get(item.id);
      const state = item.state ?? (row ? stateFromRow(row) : null);
      return state ? [{ meta: row ?? item, state }] : [];
    });
    const verdicts = await this.verdicts.judge(listed.map(({ meta, state }) => ({ id: meta.id, state })), instant);
    return {
      items: listed.map(({ meta, state }) => toModel(meta, state, verdicts.get(meta.id)!)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async history(id: string): Promise<{ items: ModelEvent[] }> {
    if (!(await this.models.findById(id))) throw notFound('Model', id);
    return { items: (await this.models.history(id)).map(toModelEvent) };
  }

  /** A stored row as the API shows it, with its verdict now. */
  async present(row: ModelRow): Promise<Model> {
    const state = stateFromRow(row);
    const verdicts = await this.verdicts.judge([{ id: row.id, state }], new Date());
    return toModel(row, state, verdicts.get(row.id)!);
  }

  private async currentState(id: string): Promise<{ meta: ModelMeta; state: ModelState }> {
    const row = await this.models.findById(id);
    if (!row) throw notFound('Model', id);
    return { meta: row, state: stateFromRow(row) };
  }

  private async stateAt(id: string, asOf: Date): Promise<{ meta: ModelMeta; state: ModelState }> {
    const [row, event] = await Promise.all([this.models.findById(id), this.models.eventAt(id, asOf)]);
    if (!row) throw notFound('Model', id);
    if (!event) throw new DomainError('not_found', `Model ${id} was not registered yet at ${asOf.toISOString()}`);
    return {
      meta: { id, version: event.version, createdAt: row.createdAt, updatedAt: event.at },
      state: event.state as unknown as ModelState,
    };
  }
}
