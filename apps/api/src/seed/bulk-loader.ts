import { diffStates, frameworkFamily, type ModelState } from '@mmt/domain';
import type pg from 'pg';
import type { Db } from '../database/prisma.service.js';
import type { VerdictService } from '../verdicts/verdict.service.js';
import type { GeneratedException, GeneratedModel, PortfolioSizes } from './portfolio-generator.js';

const BULK_ACTOR_FALLBACK = 'bulk-seed';
const EVENTS_PER_BATCH = 20_000;
const VERDICT_MODELS_PER_TRANSACTION = 1_000;

export type Log = (message: string) => void;

const n = (value: number) => value.toLocaleString('en-US');
const rate = (count: number, since: number) =>
  n(Math.round(count / Math.max((performance.now() - since) / 1000, 0.001)));

/**
 * Writes a generated portfolio fast and honestly: each batch of models and their events is one
 * transaction of two multi-row INSERTs. Events go in per model in time order, so the
 * model_event trigger keeps portfolio_change exactly as the API would (it judges each event
 * against the model's latest earlier one, and times are strictly increasing per model).
 */
export async function loadModels(
  client: pg.ClientBase,
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
    await client.query('BEGIN');
    try {
      await insertModels(client, batch);
      await insertEvents(client, batch);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
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

async function insertModels(client: pg.ClientBase, models: GeneratedModel[]): Promise<void> {
  const rows = models.map((model) => ({ model, first: model.events[0]!, last: model.events.at(-1)! }));
  const column = <T>(value: (row: (typeof rows)[number]) => T) => rows.map(value);
  const state = (row: (typeof rows)[number]): ModelState => row.last.state;
  await client.query(
    `INSERT INTO model (id, name, team, task, framework, framework_version, family, lifecycle, deployment_target,
                        serving_stack, serialization, started_on, migration, migration_target, retire_by, repo_url,
                        description, tags, version, created_at, updated_at)
     SELECT id, name, team, task, framework, framework_version, family, lifecycle, deployment_target, serving_stack,
            serialization, started_on, migration, migration_target, retire_by, repo_url, description,
            ARRAY(SELECT jsonb_array_elements_text(tags::jsonb)), version, created_at, updated_at
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                 $9::text[], $10::text[], $11::text[], $12::date[], $13::text[], $14::text[], $15::date[], $16::text[],
                 $17::text[], $18::text[], $19::int[], $20::timestamptz[], $21::timestamptz[])
       AS t(id, name, team, task, framework, framework_version, family, lifecycle, deployment_target, serving_stack,
            serialization, started_on, migration, migration_target, retire_by, repo_url, description, tags, version,
            created_at, updated_at)`,
    [
      column((row) => row.model.id),
      column((row) => state(row).name),
      column((row) => state(row).team),
      column((row) => state(row).task),
      column((row) => state(row).framework),
      column((row) => state(row).frameworkVersion),
      column((row) => frameworkFamily(state(row).framework, state(row).frameworkVersion)),
      column((row) => state(row).lifecycle),
      column((row) => state(row).deploymentTarget),
      column((row) => state(row).servingStack),
      column((row) => state(row).serialization),
      column((row) => state(row).startedOn),
      column((row) => state(row).migration),
      column((row) => state(row).migrationTarget),
      column((row) => state(row).retireBy),
      column((row) => state(row).repoUrl),
      column((row) => state(row).description),
      column((row) => JSON.stringify(state(row).tags)),
      column((row) => row.model.events.length),
      column((row) => row.first.at.toISOString()),
      column((row) => row.last.at.toISOString()),
    ],
  );
}

async function insertEvents(client: pg.ClientBase, models: GeneratedModel[]): Promise<void> {
  const rows = models.flatMap((model) =>
    model.events.map((event, i) => ({
      model,
      event,
      version: i + 1,
      previous: i > 0 ? model.events[i - 1]!.state : null,
    })),
  );
  const column = <T>(value: (row: (typeof rows)[number]) => T) => rows.map(value);
  await client.query(
    `INSERT INTO model_event (model_id, kind, actor, at, recorded_at, version, changes, state, framework, family, lifecycle, started_on)
     SELECT model_id, kind, actor, at, at, version, changes::jsonb, state::jsonb, framework, family, lifecycle, started_on
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::int[], $6::text[], $7::text[], $8::text[],
                 $9::text[], $10::text[], $11::date[])
       AS t(model_id, kind, actor, at, version, changes, state, framework, family, lifecycle, started_on)`,
    [
      column((row) => row.model.id),
      column((row) => (row.previous === null ? 'created' : 'updated')),
      column((row) => row.event.actor || BULK_ACTOR_FALLBACK),
      column((row) => row.event.at.toISOString()),
      column((row) => row.version),
      column((row) => JSON.stringify(diffStates(row.previous, row.event.state))),
      column((row) => JSON.stringify(row.event.state)),
      column((row) => row.event.state.framework),
      column((row) => frameworkFamily(row.event.state.framework, row.event.state.frameworkVersion)),
      column((row) => row.event.state.lifecycle),
      column((row) => row.event.state.startedOn),
    ],
  );
}

export async function loadExceptions(
  client: pg.ClientBase,
  exceptions: { modelId: string; exception: GeneratedException }[],
  log: Log,
): Promise<void> {
  if (exceptions.length === 0) return;
  const column = <T>(value: (row: (typeof exceptions)[number]) => T) => exceptions.map(value);
  await client.query(
    `INSERT INTO model_exception (id, model_id, reason, approved_by, granted_on, expires_on, created_at, created_by)
     SELECT gen_random_uuid(), model_id, reason, approved_by, granted_on, expires_on, created_at, approved_by
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::date[], $6::timestamptz[])
       AS t(model_id, reason, approved_by, granted_on, expires_on, created_at)`,
    [
      column((row) => row.modelId),
      column((row) => row.exception.reason),
      column((row) => row.exception.approvedBy),
      column((row) => row.exception.grantedOn),
      column((row) => row.exception.expiresOn),
      column((row) => row.exception.createdAt.toISOString()),
    ],
  );
  log(`exceptions ${n(exceptions.length)}`);
}

/** Each model's verdict timeline, by the app's own VerdictService, a transaction per slice. */
export async function refreshVerdicts(
  run: <T>(work: (db: Db) => Promise<T>) => Promise<T>,
  verdicts: VerdictService,
  modelIds: readonly string[],
  log: Log,
): Promise<void> {
  const started = performance.now();
  for (let start = 0; start < modelIds.length; start += VERDICT_MODELS_PER_TRANSACTION) {
    const slice = modelIds.slice(start, start + VERDICT_MODELS_PER_TRANSACTION);
    await run((db) => verdicts.refreshMany(db, slice));
    const done = start + slice.length;
    log(`verdict timelines ${n(done)}/${n(modelIds.length)}   ${rate(done, started)} models/s`);
  }
}
