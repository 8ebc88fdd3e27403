import { describe, expect, it } from 'vitest';
import { normalizeName, parseRequirement, requirementOfUrl } from './requirement.js';
import { parseRequirementsFile } from './requirements-txt.js';
import { fixture } from './testing.js';

describe('parseRequirement (PEP 508)', () => {
  it.each([
    ['tensorflow==1.15.2', 'tensorflow', '==1.15.2'],
    ['tensorflow >= 2.3, < 3', 'tensorflow', '>= 2.3, < 3'],
    ['tensorflow~=1.15', 'tensorflow', '~=1.15'],
    ['tensorflow!=2.0.*', 'tensorflow', '!=2.0.*'],
    ['tensorflow<2', 'tensorflow', '<2'],
    ['tensorflow===1.15.0', 'tensorflow', '===1.15.0'],
    ['tensorflow[and-cuda]>=2.15', 'tensorflow', '>=2.15'],
    ['tensorflow [and-cuda] ==2.15.0', 'tensorflow', '==2.15.0'],
    ['tensorflow-gpu==1.15 ; python_version < "3.8"', 'tensorflow-gpu', '==1.15'],
    ['tensorflow;platform_system!="Darwin"', 'tensorflow', ''],
    ['Keras (>=2.2.4)', 'Keras', '>=2.2.4'],
    ['torch==1.5.0+cu101', 'torch', '==1.5.0+cu101'],
    ['tf-nightly==2.5.0.dev20210101', 'tf-nightly', '==2.5.0.dev20210101'],
    ['torch', 'torch', ''],
    [
      'torch @ https://download.pytorch.org/whl/cu101/torch-1.5.0%2Bcu101-cp37-cp37m-linux_x86_64.whl',
      'torch',
      '==1.5.0+cu101',
    ],
    ['tf-models @ git+https://github.com/tensorflow/models.git@v2.3.0', 'tf-models', ''],
    [
      'https://files.pythonhosted.org/packages/tensorflow-1.15.0-cp37-cp37m-manylinux2010_x86_64.whl',
      'tensorflow',
      '==1.15.0',
    ],
    ['git+https://github.com/keras-team/keras.git@2.3.1#egg=keras', 'keras', ''],
    ['./vendor/torch-1.4.0.tar.gz', 'torch', '==1.4.0'],
  ])('%s', (text, name, specifier) => expect(parseRequirement(text)).toEqual({ name, specifier }));

  it.each(['', '--index-url https://x', 'tensorflow >= 1.15 junk', 'git+https://github.com/org/repo.git', '=1.0'])(
    '%s is not a requirement',
    (text) => expect(parseRequirement(text)).toBeNull(),
  );

  it.each([
    ['TensorFlow-GPU', 'tensorflow-gpu'],
    ['tensorflow_gpu', 'tensorflow-gpu'],
    ['scikit.learn', 'scikit-learn'],
    ['Scikit__Learn', 'scikit-learn'],
  ])('normalizes %s', (name, normalized) => expect(normalizeName(name)).toBe(normalized));

  it('reads a URL with no distribution in it as nothing', () =>
    expect(requirementOfUrl('https://example.com/simple/')).toBeNull());

  it.each([
    ['/%', null],
    ['https://x/tensorflow-1.15.0-cp37-none-any.whl%zz', null],
    ['https://x/torch-1.5.0%2Bcu101-cp37-cp37m-linux_x86_64.whl', { name: 'torch', specifier: '==1.5.0+cu101' }],
  ])('reads a malformed %%-escape in %s as written, never throwing', (url, expected) =>
    expect(requirementOfUrl(url)).toEqual(expected),
  );
});

describe('parseRequirementsFile', () => {
  const read = (text: string) => {
    const file = parseRequirementsFile(text);
    return {
      requirements: file.requirements.map(
        ({ line, requirement }) => `${line} ${requirement.name}${requirement.specifier}`,
      ),
      includes: file.includes.map(({ line, kind, path }) => `${line} ${kind} ${path}`),
    };
  };

  it.each([
    ['comments', 'tensorflow==1.15 # production\n# torch==1.5\n  # keras', ['1 tensorflow==1.15']],
    ['a hash inside a URL fragment', 'git+https://github.com/a/b.git#egg=keras', ['1 keras']],
    [
      'line continuations',
      'tensorflow==1.15 \\\n  --hash=sha256:abc \\\n  --hash=sha256:def\ntorch',
      ['1 tensorflow==1.15', '4 torch'],
    ],
    ['a name split by a continuation', 'tensor\\\nflow==1.15', ['1 tensorflow==1.15']],
    [
      'options',
      '-i https://x\n--index-url https://x\n--extra-index-url https://y\n-f https://z\n--pre\n--trusted-host x\nnumpy',
      ['7 numpy'],
    ],
    ['editable requirements', '-e git+https://github.com/a/b.git#egg=torch\n-e .', ['1 torch']],
    ['CRLF', 'numpy\r\ntorch==1.5\r\n', ['1 numpy', '2 torch==1.5']],
  ])('%s', (_case, text, requirements) => expect(read(text).requirements).toEqual(requirements));

  it.each([
    ['-r base.txt', '1 requirements base.txt'],
    ['-rbase.txt', '1 requirements base.txt'],
    ['--requirement=dev/base.txt', '1 requirements dev/base.txt'],
    ['--requirement base.txt', '1 requirements base.txt'],
    ['-c constraints.txt', '1 constraints constraints.txt'],
    ['--constraint=constraints.txt  # pins', '1 constraints constraints.txt'],
  ])('includes %s', (text, include) => expect(read(text).includes).toEqual([include]));

  it('reads a requirements file', () =>
    expect(read(fixture('requirements.txt'))).toEqual({
      requirements: [
        '8 tensorflow-gpu==1.15.2',
        '10 Keras_Applications>= 1.0.8',
        '11 numpy>=1.16,<1.19',
        '13 tf-models-official',
        '14 torch==1.5.0',
      ],
      includes: ['2 requirements requirements/base.txt', '3 constraints constraints.txt'],
    }));
});
