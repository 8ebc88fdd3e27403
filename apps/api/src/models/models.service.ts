import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { diffStates, frameworkFamily, verdictSpans } from '@mmt/domain';
import type {
  CreateModel,
  ListModelsQuery,
  Model,
  ModelDetail,
  ModelHistory,
  ModelPage,
  ModelState,
  ModelVerdict,
  ModelVerdictQuery,
  UpdateModel,
} from '@mmt/domain';
import type { Model as ModelRow, Prisma } from '../generated/prisma/client.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { isRawUniqueViolation } from '../common/prisma-errors.js';
import { PrismaService } from '../database/prisma.service.js';
import { CodeDriftRepository } from '../drift/code-drift.repository.js';
import { ChangeNotifications } from '../notifications/change-notifications.js';
import { exceptionView } from '../verdicts/exception-view.js';
import { VerdictInputsRepository } from '../verdicts/verdict-inputs.repository.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import { ModelListRepository } from './model-list.repository.js';
import { stateFromRow } from './model-columns.js';
import { toModel, toModelEvent, type ModelMeta } from './model.mapper.js';
import { ModelRepository } from './model.repository.js';

/** When a change takes effect and when it is written; equal except when recording the past. */
export interface ChangeClock {
  at: Date;
  recordedAt: Date;
}

const duplicateName = (name: string) =>
  new DomainError('duplicate', `A model named "${name}" already exists`, [
    { field: 'name', message: 'is already used by another model' },
  ]);

type TimedState = { at: Date; state: ModelState };

/** What an edit did: nothing (stale version, or no field changed) or the change. */
export type EditOutcome =
  { kind: 'stale'; row: ModelRow } | { kind: 'unchanged'; model: Model } | { kind: 'updated'; model: Model };

/** The history with a new event: after every event at or before its moment (a later id sorts last). */
const withEvent = (events: TimedState[], event: TimedState): TimedState[] => {
  const index = events.findIndex((existing) => existing.at.getTime() > event.at.getTime());
  return index === -1 ? [...events, event] : [...events.slice(0, index), event, ...events.slice(index)];
};

const withoutUndefined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;

