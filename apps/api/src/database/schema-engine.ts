import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList, SchemaFilter } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { slugifyMigrationName } from './migration-name.js';
import { readMigrationsList, writeMigration, type WrittenMigration } from './migrations-dir.js';
import { defaultMigrationsDir, defaultSchemaPath } from './repo-paths.js';
import {
  SchemaEngineError,
  toSchemaEngineError,
  withSchemaEngine,
  type EngineSession,
  type SchemaEngine,
} from './schema-engine-wasm.js';

export { SchemaEngineError };

export interface MigrationOptions {
  /** Default: `<repo>/prisma/migrations`. */
  migrationsDir?: string;
  /** Default: `<repo>/prisma/schema.prisma`. */
  schemaPath?: string;
  log?: (message: string) => void;
}

const FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

interface Context {
  session: EngineSession;
  migrationsDir: string;
  schema: { files: { path: string; content: string }[] };
  migrationsList: () => Promise<MigrationList>;
}

async function context(connectionString: string, options: MigrationOptions): Promise<Context> {
  const schemaPath = path.resolve(options.schemaPath ?? defaultSchemaPath());
  const migrationsDir = path.resolve(options.migrationsDir ?? defaultMigrationsDir());
  const schemaText = await readFile(schemaPath, 'utf-8');
  return {
    session: { schemaPath, schemaText, connectionString, log: options.log ?? (() => {}) },
    migrationsDir,
    schema: { files: [{ path: schemaPath, content: schemaText }] },
    migrationsList: () => readMigrationsList(migrationsDir),
  };
}

/**
 * `prisma migrate deploy`: applies pending migrations and returns their names (empty when the
 * database was up to date). Throws with what to do next when a migration fails or failed before.
 */
export async function applyMigrations(connectionString: string, options: MigrationOptions = {}): Promise<string[]> {
  const ctx = await context(connectionString, options);
  return withSchemaEngine(ctx.session, async (engine) => {
    const applied = await deploy(engine, ctx);
    for (const name of applied) ctx.session.log(`Applied migration ${name}`);
    return applied;
  });
}

async function deploy(engine: SchemaEngine, ctx: Context): Promise<string[]> {
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await ctx.migrationsList(),
      filters: FILTERS,
    });
    return appliedMigrationNames;
  } catch (error) {
    throw withNextStep(error);
  }
}

function withNextStep(raw: unknown): Error {
  const error = toSchemaEngineError(raw);
  if (!(error instanceof SchemaEngineError)) return error;
  if (error.errorCode === 'P3009') {
    const name = /The `([^`]+)` migration started at/.exec(error.message)?.[1] ?? '<name>';
    return new SchemaEngineError(
      `${error.message}\n\n${resolveHint(name, 'find out why it failed and finish or undo what it did by hand')}`,
      error.errorCode,
      name,
    );
  }
  if (error.migrationName) {
    const name = error.migrationName;
    const hint = resolveHint(
      name,
      'PostgreSQL rolled the whole script back: fix its migration.sql (or the data it trips on)',
    );
    return new SchemaEngineError(
      `Migration ${name} failed to apply:\n${error.message}\n\n${hint}`,
      error.errorCode ?? 'P3018',
      name,
    );
  }
  return error;
}

function resolveHint(name: string, firstStep: string): string {
  return [
    'What to do next:',
    `  1. ${firstStep};`,
    `  2. mark it rolled back: resolveMigration(url, "${name}", "rolled-back") from apps/api/src/database/schema-engine.ts`,
    `     (or \`npx prisma migrate resolve --rolled-back ${name}\` where the Prisma CLI can fetch its engine),`,
    '     or "applied" if you completed it by hand;',
    '  3. apply migrations again.',
  ].join('\n');
}

/** `prisma migrate resolve`: records a failed migration as rolled back, or a migration as applied. */
export async function resolveMigration(
  connectionString: string,
  migrationName: string,
  as: 'applied' | 'rolled-back',
  options: MigrationOptions = {},
): Promise<void> {
  const ctx = await context(connectionString, options);
  await withSchemaEngine(ctx.session, async (engine) => {
    if (as === 'applied')
      await engine.markMigrationApplied({ migrationName, migrationsList: await ctx.migrationsList() });
    else await engine.markMigrationRolledBack({ migrationName });
  });
}

export interface MigrationStatus {
  /** Migration folders, in order. */
  migrations: string[];
  applied: string[];
  pending: string[];
  failed: string[];
  /** Applied, but their migration.sql changed since. */
  edited: string[];
  /** Applied to the database but missing from the folder. */
  unknownToFolder: string[];
  hasMigrationsTable: boolean;
  upToDate: boolean;
}

