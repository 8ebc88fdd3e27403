import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding `prisma/schema.prisma`, found by walking up from this file, so the same code
 * works from `src` (vitest, tsx) and from `dist` after a build.
 */
export function findRepoRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = path.resolve(from);
  for (;;) {
    if (existsSync(path.join(dir, 'prisma', 'schema.prisma'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`Could not find prisma/schema.prisma in ${from} or any folder above it`);
    }
    dir = parent;
  }
}

export function defaultSchemaPath(): string {
  return path.join(findRepoRoot(), 'prisma', 'schema.prisma');
}

export function defaultMigrationsDir(): string {
  return path.join(findRepoRoot(), 'prisma', 'migrations');
}

/** The schema engine the Prisma CLI itself would use, shipped inside the `prisma` package. */
export function schemaEngineWasmPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'schema_engine_bg.wasm');
}
