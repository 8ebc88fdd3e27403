import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BenchOptions } from './args.js';

const MIGRATIONS = path.resolve(import.meta.dirname, '..', '..', 'prisma', 'migrations');

/**
 * Where a seeded portfolio of these sizes is kept between runs: seeding 1,000,000 events takes
 * minutes, copying its data directory seconds. Named by the sizes, the seed and the migrations, so
 * a new migration or another size seeds afresh.
 */
export async function seededCopyDir(options: BenchOptions): Promise<string> {
  const migrations = (await readdir(MIGRATIONS)).sort();
  const { models, events, exceptions, seed } = options;
  const key = createHash('sha256')
    .update(JSON.stringify({ models, events, exceptions, seed, migrations }))
    .digest('hex')
    .slice(0, 12);
  return `${options.dataDir}-seeded-${key}`;
}

/** `cp -a`: PostgreSQL refuses a data directory whose files changed owner (it runs as `postgres` under root). */
const copyDir = (from: string, to: string) => promisify(execFile)('cp', ['-a', from, to]);

const exists = (dir: string) =>
  stat(dir).then(
    () => true,
    () => false,
  );

/** Copies the kept portfolio into the data directory; false when none is kept (or `--fresh`). */
export async function restoreSeeded(options: BenchOptions): Promise<boolean> {
  const kept = await seededCopyDir(options);
  if (options.fresh || !(await exists(kept))) return false;
  await rm(options.dataDir, { recursive: true, force: true });
  await copyDir(kept, options.dataDir);
  return true;
}

/** Keeps the freshly seeded data directory (PostgreSQL stopped) for the next run; drops older copies. */
export async function keepSeeded(options: BenchOptions): Promise<string> {
  const kept = await seededCopyDir(options);
  const parent = path.dirname(options.dataDir);
  const prefix = `${path.basename(options.dataDir)}-seeded-`;
  for (const entry of await readdir(parent)) {
    if (entry.startsWith(prefix)) await rm(path.join(parent, entry), { recursive: true, force: true });
  }
  await copyDir(options.dataDir, kept);
  return kept;
}
