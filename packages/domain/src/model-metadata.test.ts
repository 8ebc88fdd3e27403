import { describe, expect, it } from 'vitest';
import {
  byFlavorPriority,
  frameworkNamed,
  frameworksAmong,
  hubLibraryFramework,
  mlflowFlavorMeaning,
} from './model-metadata.js';

const settings = (values: Record<string, string>) => (key: string) => values[key];

describe('mlflowFlavorMeaning', () => {
  it.each<[string, string, Record<string, string>, object | undefined]>([
    ['PyTorch with its version', 'pytorch', { pytorch_version: '1.10' }, { framework: 'pytorch', version: '1.10' }],
    ['Keras 2', 'keras', { keras_module: 'keras', keras_version: '2.3.0' }, { framework: 'keras', version: '2.3.0' }],
    [
      'tf.keras of TensorFlow 2.x',
      'keras',
      { keras_module: 'tensorflow.keras', keras_version: '2.11.0', save_format: 'h5' },
      { framework: 'tensorflow', version: '2.11.0', serialization: 'keras-h5' },
    ],
    [
      'tf.keras of TensorFlow 1.x',
      'keras',
      { keras_module: 'tensorflow.keras', keras_version: '2.2.4-tf' },
      { framework: 'tensorflow' },
    ],
    ['Keras 3 on torch', 'keras', { keras_backend: 'torch' }, { framework: 'pytorch', weak: false }],
    ['Keras 3 on an unknown backend', 'keras', { keras_backend: 'numpy' }, undefined],
    [
      'a TF1 estimator',
      'tensorflow',
      { saved_model_dir: 'tfmodel' },
      { framework: 'tensorflow', serialization: 'savedmodel' },
    ],
    [
      'a Keras model saved by the tensorflow flavor',
      'tensorflow',
      { model_type: 'keras', keras_version: '2.12.0', save_format: 'tf' },
      { framework: 'tensorflow', version: '2.12.0', serialization: 'savedmodel' },
    ],
    ['transformers on tf', 'transformers', { framework: 'tf' }, { framework: 'tensorflow', weak: false }],
    ['transformers naming no framework', 'transformers', {}, { framework: 'pytorch', weak: true }],
    ['ONNX', 'onnx', { onnx_version: '1.14.1' }, { framework: 'onnx', version: '1.14.1', serialization: 'onnx' }],
    [
      'scikit-learn',
      'sklearn',
      { sklearn_version: '1.3.0', serialization_format: 'cloudpickle' },
      { framework: 'sklearn', version: '1.3.0', serialization: 'cloudpickle' },
    ],
    ['a library on PyTorch', 'sentence_transformers', {}, { framework: 'pytorch', weak: false }],
    ['a library the policy does not track', 'xgboost', {}, { framework: 'other' }],
    ['python_function alone', 'python_function', { loader_module: 'mlflow.pyfunc.model' }, undefined],
  ])('%s', (_case, flavor, values, expected) => {
    const meaning = mlflowFlavorMeaning(flavor, settings(values));
    if (expected === undefined) expect(meaning).toBeUndefined();
    else expect(meaning).toMatchObject(expected);
    // A version only where the flavor records one that names a release.
    if (expected && !('version' in expected)) expect(meaning?.version).toBeUndefined();
  });

  it('believes Keras before TensorFlow, and the framework flavors before the others', () => {
    expect(byFlavorPriority(['python_function', 'tensorflow', 'keras', 'onnx'])).toEqual([
      'keras',
      'tensorflow',
      'onnx',
      'python_function',
    ]);
  });
});

describe('hubLibraryFramework', () => {
  it.each<[string, object | undefined]>([
    ['transformers', { framework: 'pytorch', weak: true }],
    ['timm', { framework: 'pytorch', weak: false }],
    ['Keras', { framework: 'keras', weak: false }],
    ['skops', { framework: 'sklearn', weak: false }],
    ['t5x', { framework: 'jax', weak: false }],
    ['spacy', undefined],
  ])('%s', (library, expected) => expect(hubLibraryFramework(library)).toEqual(expected));
});

describe('frameworkNamed and frameworksAmong', () => {
  it.each([
    ['torch', 'pytorch'],
    [' Scikit-Learn ', 'sklearn'],
    ['tf', 'tensorflow'],
    ['caffe', undefined],
  ])('%s → %s', (name, framework) => expect(frameworkNamed(name)).toBe(framework));

  it('lists each framework named among labels once', () =>
    expect(frameworksAmong(['pytorch', 'ner', 'torch', 'tf'])).toEqual(['pytorch', 'tensorflow']));
});
