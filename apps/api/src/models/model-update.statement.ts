import { frameworkFamily, type FieldChange, type ModelState, type VerdictSpan } from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import { spanRecords } from '../verdicts/verdict-span.repository.js';

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

/**
 * The edit as one statement: the row (only if still at `expectedVersion`), its event and its
 * timeline, each later part reading from `u` so nothing is written when the version check fails.
 * Old spans are deleted and new ones upserted on disjoint keys: one statement must not touch a row twice.
 * Returns the number of models updated (0 or 1).
 */
export function updateModelStatement(edit: UpdatedModel): Prisma.Sql {
  const { id, state } = edit;
  const family = frameworkFamily(state.framework, state.frameworkVersion);
  const at = edit.at.toISOString();
  const spans = spanRecords(id, edit.spans);
  const keptFrom = spans.map((span) => span.valid_from);
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
    ), d AS (
      DELETE FROM verdict_span s USING u
      WHERE s.model_id = u.id AND NOT (s.valid_from = ANY(${keptFrom}::timestamptz[]))
    ), s AS (
      INSERT INTO verdict_span AS v (model_id, valid_from, valid_to, status, rule, new_project)
      SELECT u.id, r.valid_from, r.valid_to, r.status, r.rule, r.new_project
      FROM u, jsonb_to_recordset(${JSON.stringify(spans)}::jsonb) AS r(
        model_id uuid, valid_from timestamptz, valid_to timestamptz, status text, rule text, new_project boolean)
      ON CONFLICT (model_id, valid_from) DO UPDATE
        SET valid_to = EXCLUDED.valid_to, status = EXCLUDED.status, rule = EXCLUDED.rule, new_project = EXCLUDED.new_project
    )
    SELECT count(*)::int AS updated FROM u`;
}
