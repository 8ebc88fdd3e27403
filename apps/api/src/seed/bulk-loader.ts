import { randomUUID } from 'node:crypto';
import { diffStates } from '@mmt/domain';
import type { Db } from '../database/prisma.service.js';
import type { ExceptionRepository } from '../exceptions/exception.repository.js';
import type { ModelRepository, NewEvent } from '../models/model.repository.js';
import type { VerdictService } from '../verdicts/verdict.service.js';
import type { GeneratedException, GeneratedModel, PortfolioSizes } from './portfolio-generator.js';

const BULK_ACTOR_FALLBACK = 'bulk-seed';
const EVENTS_PER_BATCH = 20_000;
const EVENTS_PER_STATEMENT = 1_000;
const VERDICT_MODELS_PER_TRANSACTION = 1_000;

export type Log = (message: string) => void;
/** Runs `work` in a transaction of its own. */
export type InTransaction = <T>(work: (db: Db) => Promise<T>) => Promise<T>;

const n = (value: number) => value.toLocaleString('en-US');
const rate = (count: number, since: number) =>
  n(Math.round(count / Math.max((performance.now() - since) / 1000, 0.001)));

/**
 * Writes a generated portfolio fast and honestly, through the models' own repository: each batch
 * of models and their events is one transaction of a few multi-row INSERTs. Events go in per model
 * in time order, so the model_event trigger keeps portfolio_change exactly as the API would (it
 * judges each event against the model's latest earlier one, and times are strictly increasing per model).
 */
export async function loadModels(
  inTransaction: InTransaction,
  repository: ModelRepository,
  models: Iterable<GeneratedModel>,
  totals: PortfolioSizes,
  log: Log,
): Promise<{ ids: string[]; exceptions: { modelId: string; exception: GeneratedException }[] }> {
  const ids: string[] = [];
  const exceptions: { modelId: string; exception: GeneratedException }[] = [];
  const started = performance.now();
  let batch: GeneratedModel[] = [];
  let batchEvents = 0;
  let events = 0;
  const flush = async () => {
    const written = historyOf(batch);
    await inTransaction(async (db) => {
      await repository.insertModels(db, batch.map(currentRow));
      for (let start = 0; start < written.length; start += EVENTS_PER_STATEMENT)
        await repository.insertEvents(db, written.slice(start, start + EVENTS_PER_STATEMENT));
    });
    events += batchEvents;
    log(
      `events ${n(events)}/${n(totals.events)}   models ${n(ids.length)}/${n(totals.models)}   ${rate(events, started)} events/s`,
    );
    batch = [];
    batchEvents = 0;
  };
  for (const model of models) {
    batch.push(model);
    ids.push(model.id);
    if (model.exception) exceptions.push({ modelId: model.id, exception: model.exception });
    batchEvents += model.events.length;
    if (batchEvents >= EVENTS_PER_BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return { ids, exceptions };
}

/** A generated model's row: its last state, one version per event. */
function currentRow(model: GeneratedModel) {
  const first = model.events[0]!;
  const last = model.events.at(-1)!;
  return { id: model.id, state: last.state, version: model.events.length, createdAt: first.at, updatedAt: last.at };
}

/** Each model's events, oldest first, recorded when they happened. */
function historyOf(models: readonly GeneratedModel[]): NewEvent[] {
  return models.flatMap((model) =>
    model.events.map((event, index) => {
      const previous = index > 0 ? model.events[index - 1]!.state : null;
      return {
        modelId: model.id,
        kind: previous === null ? 'created' : 'updated',
        actor: event.actor || BULK_ACTOR_FALLBACK,
        at: event.at,
        recordedAt: event.at,
        version: index + 1,
        changes: diffStates(previous, event.state),
        state: event.state,
      };
    }),
  );
}

export async function loadExceptions(
  inTransaction: InTransaction,
  repository: ExceptionRepository,
  exceptions: { modelId: string; exception: GeneratedException }[],
  log: Log,
): Promise<void> {
  if (exceptions.length === 0) return;
  await inTransaction((db) =>
    repository.insertMany(
      db,
      exceptions.map(({ modelId, exception }) => ({
        id: randomUUID(),
        modelId,
        reason: exception.reason,
        approvedBy: exception.approvedBy,
        grantedOn: exception.grantedOn,
        expiresOn: exception.expiresOn,
        createdAt: exception.createdAt.toISOString(),
        createdBy: exception.approvedBy,
        revokedAt: null,
        revokedBy: null,
      })),
    ),
  );
  log(`exceptions ${n(exceptions.length)}`);
}

/** Each model's verdict timeline, by the app's own VerdictService, a transaction per slice. */
export async function refreshVerdicts(
  inTransaction: InTransaction,
  verdicts: VerdictService,
  modelIds: readonly string[],
  log: Log,
): Promise<void> {
  const started = performance.now();
  for (let start = 0; start < modelIds.length; start += VERDICT_MODELS_PER_TRANSACTION) {
    const slice = modelIds.slice(start, start + VERDICT_MODELS_PER_TRANSACTION);
    await inTransaction((db) => verdicts.refreshMany(db, slice));
    const done = start + slice.length;
    log(`verdict timelines ${n(done)}/${n(modelIds.length)}   ${rate(done, started)} models/s`);
  }
}
