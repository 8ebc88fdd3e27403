import { appendFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_DATABASE, PASSWORD_FILE } from '../../apps/api/src/database/embedded-postgres.js';
import { info } from './log.js';
import { completed, spawnProcess, stopProcess, waitUntilHealthy, type Spawned } from './processes.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const API_MAIN = path.join(ROOT, 'apps', 'api', 'dist', 'main.js');
const SEED_MAIN = path.join(ROOT, 'apps', 'api', 'dist', 'seed', 'bulk-seed.main.js');
const HELLO = path.join(ROOT, 'bench', 'hello-server.ts');
/** Everything the API prints (warnings and errors: a 500 under load is found here). */
export const API_LOG = path.join(ROOT, 'bench', 'results', 'api.log');

export interface Ports {
  api: number;
  postgres: number;
}

export interface ApiServer {
  url: string;
  /** The embedded PostgreSQL the API started, with the superuser password it generated on its first start. */
  databaseUrl: string;
  process: Spawned;
}

/** `npm start` without the build: the built server, in production mode, on an embedded PostgreSQL in `dataDir`. */
export async function startApi(
  dataDir: string,
  ports: Ports,
  token: string,
): Promise<{ server: ApiServer; startMs: number }> {
  const startedAt = performance.now();
  const spawned = spawnProcess(
    'API',
    process.execPath,
    ['--max-semi-space-size=8', API_MAIN],
    {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(ports.api),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(ports.postgres),
      BOOTSTRAP_ADMIN_TOKEN: token,
      SEED_DEMO: 'false',
      // Request logs at info level would go to a pipe the benchmark has to drain; warnings still show.
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
    },
    (line) => appendFileSync(API_LOG, `${line}\n`),
  );
  const url = `http://127.0.0.1:${ports.api}`;
  const startMs = await waitUntilHealthy(spawned, `${url}/api/health`, startedAt);
  const password = encodeURIComponent((await readFile(path.join(dataDir, PASSWORD_FILE), 'utf-8')).trim());
  return {
    server: {
      url,
      databaseUrl: `postgresql://postgres:${password}@localhost:${ports.postgres}/${APP_DATABASE}`,
      process: spawned,
    },
    startMs,
  };
}

export const stopApi = (server: ApiServer) => stopProcess(server.process);

/** Loads a generated portfolio with the API's bulk loader (the API must not be running on that data dir). */
export async function seed(
  dataDir: string,
  ports: Ports,
  sizes: { models: number; events: number; exceptions: number; seed: number; firstIndex: number },
): Promise<number> {
  const startedAt = performance.now();
  const args = [
    SEED_MAIN,
    '--models',
    String(sizes.models),
    '--events',
    String(sizes.events),
    '--exceptions',
    String(sizes.exceptions),
    '--seed',
    String(sizes.seed),
    '--first-index',
    String(sizes.firstIndex),
  ];
  const env = { ...process.env, DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(ports.postgres) };
  await completed(spawnProcess('bulk seed', process.execPath, args, env, (line) => info(line)));
  return performance.now() - startedAt;
}

/** A bare NestJS app on the Fastify adapter with one route: the least any request costs. */
export async function startHello(port: number): Promise<{ url: string; process: Spawned }> {
  const spawned = spawnProcess('hello server', process.execPath, ['--import', 'tsx', HELLO], {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    TSX_TSCONFIG_PATH: path.join(ROOT, 'bench', 'tsconfig.json'),
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(spawned, `${url}/api/hello`, performance.now(), 60_000);
  return { url, process: spawned };
}
