import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BenchOptions } from './args.js';

/**
 * Where a seeded portfolio of these sizes is kept between runs: seeding 1,000,000 events takes
 * minutes, copying its data directory seconds. Named by the sizes and the seed. A copy made before
 * a new migration is still good: the API applies the migrations it lacks when it starts on it, as it
 * would on a team's database after an upgrade.
 */
export function seededCopyDir(options: BenchOptions): string {
  const { models, events, exceptions, seed } = options;
  const key = createHash('sha256')
    .update(JSON.stringify({ models, events, exceptions, seed }))
    .digest('hex')
    .slice(0, 12);
  return `${options.dataDir}-seeded-${key}`;
}

const MIGRATIONS = path.resolve(import.meta.dirname, '..', '..', 'prisma', 'migrations');

/** The migrations a kept copy has, noted beside it (outside PostgreSQL's data directory). */
const migrationsNote = (kept: string) => `${kept}.migrations.json`;
const currentMigrations = async () => JSON.stringify((await readdir(MIGRATIONS)).sort());

/** `cp -a`: PostgreSQL refuses a data directory whose files changed owner (it runs as `postgres` under root). */
const copyDir = (from: string, to: string) => promisify(execFile)('cp', ['-a', from, to]);

const exists = (dir: string) =>
  stat(dir).then(
    () => true,
    () => false,
  );

/** Copies the kept portfolio into the data directory; false when none is kept (or `--fresh`). */
export async function restoreSeeded(options: BenchOptions): Promise<boolean> {
  const kept = seededCopyDir(options);
  if (options.fresh || !(await exists(kept))) return false;
  await rm(options.dataDir, { recursive: true, force: true });
  await copyDir(kept, options.dataDir);
  return true;
}

/** Whether the kept copy predates a migration of this checkout (its first start would apply it). */
export async function keptBeforeMigrations(options: BenchOptions): Promise<boolean> {
  const noted = await readFile(migrationsNote(seededCopyDir(options)), 'utf8').catch(() => null);
  return noted !== (await currentMigrations());
}

/** Keeps the data directory (PostgreSQL stopped, every migration applied) for the next run of these sizes. */
export async function keepSeeded(options: BenchOptions): Promise<string> {
  const kept = seededCopyDir(options);
  await rm(kept, { recursive: true, force: true });
  await copyDir(options.dataDir, kept);
  await writeFile(migrationsNote(kept), await currentMigrations());
  return kept;
}
