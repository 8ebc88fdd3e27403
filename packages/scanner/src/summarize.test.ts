import { frameworkFamily, SCAN_LIMITS, scanFindingsSchema } from '@mmt/domain';
import { describe, expect, it } from 'vitest';
import { scanFile, type FileFindings } from './scan-file.js';
import { summarizeScan } from './summarize.js';

/** Scans `files` (path → text) as one repository. */
function scan(files: Record<string, string>) {
  const found = Object.entries(files).flatMap(([path, text]) => scanFile(path, text) ?? []);
  return scanFindingsSchema.parse(summarizeScan({ root: '/repo', filesScanned: found.length, files: found }));
}

const frameworks = (files: Record<string, string>) =>
  scan(files).frameworks.map(({ framework, version, family }) => `${framework} ${version ?? '-'} ${family}`);

describe('the primary framework', () => {
  it.each([
    [
      'an exact pin beats a range',
      { 'requirements.txt': 'torch>=1.4\ntensorflow==1.15.2' },
      'tensorflow ==1.15.2 TensorFlow 1.x',
    ],
    [
      'a range beats a Dockerfile image',
      { 'requirements.txt': 'torch>=1.4', Dockerfile: 'FROM tensorflow/tensorflow:1.15.0' },
      'pytorch >=1.4 PyTorch',
    ],
    [
      'a Dockerfile image beats an import',
      { Dockerfile: 'FROM pytorch/pytorch:1.5-cuda10.1-cudnn7-runtime', 'a.py': 'import tensorflow as tf' },
      'pytorch 1.5-cuda10.1-cudnn7-runtime PyTorch',
    ],
    [
      'a framework only in a Dockerfile',
      { Dockerfile: 'FROM tensorflow/tensorflow:1.12.0-gpu-py3', 'a.py': 'import numpy' },
      'tensorflow 1.12.0-gpu-py3 TensorFlow 1.x',
    ],
    ['imports alone', { 'a.py': 'import torch', 'b.py': 'import torch\nimport jax' }, 'pytorch - PyTorch'],
    [
      'transformers is weaker than any declared framework',
      { 'requirements.txt': 'transformers==4.30\njax==0.4.20' },
      'jax ==0.4.20 JAX',
    ],
    ['transformers alone means PyTorch', { 'requirements.txt': 'transformers==4.30' }, 'pytorch - PyTorch'],
    ['a governed framework before others', { 'requirements.txt': 'scikit-learn==1.3.2\ntorch' }, 'pytorch - PyTorch'],
    ['else the strongest other one', { 'requirements.txt': 'scikit-learn==1.3.2\nonnx' }, 'sklearn ==1.3.2 Other'],
    ['Keras 3 is not Keras', { 'requirements.txt': 'keras>=3\ntorch>=2' }, 'pytorch >=2 PyTorch'],
    ['the conda package pytorch', { 'environment.yml': 'dependencies:\n  - pytorch=1.5\n' }, 'pytorch =1.5 PyTorch'],
  ])('%s', (_case, files, primary) => {
    const { framework, version, family } = scan(files).primary ?? { framework: '', version: null, family: '' };
    expect(`${framework} ${version ?? '-'} ${family}`).toBe(primary);
  });

  it('is null for a repository with no framework', () => expect(scan({ 'a.py': 'import os' }).primary).toBeNull());

  it('takes the governed frameworks it is given', () => {
    const found = [scanFile('requirements.txt', 'scikit-learn==1.3.2\ntorch')].flatMap((file) => file ?? []);
    expect(summarizeScan({ root: '/r', filesScanned: 1, files: found, governed: ['sklearn'] }).primary?.framework).toBe(
      'sklearn',
    );
  });
});

