import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { findRepoRoot } from '../database/repo-paths.js';

/** Where `npm run build` leaves the bundled command line. */
export const defaultCliBundlePath = () => path.join(findRepoRoot(), 'packages', 'cli', 'dist', 'mmt.mjs');

/** The product's version: the command line built beside this server reports the same one. */
export async function productVersion(): Promise<string> {
  const { version } = JSON.parse(await readFile(path.join(findRepoRoot(), 'package.json'), 'utf8')) as {
    version: string;
  };
  return version;
}

export interface CliBundle {
  body: Buffer;
  /** The server's version, which the bundle was built with. */
  version: string;
  /** Changes with the version and with the file itself (a rebuild at the same version). */
  etag: string;
}

/**
 * The bundle as last read, read again only when the file changes (a rebuild while the server
 * runs); null when it was never built.
 */
export class CliBundleFile {
  private cached: { mtimeMs: number; size: number; bundle: CliBundle } | null = null;
  private version: Promise<string> | null = null;

  constructor(private readonly file: string) {}

  async read(): Promise<CliBundle | null> {
    const found = await stat(this.file).catch(() => null);
    if (!found?.isFile()) return null;
    if (this.cached?.mtimeMs === found.mtimeMs && this.cached.size === found.size) return this.cached.bundle;
    const [body, version] = await Promise.all([readFile(this.file), (this.version ??= productVersion())]);
    const digest = createHash('sha256').update(body).digest('hex').slice(0, 16);
    const bundle = { body, version, etag: `"mmt-${version}-${digest}"` };
    this.cached = { mtimeMs: found.mtimeMs, size: found.size, bundle };
    return bundle;
  }
}
