import { frameworkFamily, type FieldChange, type ModelState, type VerdictSpan } from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import { spanRecords } from '../verdicts/verdict-span.repository.js';

export interface CreatedModel {
  id: string;
  state: ModelState;
  actor: string;
  at: Date;
  recordedAt: Date;
  changes: FieldChange[];
  spans: VerdictSpan[];
  /** A further INSERT to make in the same statement: the registration's notifications. */
  alongside?: Prisma.Sql;
}

/**
 * The model row, its `created` event (the change-log trigger fires), its verdict timeline and what
 * `alongside` writes, as one statement: one round trip, atomic on its own, no interactive
 * transaction. Row triggers and foreign keys run at the end of the statement, so they see the model
 * row written by the first CTE.
 */
export function createModelStatement(model: CreatedModel): Prisma.Sql {
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
    )${model.alongside ? Prisma.sql`, n AS (${model.alongside})` : Prisma.empty}
    INSERT INTO verdict_span (model_id, valid_from, valid_to, status, rule, new_project)
    SELECT m.id, r.valid_from, r.valid_to, r.status, r.rule, r.new_project
    FROM m, jsonb_to_recordset(${JSON.stringify(spanRecords(id, model.spans))}::jsonb) AS r(
      model_id uuid, valid_from timestamptz, valid_to timestamptz, status text, rule text, new_project boolean)`;
}

/** A raw statement's unique violation: Prisma reports it as P2010 with the adapter's error inside. */
export function isRawUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2010') return false;
  const adapterError: unknown = error.meta?.['driverAdapterError'];
  const cause: unknown = adapterError instanceof Error ? adapterError.cause : undefined;
  return typeof cause === 'object' && cause !== null && 'originalCode' in cause && cause.originalCode === '23505';
}