describe('families', () => {
  it.each([
    ['a range allowing both majors', { 'requirements.txt': 'tensorflow>=1.11' }, ['tensorflow >=1.11 TensorFlow']],
    [
      'settled by a Dockerfile image',
      { 'requirements.txt': 'tensorflow>=1.11', Dockerfile: 'FROM tensorflow/tensorflow:1.12.0' },
      ['tensorflow >=1.11 TensorFlow 1.x'],
    ],
    [
      'settled by TF1 API uses',
      { 'requirements.txt': 'tensorflow>=1.11', 'a.py': 'import tensorflow as tf\ntf.Session()' },
      ['tensorflow >=1.11 TensorFlow 1.x'],
    ],
    [
      'a 2.x range keeps 2.x despite compat.v1 uses',
      { 'requirements.txt': 'tensorflow>=2.3', 'a.py': 'import tensorflow.compat.v1 as tf\ntf.Session()' },
      ['tensorflow >=2.3 TensorFlow 2.x'],
    ],
    ['tensorflow<2', { 'setup.py': "setup(install_requires=['tensorflow<2'])" }, ['tensorflow <2 TensorFlow 1.x']],
    ['~=1.15', { Pipfile: '[packages]\ntensorflow = "~=1.15"' }, ['tensorflow ~=1.15 TensorFlow 1.x']],
    [
      'an unresolved ARG tag',
      { Dockerfile: 'ARG V=1.15.0\nFROM tensorflow/tensorflow:${V}' },
      ['tensorflow ${V} TensorFlow'],
    ],
    [
      'an NGC image',
      { Dockerfile: 'FROM nvcr.io/nvidia/tensorflow:20.03-tf1-py3' },
      ['tensorflow 20.03-tf1-py3 TensorFlow 1.x'],
    ],
    [
      'the version of the strongest evidence with one',
      { 'requirements.txt': 'tensorflow', Dockerfile: 'FROM tensorflow/tensorflow:2.4.0' },
      ['tensorflow 2.4.0 TensorFlow 2.x'],
    ],
    ['Keras with no version', { 'requirements.txt': 'keras' }, ['keras - TensorFlow 1.x']],
    ['a Keras 2.3 range', { 'requirements.txt': 'keras>=2.3,<3' }, ['keras >=2.3,<3 TensorFlow']],
    ['Keras 3', { 'requirements.txt': 'keras==3.3.3' }, ['other ==3.3.3 Other']],
  ])('%s', (_case, files, expected) => expect(frameworks(files)).toEqual(expected));

  // A repository pinned to a Keras release is scanned as the family the registry gives that release.
  it.each(['1.2.2', '2.2.4', '2.3.1', '2.4.3', '2.11.0', '3.3.3'])('keras==%s agrees with the registry', (version) => {
    const [found] = scan({ 'requirements.txt': `keras==${version}` }).frameworks;
    expect(found?.family).toBe(frameworkFamily('keras', version));
  });
});

describe('evidence', () => {
  it('lists every place, strongest first, each line once', () => {
    const findings = scan({
      'a.py': 'import tensorflow as tf',
      Dockerfile: 'FROM tensorflow/tensorflow:1.15.0\nRUN pip install tensorflow tensorflow-gpu==1.15.0',
      'requirements.txt': 'tensorflow-gpu==1.15.0  # pinned',
    });
    expect(findings.frameworks[0]?.evidence).toEqual([
      { file: 'Dockerfile', line: 2, text: 'RUN pip install tensorflow tensorflow-gpu==1.15.0' },
      { file: 'requirements.txt', line: 1, text: 'tensorflow-gpu==1.15.0  # pinned' },
      { file: 'Dockerfile', line: 1, text: 'FROM tensorflow/tensorflow:1.15.0' },
      { file: 'a.py', line: 1, text: 'import tensorflow as tf' },
    ]);
  });

  it('ignores a commented-out pin', () =>
    expect(frameworks({ 'requirements.txt': '# tensorflow==1.15.2\ntorch==1.5.0' })).toEqual([
      'pytorch ==1.5.0 PyTorch',
    ]));

  it('counts extras_require', () =>
    expect(frameworks({ 'setup.py': "setup(extras_require={'gpu': ['tensorflow-gpu==1.15']})" })).toEqual([
      'tensorflow ==1.15 TensorFlow 1.x',
    ]));
});

describe('bounds', () => {
  const many = (count: number, line: string) => Array.from({ length: count }, () => line).join('\n');

  it('keeps counts exact and cuts the lists', () => {
    const uses = SCAN_LIMITS.occurrences + 10;
    const findings = scan({
      'a.py': `import tensorflow as tf\n${many(uses, 'tf.Session()')}\n${many(SCAN_LIMITS.serialization + 1, 'tf.train.Saver')}`,
      'b.py': many(SCAN_LIMITS.evidencePerFramework + 5, 'import torch'),
    });
    expect(findings.tf1Apis.total).toBe(uses + SCAN_LIMITS.serialization + 1);
    expect(findings.tf1Apis.byApi.Session).toBe(uses);
    expect(findings.tf1Apis.occurrences).toHaveLength(SCAN_LIMITS.occurrences);
    expect(findings.serialization).toHaveLength(SCAN_LIMITS.serialization);
    expect(findings.frameworks.find((entry) => entry.framework === 'pytorch')?.evidence).toHaveLength(
      SCAN_LIMITS.evidencePerFramework,
    );
  });

  it('cuts long evidence lines and versions', () => {
    const version = `==1.15.${'0'.repeat(300)}`;
    const [entry] = scan({ 'requirements.txt': `tensorflow${version}` }).frameworks;
    expect(entry?.version).toHaveLength(SCAN_LIMITS.version);
    expect(entry?.evidence[0]?.text).toHaveLength(SCAN_LIMITS.text);
  });

  it('leaves out files whose path is too long to report', () => {
    const found = scanFile(`${'d/'.repeat(SCAN_LIMITS.path)}a.py`, 'import torch') as FileFindings;
    expect(summarizeScan({ root: '/r', filesScanned: 1, files: [found] }).frameworks).toEqual([]);
  });
});
