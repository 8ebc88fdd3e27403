import { describe, expect, it } from 'vitest';
import { condaEnvironment, parseCondaSpec } from './conda.js';
import { fixture, show } from './testing.js';

describe('parseCondaSpec', () => {
  it.each([
    ['pytorch', 'pytorch', null, ''],
    ['pytorch=1.5', 'pytorch', '=1.5', '==1.5.*'],
    ['pytorch=1.5.0=py3.7_cuda10.1.243_cudnn7.6.3_0', 'pytorch', '=1.5.0=py3.7_cuda10.1.243_cudnn7.6.3_0', '==1.5.0'],
    ['tensorflow-gpu==1.15', 'tensorflow-gpu', '==1.15', '==1.15'],
    ['pytorch::pytorch>=1.4', 'pytorch', '>=1.4', '>=1.4'],
    ['conda-forge/linux-64::tensorflow 2.3.*', 'tensorflow', '2.3.*', '==2.3.*'],
    ['tensorflow 1.15', 'tensorflow', '1.15', '==1.15'],
    ['tensorflow 1.15.0 gpu_py37h0f0df58_0', 'tensorflow', '1.15.0 gpu_py37h0f0df58_0', '==1.15.0'],
    ['tensorflow 1.14|1.15', 'tensorflow', '1.14|1.15', '==1.14||==1.15'],
    ['tensorflow >=1.14,<2', 'tensorflow', '>=1.14,<2', '>=1.14,<2'],
    ['tensorflow=1.15*', 'tensorflow', '=1.15*', '==1.15.*'],
    ["pytorch[version='>=1.4']", 'pytorch', '>=1.4', '>=1.4'],
    ['pytorch::pytorch=1.6=*cuda9.2*', 'pytorch', '=1.6=*cuda9.2*', '==1.6'],
    ['pytorch::pytorch>=2.0,<2.2.0a0', 'pytorch', '>=2.0,<2.2.0a0', '>=2.0,<2.2.0a0'],
  ])('%s', (spec, name, version, specifier) => expect(parseCondaSpec(spec)).toEqual({ name, version, specifier }));
});

describe('conda environment files', () => {
  const read = (text: string) => {
    const { declarations, pip } = condaEnvironment(text);
    return {
      declarations: declarations.map(show),
      pip: pip.requirements.map(({ line }) => line),
      includes: pip.includes,
    };
  };

  it.each([
    [
      'the conda package pytorch is PyTorch',
      'dependencies:\n  - pytorch=1.5\n  - torchvision',
      ['2 pytorch =1.5 range', '3 pytorch - declared'],
    ],
    ['a channel prefix', 'dependencies:\n  - pytorch::pytorch==1.5.0', ['2 pytorch ==1.5.0 pin']],
    ['tensorflow-gpu', 'dependencies:\n- tensorflow-gpu==1.15', ['2 tensorflow ==1.15 pin']],
    ['a commented-out pin', 'dependencies:\n  # - tensorflow=1.15\n  - python=3.7', []],
    ['no dependencies', 'name: empty\nchannels: [defaults]', []],
    ['not YAML', 'dependencies: [\n', []],
    ['a number for a version', 'dependencies:\n  - keras=2.3', ['2 keras =2.3 range']],
  ])('%s', (_case, text, expected) => expect(read(text).declarations).toEqual(expected));

  it('reads the pip list inside', () => {
    const { declarations, pip } = condaEnvironment(
      'dependencies:\n  - pip\n  - pip:\n    - torch==1.5\n    - -r extra.txt\n',
    );
    expect([
      declarations,
      pip.requirements.map(({ line, requirement }) => `${line} ${requirement.name}`),
      pip.includes,
    ]).toEqual([[], ['4 torch'], [{ kind: 'requirements', path: 'extra.txt', line: 5 }]]);
  });

  it('reads an environment.yml', () =>
    expect(read(fixture('environment.yml'))).toEqual({
      declarations: [
        '8 pytorch =1.5 range',
        '9 pytorch - declared',
        '11 tensorflow ==1.15.0 pin',
        '13 sklearn 0.23.* range',
      ],
      pip: [17, 18],
      includes: [{ kind: 'requirements', path: 'requirements-pip.txt', line: 16 }],
    }));
});
