import { describe, expect, it } from 'vitest';
import { fileKind } from './file-kinds.js';
import { mlmodelDeclarations } from './mlmodel.js';
import { modelCardDeclarations } from './model-card.js';
import { fixture, show } from './testing.js';

describe('MLflow MLmodel flavors', () => {
  it.each([
    ['pytorch.MLmodel', ['11 pytorch 1.10 pin']],
    ['keras.MLmodel', ['3 keras 2.3.0 pin']],
    ['tf-keras.MLmodel', ['2 tensorflow - declared']],
    ['tensorflow.MLmodel', ['10 tensorflow 2.12.0 pin']],
    ['keras3.MLmodel', ['2 pytorch - declared']],
    ['transformers.MLmodel', ['4 tensorflow - declared']],
    ['pyfunc.MLmodel', []],
    ['sklearn-onnx.MLmodel', ['2 sklearn 1.2.2 pin', '6 onnx 1.14.0 pin']],
  ])('%s', (file, expected) => expect(mlmodelDeclarations(fixture(`mlmodel/${file}`)).map(show)).toEqual(expected));

  it.each([
    [
      'a TF1 estimator',
      'flavors:\n  tensorflow:\n    saved_model_dir: tfmodel\n    meta_graph_tags: [serve]',
      ['2 tensorflow - declared'],
    ],
    ['transformers without a framework', 'flavors:\n  transformers:\n    task: ner', ['2 pytorch - import']],
    ['an unknown Keras backend', 'flavors:\n  keras:\n    keras_backend: numpy', []],
    ['no flavors', 'artifact_path: model', []],
    ['not YAML', 'flavors: [', []],
  ])('%s', (_case, text, expected) => expect(mlmodelDeclarations(text).map(show)).toEqual(expected));
});

describe('Hugging Face model cards', () => {
  it.each([
    ['library_name transformers', '---\nlicense: mit\nlibrary_name: transformers\n---\n# Card', ['3 pytorch - import']],
    ['library_name keras', '---\nlibrary_name: keras\n---\n', ['2 keras - declared']],
    ['library_name timm', '---\nlibrary_name: timm\n---', ['2 pytorch - declared']],
    ['library_name sklearn', '\uFEFF---\nlibrary_name: sklearn\n---\n', ['2 sklearn - declared']],
    ['an unknown library', '---\nlibrary_name: spacy\n---\n', []],
    ['no front matter', '# Model\nlibrary_name: transformers\n', []],
    ['front matter later in the file', 'Intro\n---\nlibrary_name: keras\n---\n', []],
    ['front matter that is not YAML', '---\nlibrary_name: [\n---\n', []],
  ])('%s', (_case, text, expected) => expect(modelCardDeclarations(text).map(show)).toEqual(expected));

  it('reads a model card', () =>
    expect(modelCardDeclarations(fixture('README.md')).map(show)).toEqual(['5 pytorch - import']));
});

describe('fileKind', () => {
  it.each([
    ['requirements.txt', 'requirements'],
    ['Requirements-GPU.txt', 'requirements'],
    ['services/api/requirements_dev.txt', 'requirements'],
    ['requirements/base.txt', 'requirements'],
    ['requirements/envs/gpu.txt', 'requirements'],
    ['docs/notes.txt', null],
    ['requirements.in', null],
    ['setup.py', 'setup.py'],
    ['pkg/setup.cfg', 'setup.cfg'],
    ['pyproject.toml', 'pyproject'],
    ['Pipfile', 'pipfile'],
    ['Pipfile.lock', null],
    ['environment.yml', 'conda'],
    ['environment-gpu.yaml', 'conda'],
    ['models/ner/conda.yaml', 'conda'],
    ['docker-compose.yml', null],
    ['Dockerfile', 'dockerfile'],
    ['docker/Dockerfile.gpu', 'dockerfile'],
    ['gpu.Dockerfile', 'dockerfile'],
    ['Containerfile', 'dockerfile'],
    ['models/ner-v2/MLmodel', 'mlmodel'],
    ['README.md', 'model-card'],
    ['docs/readme.md', 'model-card'],
    ['train.py', 'python'],
    ['train.pyc', null],
    ['notebook.ipynb', null],
  ])('%s → %s', (path, kind) => expect(fileKind(path)).toBe(kind));
});
