import { copyFile, chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanFindingsSchema, type ScanFindings } from '@mmt/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MMT, runMmt, writeRepository } from '../support/cli.js';

/** A TF1 repository with the traps: ignored, vendored and environment folders must not count. */
const LEGACY_REPOSITORY = {
  'requirements.txt': '# tensorflow==2.4.1 (the failed upgrade)\n-r ci/pins.in\nnumpy>=1.16\n',
  'ci/pins.in': 'tensorflow-gpu==1.15.2\n',
  Dockerfile: 'FROM tensorflow/tensorflow:1.15.5-gpu-py3\n',
  'train.py': [
    'import tensorflow.compat.v1 as tf',
    'from tensorflow.contrib import tpu as contrib_tpu',
    '"""Docs mention tf.Session() and tf.placeholder."""',
    'x = tf.placeholder(tf.float32)  # tf.Session()',
    'with tf.Session() as sess:',
    '    saver = tf.train.Saver()',
    '    estimator = contrib_tpu.TPUEstimator()',
    '',
  ].join('\n'),
  '.gitignore': 'build/\n*.generated.py\n!keep.generated.py\n',
  'build/lib/train.py': 'import torch\ntorch.save(m, "x.pt")\n',
  'models/old.generated.py': 'import torch\n',
  'models/keep.generated.py': 'import tensorflow as tf\ntf.Session()\n',
  'models/.gitignore': 'scratch.py\n',
  'models/scratch.py': 'import jax\n',
  '.venv/lib/python3.7/site-packages/torch/__init__.py': 'import torch\n',
  'env/pyvenv.cfg': 'home = /usr/bin\n',
  'env/lib/site.py': 'import jax\n',
  'conda-env/conda-meta/history': '',
  'conda-env/lib/x.py': 'import sklearn\n',
  'node_modules/pkg/requirements.txt': 'torch==2.0\n',
  '.git/requirements.txt': 'torch==2.0\n',
};

let repository: string;

beforeAll(async () => {
  repository = await writeRepository(LEGACY_REPOSITORY);
});

afterAll(async () => {
  await rm(repository, { recursive: true, force: true });
});

async function scanJson(dir: string): Promise<ScanFindings> {
  const run = await runMmt(['scan', dir, '--json']);
  expect(run.status, run.stderr).toBe(0);
  return scanFindingsSchema.parse(JSON.parse(run.stdout));
}

describe('mmt scan --json', () => {
  it('prints one document that the scans schema accepts', async () => {
    const findings = await scanJson(repository);
    expect(findings.root).toBe(repository);
    expect(findings.primary).toEqual({ framework: 'tensorflow', version: '==1.15.2', family: 'TensorFlow 1.x' });
    expect(findings.tf1Apis.byApi).toEqual({ Session: 2, placeholder: 1, 'train.Saver': 1, contrib: 2 });
    expect(findings.serialization).toEqual([{ format: 'tf-saver', file: 'train.py', line: 6 }]);
  });

  it('follows -r includes and reports evidence with file and line', async () => {
    const [tensorflow] = (await scanJson(repository)).frameworks;
    expect(tensorflow?.evidence.slice(0, 2)).toEqual([
      { file: 'ci/pins.in', line: 1, text: 'tensorflow-gpu==1.15.2' },
      { file: 'Dockerfile', line: 1, text: 'FROM tensorflow/tensorflow:1.15.5-gpu-py3' },
    ]);
  });

  it('honours .gitignore files and skips environments, node_modules and .git', async () => {
    const findings = await scanJson(repository);
    expect(findings.frameworks.map((entry) => entry.framework)).toEqual(['tensorflow']);
    const files = new Set([
      ...findings.frameworks.flatMap((entry) => entry.evidence.map((evidence) => evidence.file)),
      ...findings.tf1Apis.occurrences.map((occurrence) => occurrence.file),
    ]);
    expect([...files].sort()).toEqual(['Dockerfile', 'ci/pins.in', 'models/keep.generated.py', 'train.py']);
    expect(findings.filesScanned).toBe(5);
  });

  it('keeps stdout for the document: progress goes to stderr', async () => {
    const run = await runMmt(['scan', repository, '--json', '--verbose']);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toContain('mmt: scanned 5 files');
  });
});

