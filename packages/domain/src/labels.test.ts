import { describe, expect, it } from 'vitest';
import { frameworkLabel, joinLabels } from './labels.js';
import type { Framework } from './vocabularies.js';

describe('frameworkLabel', () => {
  it.each<[Framework, string | null | undefined, string]>([
    ['tensorflow', '1.15', 'TensorFlow 1.15'],
    ['keras', '2.2', 'Keras 2.2'],
    ['pytorch', '1.5.0', 'PyTorch 1.5.0'],
    ['jax', '', 'JAX'],
    ['jax', null, 'JAX'],
    ['onnx', ' 1.8 ', 'ONNX 1.8'],
    ['sklearn', undefined, 'scikit-learn'],
    ['other', '', 'another framework'],
    ['unknown', null, 'Unknown'],
  ])('%s %j → %s', (framework, version, expected) => {
    expect(frameworkLabel(framework, version)).toBe(expected);
  });
});

describe('joinLabels', () => {
  it.each<[string[], string]>([
    [[], ''],
    [['JAX'], 'JAX'],
    [['Keras', 'JAX'], 'Keras and JAX'],
    [['TensorFlow', 'Keras', 'PyTorch'], 'TensorFlow, Keras and PyTorch'],
  ])('%j → %s', (labels, expected) => {
    expect(joinLabels(labels)).toBe(expected);
  });
});