@Injectable()
export class ModelsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly models: ModelRepository,
    private readonly modelList: ModelListRepository,
    private readonly inputs: VerdictInputsRepository,
    private readonly verdicts: VerdictService,
    private readonly notifications: ChangeNotifications,
    private readonly drift: CodeDriftRepository,
  ) {}

  async create(input: CreateModel, actor: string, clock?: ChangeClock): Promise<Model> {
    const { since, ...state } = input;
    const recordedAt = clock?.recordedAt ?? new Date();
    const at = clock?.at ?? since ?? recordedAt;
    const id = randomUUID();
    const policies = await this.verdicts.policyVersions();
    // A new model has one event and no exceptions: its timeline needs nothing read back.
    const spans = verdictSpans({ events: [{ at, state }], policies, exceptions: [] });
    const verdict = this.verdicts.verdictOf(state, policies, [], new Date());
    const model = toModel({ id, version: 1, createdAt: at, updatedAt: at }, state, verdict);
    try {
      const changes = diffStates(null, state);
      const alongside = this.notifications.modelCreated(model, actor, recordedAt);
      await this.models.insertCreated({ id, state, actor, at, recordedAt, changes, spans, alongside });
    } catch (error) {
      if (isRawUniqueViolation(error)) throw duplicateName(state.name);
      throw error;
    }
    return model;
  }

  /**
   * Holds the model (exception changes take the same lock), checks the version, and writes the edit,
   * its event and the recomputed verdict timeline in one statement; a stale version writes nothing.
   */
  async update(id: string, patch: UpdateModel, actor: string, clock?: ChangeClock): Promise<Model> {
    const outcome = await this.prisma
      .$transaction((tx) => this.edit(tx, id, patch, actor, clock))
      .catch((error: unknown) => {
        throw isRawUniqueViolation(error) ? duplicateName(patch.name ?? '') : error;
      });
    if (outcome.kind === 'stale') throw await this.stale(outcome.row, patch.version);
    return outcome.model;
  }

  /** `update` inside the caller's transaction (a scan that sets an unknown framework), which commits it. */
  async edit(
    tx: Prisma.TransactionClient,
    id: string,
    patch: UpdateModel,
    actor: string,
    clock?: ChangeClock,
  ): Promise<EditOutcome> {
    const { version, ...changes } = patch;
    const recordedAt = clock?.recordedAt ?? new Date();
    const at = clock?.at ?? recordedAt;
    await this.inputs.holdModel(tx, id);
    // Through the transaction: another connection from the pool could be a wait on the pool itself.
    const policies = await this.inputs.policyVersions(tx);
    const current = await this.models.findById(id, tx);
    if (!current) throw notFound('Model', id);
    if (current.version !== version) return { kind: 'stale', row: current };
    const [events, exceptions] = [await this.inputs.historiesOf([id], tx), await this.inputs.exceptionsOf([id], tx)];
    const before = stateFromRow(current);
    const after: ModelState = { ...before, ...withoutUndefined(changes) };
    const fieldChanges = diffStates(before, after);
    if (fieldChanges.length === 0) {
      const unchanged = this.verdicts.verdictOf(before, policies, exceptions, new Date());
      return { kind: 'unchanged', model: toModel(current, before, unchanged) };
    }
    const history = withEvent(events, { at, state: after });
    const spans = verdictSpans({ events: history, policies, exceptions });
    await this.models.updateIfVersion(
      { id, expectedVersion: version, state: after, actor, at, recordedAt, changes: fieldChanges, spans },
      tx,
    );
    const meta = { id, version: version + 1, createdAt: current.createdAt, updatedAt: at };
    const now = new Date();
    const model = toModel(meta, after, this.verdicts.verdictOf(after, policies, exceptions, now));
    const verdictBefore = this.verdicts.verdictOf(before, policies, exceptions, now);
    await this.notifications.modelUpdated(tx, {
      model,
      changes: fieldChanges,
      actor,
      before: verdictBefore,
      at: recordedAt,
    });
    return { kind: 'updated', model };
  }

  private async stale(current: ModelRow, version: number): Promise<DomainError> {
    return new DomainError(
      'stale_version',
      `This model was changed by someone else (it is now at version ${current.version}, you edited version ${version}); nothing was saved. Review the current values and apply your edit again.`,
      [{ field: 'version', message: `is ${version}, but the model is now at version ${current.version}` }],
      { current: await this.present(current) },
    );
  }

  async get(id: string, asOf?: Date): Promise<ModelDetail> {
    const instant = asOf ?? new Date();
    const { meta, state } = asOf ? await this.stateAt(id, asOf) : await this.currentState(id);
    const [policies, exceptions, codeDrift] = await Promise.all([
      this.verdicts.policyVersions(),
      this.inputs.exceptionsOf([id]),
      this.drift.driftOf(id, frameworkFamily(state.framework, state.frameworkVersion), asOf ?? null),
    ]);
    return {
      ...toModel(meta, state, this.verdicts.verdictOf(state, policies, exceptions, instant)),
      exceptions: exceptions.map((exception) => exceptionView(exception, instant)),
      codeDrift,
    };
  }

  /** The model's verdict now, and the one it would get with the framework asked about instead (same policy, same exceptions). */
  async verdict(id: string, query: ModelVerdictQuery): Promise<ModelVerdict> {
    const now = new Date();
    const [{ state }, policies, exceptions] = await Promise.all([
      this.currentState(id),
      this.verdicts.policyVersions(),
      this.inputs.exceptionsOf([id]),
    ]);
    const judged: ModelState = query.framework
      ? { ...state, framework: query.framework, frameworkVersion: query.frameworkVersion ?? '' }
      : state;
    const judge = (judgedState: ModelState): ModelVerdict['judged'] => ({
      framework: judgedState.framework,
      frameworkVersion: judgedState.frameworkVersion,
      family: frameworkFamily(judgedState.framework, judgedState.frameworkVersion),
      verdict: this.verdicts.verdictOf(judgedState, policies, exceptions, now),
    });
    return { modelId: id, name: state.name, registered: judge(state), judged: judge(judged) };
  }

  async list(query: ListModelsQuery): Promise<ModelPage> {
    const instant = query.asOf ?? new Date();
    const [{ items, total }, policies] = await Promise.all([
      this.modelList.page(query, instant),
      this.verdicts.policyVersions(),
    ]);
    return {
      items: items.map((item) =>
        toModel(item, item.state, this.verdicts.verdictOf(item.state, policies, item.exceptions, instant)),
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async history(id: string): Promise<ModelHistory> {
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
