import { describe, expect, it } from 'vitest';
import { pipfileDeclarations } from './pipfile.js';
import { poetryToPep440 } from './poetry-constraint.js';
import { pyprojectDeclarations } from './pyproject.js';
import { fixture, show } from './testing.js';

describe('poetryToPep440', () => {
  it.each([
    ['^1.15', '>=1.15,<2'],
    ['^1.2.3', '>=1.2.3,<2'],
    ['^0.2.3', '>=0.2.3,<0.3'],
    ['^0.0.3', '>=0.0.3,<0.0.4'],
    ['^0', '>=0,<1'],
    ['~1.15', '>=1.15,<1.16'],
    ['~1.2.3', '>=1.2.3,<1.3'],
    ['~1', '>=1,<2'],
    ['~=1.15', '~=1.15'],
    ['1.15.2', '==1.15.2'],
    ['=1.15.2', '==1.15.2'],
    ['1.15.*', '==1.15.*'],
    ['*', ''],
    ['>=1.11,<2.0', '>=1.11,<2.0'],
    ['>= 1.11, < 2.0', '>=1.11,<2.0'],
    ['^1.15 || ^2.4', '>=1.15,<2||>=2.4,<3'],
  ])('%s → %s', (constraint, specifier) => expect(poetryToPep440(constraint)).toBe(specifier));
});

describe('pyproject.toml', () => {
  it.each([
    [
      'PEP 621 dependencies',
      '[project]\ndependencies = [\n  "tensorflow==1.15.5",\n  "numpy",\n]',
      ['3 tensorflow ==1.15.5 pin'],
    ],
    [
      'one-line dependencies',
      '[project]\ndependencies = ["torch>=2", "keras==2.3.1"]',
      ['2 pytorch >=2 range', '2 keras ==2.3.1 pin'],
    ],
    [
      'optional dependencies',
      '[project.optional-dependencies]\ngpu = ["tensorflow[and-cuda]>=2.15"]',
      ['2 tensorflow >=2.15 range'],
    ],
    ['dependency groups', '[dependency-groups]\ntest = ["torch", {include-group = "lint"}]', ['2 pytorch - declared']],
    [
      'Poetry strings',
      '[tool.poetry.dependencies]\npython = "^3.8"\ntensorflow = "^1.15"',
      ['3 tensorflow ^1.15 range'],
    ],
    [
      'a Poetry table',
      '[tool.poetry.dependencies]\ntorch = { version = "1.5.0", source = "pytorch" }',
      ['2 pytorch 1.5.0 pin'],
    ],
    ['a Poetry sub-table', '[tool.poetry.dependencies.torch]\nversion = "~1.5"', ['1 pytorch ~1.5 range']],
    [
      'a Poetry git dependency',
      '[tool.poetry.dependencies]\nkeras = { git = "https://github.com/keras-team/keras.git" }',
      ['2 keras - declared'],
    ],
    ['Poetry groups', '[tool.poetry.group.ml.dependencies]\njax = "0.4.20"', ['2 jax 0.4.20 pin']],
    ['Poetry dev dependencies', '[tool.poetry.dev-dependencies]\nonnx = "*"', ['2 onnx * declared']],
    ['build requirements', '[build-system]\nrequires = ["tensorflow==2.4.0"]', []],
    ['invalid TOML', '[project\ndependencies = ["torch"]', []],
  ])('%s', (_case, text, expected) => expect(pyprojectDeclarations(text).map(show)).toEqual(expected));

  it('reads a PEP 621 project', () =>
    expect(pyprojectDeclarations(fixture('pyproject-pep621.toml')).map(show)).toEqual([
      '8 pytorch >=2.1, <3 range',
      '9 sklearn ==1.3.2 pin',
      '10 tensorflow >=2.15 range',
      '14 onnx - declared',
      '14 onnx ==1.15.0 pin',
    ]));

  it('reads a Poetry project', () =>
    expect(pyprojectDeclarations(fixture('pyproject-poetry.toml')).map(show)).toEqual([
      '7 tensorflow ^1.15 range',
      '8 keras 2.3.1 pin',
      '9 jax ^0.2.10 || ^0.3 range',
      '14 pytorch ~1.5 range',
      '22 sklearn >=0.22,<0.24 range',
      '19 onnx * declared',
    ]));
});

describe('Pipfile', () => {
  it.each([
    ['a pin', '[packages]\ntensorflow = "==1.15"', ['2 tensorflow ==1.15 pin']],
    ['any version', '[packages]\ntorch = "*"', ['2 pytorch - declared']],
    ['a table', '[packages]\n"tensorflow-gpu" = {version = ">=1.12", index = "pypi"}', ['2 tensorflow >=1.12 range']],
    ['dev packages', '[dev-packages]\nkeras = "==2.2.4"', ['2 keras ==2.2.4 pin']],
    ['other sections', '[requires]\npython_version = "3.7"\n[scripts]\ntorch = "python x.py"', []],
  ])('%s', (_case, text, expected) => expect(pipfileDeclarations(text).map(show)).toEqual(expected));

  it('reads a Pipfile', () =>
    expect(pipfileDeclarations(fixture('Pipfile')).map(show)).toEqual([
      '7 tensorflow ==1.15.5 pin',
      '8 pytorch >=1.4 range',
      '10 keras - declared',
    ]));
});
