import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type RunningDatabase } from '../../apps/api/src/database/embedded-postgres.js';

/** DATABASE_URL, or a throwaway embedded PostgreSQL in a temp dir that `stop` deletes again. */
export async function scriptDatabase(log: (message: string) => void): Promise<RunningDatabase> {
  const url = process.env['DATABASE_URL'];
  if (url) return { connectionString: url, embedded: false, stop: async () => {} };
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mmt-migrate-'));
  log('DATABASE_URL is not set: using a throwaway embedded PostgreSQL.');
  const server = await startEmbeddedPostgres({ dataDir, log }).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs a script's body and exits with its outcome. The engine's stray 10 s timers are unref'd
 * (schema-engine-wasm.ts); exiting explicitly keeps any other lingering handle from stalling a CLI.
 */
export function runScript(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(`\n${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
