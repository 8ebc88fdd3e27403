import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { choosePort } from '../../apps/api/src/database/embedded-postgres.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_ENTRY = path.join(ROOT, 'apps/api/dist/main.js');

export interface RunningServer {
  url: string;
  /** An admin API token (BOOTSTRAP_ADMIN_TOKEN) for arranging data through the API; pass '' in env for none. */
  adminToken: string;
  /** fetch() against the server as that admin, JSON in and out. */
  api(path: string, init?: { method?: string; body?: unknown }): Promise<Response>;
  output: () => string;
  /** Sends SIGTERM (with npmStart, Ctrl-C) and waits for the process to exit; returns its exit code. */
  stop(): Promise<number | null>;
  /** Kills the process without warning (SIGKILL) and waits for it to be gone. */
  kill(): Promise<void>;
}

/** Any free port on loopback (the app's own helper). */
export const freePort = () => choosePort();

export interface StartOptions {
  timeoutMs?: number;
  /**
   * Start with `npm start` itself (its build step first, then the server) instead of the built
   * server alone, in a process group of its own: `stop()` is then Ctrl-C in its terminal (SIGINT
   * to the group) and waits for every process of it, PostgreSQL included, to be gone. What npm
   * returns then says nothing of the server: read its output.
   */
  npmStart?: boolean;
}

/** Starts the built app as `npm start` does (node apps/api/dist/main.js) and waits until it is healthy. */
export async function startServer(
  env: Record<string, string>,
  { timeoutMs = 90_000, npmStart = false }: StartOptions = {},
): Promise<RunningServer> {
  const port = await freePort();
  const adminToken = env['BOOTSTRAP_ADMIN_TOKEN'] ?? `e2e-admin-${randomBytes(16).toString('hex')}`;
  const [command, args] = npmStart ? ['npm', ['start']] : [process.execPath, [SERVER_ENTRY]];
  const child: ChildProcess = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      // Never a key file in ./.data: tests leave it alone.
      WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64'),
      ...env,
      BOOTSTRAP_ADMIN_TOKEN: adminToken,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: npmStart,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  /** Sends `signal` to the server (or to npm's whole process group) and waits until it is gone. */
  const end = async (signal: NodeJS.Signals) => {
    if (!npmStart) {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    }
    const group = -child.pid!;
    const alive = () => {
      try {
        process.kill(group, 0);
        return true;
      } catch {
        return false;
      }
    };
    if (alive()) process.kill(group, signal);
    const code = await exited;
    for (let waited = 0; alive() && waited < 60_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    return code;
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) {
      await end('SIGKILL');
      throw new Error(`The server was not healthy within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    adminToken,
    api: (apiPath, init = {}) =>
      fetch(`${url}${apiPath}`, {
        method: init.method ?? 'GET',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      }),
    output: () => output,
    stop: () => end(npmStart ? 'SIGINT' : 'SIGTERM'),
    kill: async () => {
      await end('SIGKILL');
    },
  };
}
