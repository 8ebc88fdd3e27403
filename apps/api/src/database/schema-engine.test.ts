import { createHash, randomUUID } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type RunningDatabase } from './embedded-postgres.js';
import { withDatabase } from './migration-adapter.js';
import { defaultMigrationsDir, defaultSchemaPath } from './repo-paths.js';
import { applyMigrations, createMigration, getMigrationStatus, resolveMigration } from './schema-engine.js';

let server: RunningDatabase;
let tempDir: string;
let dataDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'mmt-schema-engine-test-'));
  // Its own temp dir: as root, PostgreSQL runs as "postgres", which cannot enter a 0700 parent.
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'mmt-schema-engine-test-pg-'));
  server = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
});

afterAll(async () => {
  await server?.stop();
  await rm(tempDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(
  connectionString: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<string> {
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  await query(server.connectionString, `CREATE DATABASE ${name}`);
  return withDatabase(server.connectionString, name);
}

async function copyOfMigrations(): Promise<string> {
  const dir = path.join(tempDir, `migrations-${randomUUID()}`);
  await cp(defaultMigrationsDir(), dir, { recursive: true });
  return dir;
}

async function addMigration(migrationsDir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(migrationsDir, name));
  await writeFile(path.join(migrationsDir, name, 'migration.sql'), sql);
}

async function leftoverShadowDatabases(): Promise<string[]> {
  const rows = await query<{ datname: string }>(
    server.connectionString,
    "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'",
  );
  return rows.map((r) => r.datname);
}

const repoMigrations = (await readdir(defaultMigrationsDir(), { withFileTypes: true }))
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('applyMigrations', () => {
  it('applies the repository migrations to an empty database, then is a no-op', async () => {
    const url = await freshDatabase();
    expect(repoMigrations.length).toBeGreaterThan(0);

    expect(await applyMigrations(url)).toEqual(repoMigrations);

    const tables = await query<{ table_name: string }>(
      url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        'model',
        'model_event',
        'portfolio_change',
        'verdict_span',
        'model_exception',
        'policy_version',
        'review',
        '_prisma_migrations',
      ]),
    );

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      url,
      'SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(repoMigrations);
    for (const row of rows) {
      const sql = await readFile(path.join(defaultMigrationsDir(), row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).not.toBeNull();
    }

    expect(await applyMigrations(url)).toEqual([]);
    const status = await getMigrationStatus(url);
    expect(status).toMatchObject({ applied: repoMigrations, pending: [], failed: [], upToDate: true });
  });

  it('applies a migration with a $$ plpgsql body as one script', async () => {
    const url = await freshDatabase();
    const migrationsDir = await copyOfMigrations();
    await addMigration(
      migrationsDir,
      '99990101000000_trigger',
      `CREATE TABLE "doubled" ("x" INTEGER NOT NULL, "y" INTEGER);

CREATE FUNCTION doubled_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.y := NEW.x * 2;
  RETURN NEW;
END;
$$;

CREATE TRIGGER doubled_fill BEFORE INSERT ON "doubled" FOR EACH ROW EXECUTE FUNCTION doubled_fill();
`,
    );

    expect(await applyMigrations(url, { migrationsDir })).toEqual([...repoMigrations, '99990101000000_trigger']);
    expect(await query(url, 'INSERT INTO doubled (x) VALUES (21) RETURNING y')).toEqual([{ y: 42 }]);
    expect(await applyMigrations(url, { migrationsDir })).toEqual([]);
  });

  it('leaves nothing behind when a migration fails, and says how to resolve it', async () => {
    const url = await freshDatabase();
    const migrationsDir = await copyOfMigrations();
    await addMigration(
      migrationsDir,
      '99990101000000_broken',
      'CREATE TABLE "half" ("id" INTEGER);\nSELECT no_such_function();\n',
    );

    await expect(applyMigrations(url, { migrationsDir })).rejects.toThrow(/99990101000000_broken[\s\S]*rolled-back/);
    expect(await query(url, "SELECT to_regclass('public.half') AS half")).toEqual([{ half: null }]);
    expect((await getMigrationStatus(url, { migrationsDir })).failed).toEqual(['99990101000000_broken']);
    // A failed migration blocks every later deploy until it is resolved.
    await expect(applyMigrations(url, { migrationsDir })).rejects.toThrow(/P3009|failed migrations/);

    await writeFile(
      path.join(migrationsDir, '99990101000000_broken', 'migration.sql'),
      'CREATE TABLE "half" ("id" INTEGER);\n',
    );
    await resolveMigration(url, '99990101000000_broken', 'rolled-back', { migrationsDir });
    expect(await applyMigrations(url, { migrationsDir })).toEqual(['99990101000000_broken']);
  });
});

describe('createMigration', () => {
  it('writes the next migration from the schema in Prisma folder format, then reports no changes', async () => {
    const url = await freshDatabase();
    const migrationsDir = await copyOfMigrations();
    const schemaPath = path.join(tempDir, `schema-${randomUUID()}.prisma`);
    const schema = await readFile(defaultSchemaPath(), 'utf-8');
    await writeFile(
      schemaPath,
      `${schema}\nmodel Note {\n  id Int @id @default(autoincrement())\n  text String\n\n  @@map("note")\n}\n`,
    );

    const result = await createMigration(url, 'add note', { migrationsDir, schemaPath });
    if (!result.created) throw new Error('expected a migration');
    expect(result.name).toMatch(/^\d{14}_add_note$/);
    expect(result.applied).toEqual([...repoMigrations, result.name]);
    expect(await readFile(result.migrationFile, 'utf-8')).toContain('CREATE TABLE "note"');
    expect(await readFile(path.join(migrationsDir, 'migration_lock.toml'), 'utf-8')).toBe(
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
    expect(await query(url, 'SELECT count(*)::int AS n FROM note')).toEqual([{ n: 0 }]);

    expect(await createMigration(url, 'again', { migrationsDir, schemaPath })).toEqual({ created: false, applied: [] });
    expect(await leftoverShadowDatabases()).toEqual([]);
  });

  it('reports no changes for the repository schema and its migrations', async () => {
    const url = await freshDatabase();
    expect(await createMigration(url, 'nothing', { migrationsDir: await copyOfMigrations() })).toEqual({
      created: false,
      applied: repoMigrations,
    });
    expect(await leftoverShadowDatabases()).toEqual([]);
  });
});
