import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The bundled command line, as `npm run build` leaves it. */
export const MMT = path.join(ROOT, 'packages/cli/dist/mmt.mjs');

export interface MmtRun {
  status: number;
  stdout: string;
  stderr: string;
}

export interface MmtOptions {
  cwd?: string;
  mmt?: string;
  /** Added to the environment; MMT_URL and MMT_TOKEN come only from here. */
  env?: Record<string, string>;
}

/** Runs `node <mmt.mjs> ...args` the way a CI job would, with no terminal attached. */
export function runMmt(args: readonly string[], options: MmtOptions = {}): Promise<MmtRun> {
  const { MMT_URL: _url, MMT_TOKEN: _token, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [options.mmt ?? MMT, ...args],
      { cwd: options.cwd ?? tmpdir(), maxBuffer: 64 * 1024 * 1024, env: { ...inherited, ...options.env } },
      (error, stdout, stderr) => {
        const status = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

/** Writes a repository of `files` (path → text) into a fresh temporary folder and returns its path. */
export async function writeRepository(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'mmt-repo-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}
