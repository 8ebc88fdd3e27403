import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { CliError, EXIT } from '../cli-error.js';

/** Folders that hold no project code of interest: version control, dependencies, caches. */
const SKIPPED_FOLDERS = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  '__pycache__',
  'venv',
  '.venv',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.ipynb_checkpoints',
]);
/** A folder holding one of these is a Python environment (virtualenv, conda), not the project. */
const ENVIRONMENT_MARKERS = ['pyvenv.cfg', 'conda-meta'];

interface IgnoreRules {
  /** The folder the rules apply from: "" for the root, else "a/b/". */
  base: string;
  rules: Ignore;
}

/** The reason an operating-system error gives, in words. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'ENOTDIR') return 'not a directory';
  return error instanceof Error ? error.message : String(error);
}

async function readOptional(path: string, shown: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    // A `.git` file (a worktree or submodule) has no `info/exclude` under it: ENOTDIR.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new CliError(`cannot read ${shown}: ${reasonOf(error)}`, EXIT.usage);
  }
}

/** Git's rule: the last matching pattern decides, deeper `.gitignore` files after shallower ones. */
function isIgnored(levels: readonly IgnoreRules[], path: string): boolean {
  let ignored = false;
  for (const { base, rules } of levels) {
    const result = rules.test(path.slice(base.length));
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

async function* walkFolder(root: string, folder: string, levels: readonly IgnoreRules[]): AsyncGenerator<string> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder === '' ? root : join(root, folder), { withFileTypes: true });
  } catch (error) {
    throw new CliError(`cannot read ${folder === '' ? root : folder}: ${reasonOf(error)}`, EXIT.usage);
  }
  const names = new Set(entries.map((entry) => entry.name));
  if (folder !== '' && ENVIRONMENT_MARKERS.some((marker) => names.has(marker))) return;
  const base = folder === '' ? '' : `${folder}/`;
  const gitignore = names.has('.gitignore')
    ? await readOptional(join(root, base, '.gitignore'), `${base}.gitignore`)
    : null;
  const here = gitignore === null ? levels : [...levels, { base, rules: ignore().add(gitignore) }];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = `${base}${entry.name}`;
    // Symbolic links are not followed: they may lead out of the repository or round in circles.
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !isIgnored(here, `${path}/`)) {
      yield* walkFolder(root, path, here);
    } else if (entry.isFile() && !isIgnored(here, path)) {
      yield path;
    }
  }
}

/**
 * The files of a repository, as `/`-separated paths relative to `root`, in a stable order:
 * without version control folders, `node_modules`, caches and Python environments (`venv`,
 * `.venv`, any folder with a `pyvenv.cfg` or `conda-meta`), and without what the `.gitignore`
 * files (and `.git/info/exclude`) leave out.
 */
export async function* walkRepository(root: string): AsyncGenerator<string> {
  const exclude = await readOptional(join(root, '.git', 'info', 'exclude'), '.git/info/exclude');
  yield* walkFolder(root, '', exclude === null ? [] : [{ base: '', rules: ignore().add(exclude) }]);
}
