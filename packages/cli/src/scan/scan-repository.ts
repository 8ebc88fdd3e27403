import { readFile, stat } from 'node:fs/promises';
import { join, posix, resolve } from 'node:path';
import type { ScanFindings } from '@mmt/domain';
import { fileKind, PYTHON_FILE_KINDS, scanFile, summarizeScan, type FileFindings, type FileKind } from '@mmt/scanner';
import { CliError, EXIT } from '../cli-error.js';
import type { Progress } from '../progress.js';
import { reasonOf, walkRepository } from './walk.js';

/** Larger files are skipped: generated code or data, never a hand-written manifest. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** A scan stops after this many files, so a huge tree still gives an answer. */
export const MAX_FILES = 20_000;

const PYTHON_KINDS = new Set<FileKind>(PYTHON_FILE_KINDS);

export interface RepositoryScan {
  findings: ScanFindings;
  /** Whether any Python source or Python dependency file was read. */
  hasPython: boolean;
}

async function checkRoot(root: string, shown: string): Promise<void> {
  try {
    if (!(await stat(root)).isDirectory()) throw new CliError(`${shown} is not a directory`, EXIT.usage);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${shown}: ${reasonOf(error)}`, EXIT.usage);
  }
}

class RepositoryReader {
  readonly found: FileFindings[] = [];
  private readonly read = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly progress: Progress,
  ) {}

  /** Reads and scans one file, unless it is too large. */
  async scan(path: string, kind: FileKind): Promise<void> {
    this.read.add(path);
    const text = await this.text(path);
    if (text === null) return;
    const found = scanFile(path, text, kind);
    if (found) this.found.push(found);
    this.progress.file(this.found.length);
  }

  private async text(path: string): Promise<string | null> {
    const absolute = join(this.root, path);
    try {
      const { size } = await stat(absolute);
      if (size <= MAX_FILE_BYTES) return await readFile(absolute, 'utf8');
      this.progress.note(`skipped ${path}: ${(size / 1024 / 1024).toFixed(1)} MB is over 2 MB`);
      return null;
    } catch (error) {
      throw new CliError(`cannot read ${path}: ${reasonOf(error)}`, EXIT.usage);
    }
  }

  /** Follows `-r` and `-c` includes of the requirements read so far, and of the ones they include. */
  async followIncludes(): Promise<void> {
    for (let index = 0; index < this.found.length; index++) {
      const from = this.found[index] as FileFindings;
      for (const include of from.includes) {
        const path = posix.normalize(posix.join(posix.dirname(from.file), include.path));
        if (this.read.has(path) || include.path.includes('$')) continue;
        const outside = path === '..' || path.startsWith('../') || posix.isAbsolute(include.path);
        if (outside || /^[a-z]+:\/\//i.test(include.path)) {
          this.progress.note(`did not follow ${from.file}:${include.line}: ${include.path} is outside the repository`);
          continue;
        }
        if (await this.exists(path)) await this.scan(path, 'requirements');
        else this.progress.note(`did not follow ${from.file}:${include.line}: ${include.path} does not exist`);
      }
    }
  }

  private async exists(path: string): Promise<boolean> {
    try {
      return (await stat(join(this.root, path))).isFile();
    } catch {
      return false;
    }
  }
}

/**
 * Reads a repository's files and sums up what they show. `dir` is as the user gave it; the
 * findings report it resolved. Unreadable folders and files are input errors.
 */
export async function scanRepository(dir: string, progress: Progress): Promise<RepositoryScan> {
  const root = resolve(dir);
  await checkRoot(root, dir);
  const reader = new RepositoryReader(root, progress);
  for await (const path of walkRepository(root)) {
    const kind = fileKind(path);
    if (kind === null) continue;
    if (reader.found.length >= MAX_FILES) {
      progress.warn(`stopped after ${MAX_FILES} files: the findings cover only those`);
      break;
    }
    await reader.scan(path, kind);
  }
  await reader.followIncludes();
  progress.done(reader.found.length);
  const { found } = reader;
  return {
    findings: summarizeScan({ root, filesScanned: found.length, files: found }),
    hasPython: found.some((file) => PYTHON_KINDS.has(file.kind)),
  };
}