describe('mmt scan (text)', () => {
  it('summarizes frameworks, the primary one, TF1 API uses and serialization', async () => {
    const run = await runMmt(['scan', '.'], { cwd: repository });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Primary framework: tensorflow ==1.15.2 — TensorFlow 1.x');
    expect(run.stdout).toContain('    ci/pins.in:1  tensorflow-gpu==1.15.2');
    expect(run.stdout).toMatch(/TF1 API uses: 6\n {2}Session +2 {2}models\/keep\.generated\.py:2, train\.py:5\n/);
    expect(run.stdout).toMatch(/ {2}contrib +2 {2}train\.py:2, train\.py:7\n/);
    expect(run.stdout).toContain('Serialization\n  tf-saver  train.py:6');
  });

  it('cuts long lists with a count', async () => {
    const dir = await writeRepository({ 'a.py': `import tensorflow as tf\n${'tf.Session()\n'.repeat(12)}` });
    const run = await runMmt(['scan', dir]);
    expect(run.stdout).toContain('a.py:2, a.py:3, a.py:4, a.py:5, a.py:6, … and 7 more');
    await rm(dir, { recursive: true });
  });

  it('says so when a repository has no Python, and exits 0', async () => {
    const dir = await writeRepository({ 'index.js': 'console.log("tf.Session()")\n', 'README.md': '# A web app\n' });
    const text = await runMmt(['scan', dir]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('No Python code or Python dependency files found.');
    const json = await runMmt(['scan', dir, '--json']);
    expect(scanFindingsSchema.parse(JSON.parse(json.stdout))).toMatchObject({ primary: null, frameworks: [] });
    await rm(dir, { recursive: true });
  });

  it('skips files over 2 MB', async () => {
    const dir = await writeRepository({
      'big.py': `import torch\n${'#'.repeat(2 * 1024 * 1024)}\n`,
      'small.py': 'import jax\n',
    });
    const findings = await scanJson(dir);
    expect(findings.frameworks.map((entry) => entry.framework)).toEqual(['jax']);
    const verbose = await runMmt(['scan', dir, '--verbose']);
    expect(verbose.stderr).toContain('mmt: skipped big.py: 2.0 MB is over 2 MB');
    await rm(dir, { recursive: true });
  });
});

describe('exit codes and errors', () => {
  it.each([
    [
      'a folder that does not exist',
      ['scan', '/no/such/folder'],
      'mmt: cannot read /no/such/folder: no such file or directory\n',
    ],
    ['an unknown option', ['scan', '--bogus'], "error: unknown option '--bogus'"],
    ['too many arguments', ['scan', 'a', 'b'], 'error: too many arguments'],
    ['an unknown command', ['scna'], "error: unknown command 'scna'"],
  ])('exits 2 on %s', async (_case, args, message) => {
    const run = await runMmt(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(message)).toBe(true);
  });

  it('exits 2 when DIR is a file', async () => {
    const run = await runMmt(['scan', path.join(repository, 'train.py')]);
    expect([run.status, run.stderr]).toEqual([2, `mmt: ${path.join(repository, 'train.py')} is not a directory\n`]);
  });

  it.skipIf(process.getuid?.() === 0)('exits 2 on a file it cannot read', async () => {
    const dir = await writeRepository({ 'secret.py': 'import torch\n' });
    await chmod(path.join(dir, 'secret.py'), 0o000);
    const run = await runMmt(['scan', dir]);
    expect([run.status, run.stderr]).toEqual([2, 'mmt: cannot read secret.py: permission denied\n']);
    await rm(dir, { recursive: true, force: true });
  });

  it('prints its version, the product version', async () => {
    const { version } = JSON.parse(await readFile(path.join(path.dirname(MMT), '../../../package.json'), 'utf8'));
    expect(await runMmt(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('runs as one file with plain node, nothing installed beside it', async () => {
    const alone = await mkdtemp(path.join(tmpdir(), 'mmt-alone-'));
    await copyFile(MMT, path.join(alone, 'mmt.mjs'));
    const run = await runMmt(['scan', repository, '--json'], { cwd: alone, mmt: path.join(alone, 'mmt.mjs') });
    expect(run.status, run.stderr).toBe(0);
    expect(scanFindingsSchema.safeParse(JSON.parse(run.stdout)).success).toBe(true);
    await rm(alone, { recursive: true });
  });
});
