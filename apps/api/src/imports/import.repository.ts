import { Injectable } from '@nestjs/common';
import type { ModelState } from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../database/prisma.service.js';
import { rowFromState, stateFromRow } from '../models/model.mapper.js';

// Rows per statement: well under PostgreSQL's 65,535 bind parameters with ~20 columns a row.
export const WRITE_CHUNK = 1_000;

export const chunks = <T>(items: readonly T[], size = WRITE_CHUNK): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

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

/** Set-based writes of many models at once: an import of 10,000 rows cannot afford a statement per row. */
@Injectable()
export class ImportRepository {
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
}
