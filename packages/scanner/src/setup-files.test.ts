import { describe, expect, it } from 'vitest';
import { setupCfgRequirements } from './setup-cfg.js';
import { setupPyRequirements } from './setup-py.js';
import { fixture } from './testing.js';

const names = (found: ReturnType<typeof setupPyRequirements>) =>
  found.map(({ line, requirement }) => `${line} ${requirement.name}${requirement.specifier}`);

describe('setup.py, read as text', () => {
  it.each([
    ['install_requires', 'setup(install_requires=[\'tensorflow>=1.12\', "numpy"])', ['1 tensorflow>=1.12', '1 numpy']],
    [
      'extras_require (keys are extra names, not requirements)',
      "setup(\n  extras_require={\n    'tensorflow': ['tensorflow>=1.3.0'],\n    'torch': ['torch==1.5'],\n  })",
      ['3 tensorflow>=1.3.0', '4 torch==1.5'],
    ],
    ['a module-level list', "REQS = ['torch>=1.4']\nsetup(install_requires=REQS)", ['1 torch>=1.4']],
    [
      'a list built up',
      "REQS = ['numpy']\nREQS += ['scipy']\nREQS.append('torch')\nREQS.extend(['keras'])\nsetup(install_requires=REQS)",
      ['1 numpy', '2 scipy', '3 torch', '4 keras'],
    ],
    [
      'lists joined',
      "BASE = ['numpy']\nsetup(install_requires=BASE + ['tensorflow==1.15'])",
      ['1 numpy', '2 tensorflow==1.15'],
    ],
    [
      'a conditional requirement',
      "setup(install_requires=['tensorflow-gpu>=1.12' if GPU else 'tensorflow>=1.12'])",
      ['1 tensorflow-gpu>=1.12', '1 tensorflow>=1.12'],
    ],
    ['a setup kwargs dict', "kwargs = {'install_requires': ['torch']}\nsetup(**kwargs)", ['1 torch']],
    ['the same list twice', "install_requires = ['torch']\nsetup(install_requires=install_requires)", ['1 torch']],
    ['strings elsewhere', "setup(description='needs tensorflow>=1.12', tests_require=['keras'])", []],
    ['a comment', "# install_requires=['torch']\nsetup(name='x')", []],
    ['requirements read at run time', "setup(install_requires=open('requirements.txt').read().splitlines())", []],
  ])('%s', (_case, text, expected) => expect(names(setupPyRequirements(text))).toEqual(expected));

  it('reads a setup.py', () =>
    expect(names(setupPyRequirements(fixture('setup.py')))).toEqual([
      '7 numpy>=1.14',
      '8 six',
      '12 tensorflow-gpu>=1.12,<2',
      '22 tensorflow>=1.12.0',
      '23 tensorflow-serving-api==1.12.0',
      '24 pytest',
      '24 mock',
    ]));
});

describe('setup.cfg', () => {
  it.each([
    ['one per line', '[options]\ninstall_requires =\n    torch>=1.4\n    numpy\n', ['3 torch>=1.4', '4 numpy']],
    ['on the key line, separated by ;', '[options]\ninstall_requires = torch>=1.4; numpy', ['2 torch>=1.4', '2 numpy']],
    ['with a marker', '[options]\ninstall_requires =\n    tensorflow<2; python_version<"3.8"', ['3 tensorflow<2']],
    [
      'extras',
      '[options.extras_require]\ngpu = tensorflow-gpu==1.15\ncpu =\n    tensorflow==1.15',
      ['2 tensorflow-gpu==1.15', '4 tensorflow==1.15'],
    ],
    ['other sections', '[metadata]\ninstall_requires = torch\n[options]\nsetup_requires = torch', []],
    ['comments', '[options]\ninstall_requires =\n    # torch\n    ; keras\n    numpy', ['5 numpy']],
  ])('%s', (_case, text, expected) => expect(names(setupCfgRequirements(text))).toEqual(expected));

  it('reads a setup.cfg', () =>
    expect(names(setupCfgRequirements(fixture('setup.cfg')))).toEqual([
      '7 torch>=1.4,<1.6',
      '8 transformers==2.11.0',
      '10 numpy',
      '13 tensorflow~=1.15',
      '15 pytest',
    ]));
});
