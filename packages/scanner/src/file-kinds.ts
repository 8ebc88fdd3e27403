/** The kinds of file that are Python code or declare Python dependencies. */
export const PYTHON_FILE_KINDS = [
  'python',
  'requirements',
  'setup.py',
  'setup.cfg',
  'pyproject',
  'pipfile',
  'conda',
] as const;
/** The kinds of file the scanner reads. */
export const FILE_KINDS = [...PYTHON_FILE_KINDS, 'dockerfile', 'mlmodel', 'model-card'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const BY_NAME = new Map<string, FileKind>([
  ['setup.py', 'setup.py'],
  ['setup.cfg', 'setup.cfg'],
  ['pyproject.toml', 'pyproject'],
  ['Pipfile', 'pipfile'],
  ['MLmodel', 'mlmodel'],
]);

/**
 * Which kind of file a repository path (`/`-separated, relative to the root) is, or null when
 * the scanner does not read it: `requirements*.txt` anywhere and `.txt` files under a
 * `requirements/` folder, the packaging files, conda `environment*.yml` and MLflow `conda.yaml`,
 * Dockerfiles (`Dockerfile`, `Dockerfile.gpu`, `gpu.Dockerfile`, `Containerfile`), MLflow
 * `MLmodel`, model cards (`README.md`) and Python sources.
 */
export function fileKind(path: string): FileKind | null {
  const segments = path.split('/');
  const name = segments[segments.length - 1] ?? '';
  const byName = BY_NAME.get(name);
  if (byName) return byName;
  if (/^requirements.*\.txt$/i.test(name) || (/\.txt$/i.test(name) && segments.slice(0, -1).includes('requirements'))) {
    return 'requirements';
  }
  if (/^(?:environment|conda)(?:[-_.][\w.-]*)?\.ya?ml$/i.test(name)) return 'conda';
  if (/^(?:Dockerfile|Containerfile)(?:[.-][\w.-]*)?$/i.test(name) || /\.(?:dockerfile|containerfile)$/i.test(name)) {
    return 'dockerfile';
  }
  if (/^readme\.md$/i.test(name)) return 'model-card';
  return /\.py$/.test(name) ? 'python' : null;
}