/** `prisma migrate status`, without a shadow database. */
export async function getMigrationStatus(
  connectionString: string,
  options: MigrationOptions = {},
): Promise<MigrationStatus> {
  const ctx = await context(connectionString, options);
  return withSchemaEngine(ctx.session, async (engine) => {
    const migrationsList = await ctx.migrationsList();
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: FILTERS,
    });
    const migrations = migrationsList.migrationDirectories.map((d) => d.path);
    const history = diagnosis.history;
    const pending =
      history && history.diagnostic !== 'migrationsDirectoryIsBehind' ? history.unappliedMigrationNames : [];
    const unknownToFolder =
      history && history.diagnostic !== 'databaseIsBehind' ? history.unpersistedMigrationNames : [];
    const failed = diagnosis.failedMigrationNames;
    return {
      migrations,
      applied: migrations.filter((name) => !pending.includes(name) && !failed.includes(name)),
      pending,
      failed,
      edited: diagnosis.editedMigrationNames,
      unknownToFolder,
      hasMigrationsTable: diagnosis.hasMigrationsTable,
      upToDate: history === null && failed.length === 0 && diagnosis.editedMigrationNames.length === 0,
    };
  });
}

export interface CreateMigrationOptions extends MigrationOptions {
  /** Like `--create-only`: write the migration (even an empty one) without applying it, to edit it first. */
  createOnly?: boolean;
  /** Create a migration that drops data the development database holds. */
  acceptDataLoss?: boolean;
}

export type CreateMigrationResult =
  | ({ created: true; name: string; script: string; applied: string[]; warnings: string[] } & WrittenMigration)
  | { created: false; applied: string[] };

/**
 * `prisma migrate dev --name <name>` on a development database: applies the existing migrations,
 * writes the next one from schema.prisma (in Prisma's folder format), and applies it.
 */
export async function createMigration(
  connectionString: string,
  migrationName: string,
  options: CreateMigrationOptions = {},
): Promise<CreateMigrationResult> {
  const ctx = await context(connectionString, options);
  return withSchemaEngine(ctx.session, async (engine) => {
    const { action } = await engine.devDiagnostic({ migrationsList: await ctx.migrationsList(), filters: FILTERS });
    if (action.tag === 'reset') {
      throw new Error(
        `The development database does not match the migration history, so a new migration cannot be based on it:\n${action.reason}\n\n` +
          'Use a fresh database (unset DATABASE_URL to use a throwaway embedded PostgreSQL) or drop and recreate this one.',
      );
    }
    const applied = await deploy(engine, ctx);
    if (applied.length > 0) {
      // evaluateDataLoss/createMigration reuse the shadow schema computed by an earlier call.
      await engine.diagnoseMigrationHistory({
        migrationsList: await ctx.migrationsList(),
        optInToShadowDatabase: true,
        filters: FILTERS,
      });
    }
    const loss = await engine.evaluateDataLoss({
      migrationsList: await ctx.migrationsList(),
      schema: ctx.schema,
      filters: FILTERS,
    });
    if (loss.unexecutableSteps.length > 0) {
      throw new Error(
        `The migration cannot be applied as is:\n${loss.unexecutableSteps.map((s) => `  • ${s.message}`).join('\n')}`,
      );
    }
    const warnings = loss.warnings.map((w) => w.message);
    if (warnings.length > 0 && !options.acceptDataLoss) {
      throw new Error(
        `The migration would lose data:\n${warnings.map((w) => `  • ${w}`).join('\n')}\n\nRe-run accepting data loss if that is intended.`,
      );
    }
    if (loss.migrationSteps === 0 && !options.createOnly) return { created: false, applied };

    const migrationsList = await ctx.migrationsList();
    const output = await engine.createMigration({
      migrationName: slugifyMigrationName(migrationName),
      draft: options.createOnly ?? false,
      migrationsList,
      schema: ctx.schema,
      filters: FILTERS,
    });
    if (output.migrationScript === null) return { created: false, applied };
    const written = await writeMigration(
      migrationsList.baseDir,
      output.generatedMigrationName,
      output.extension,
      output.migrationScript,
      output.connectorType,
    );
    const appliedNow = options.createOnly ? [] : await deploy(engine, ctx);
    return {
      created: true,
      name: output.generatedMigrationName,
      script: output.migrationScript,
      applied: [...applied, ...appliedNow],
      warnings,
      ...written,
    };
  });
}
