import { describe, expect, it } from 'vitest';
import { frameworkLabel, humanize, joinLabels } from './labels.js';
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
    ['other', '', 'Other'],
    ['other', '0.3', 'Other 0.3'],
    ['unknown', null, 'Unknown'],
  ])('%s %j → %s', (framework, version, expected) => {
    expect(frameworkLabel(framework, version)).toBe(expected);
  });

  it.each<[Framework, string, string]>([
    ['other', '', 'another framework'],
    ['other', '0.3', 'another framework 0.3'],
    ['tensorflow', '1.15', 'TensorFlow 1.15'],
  ])('in a sentence: %s %j → %s', (framework, version, expected) => {
    expect(frameworkLabel(framework, version, { inSentence: true })).toBe(expected);
  });
});

describe('humanize', () => {
  it.each([
    ['in_progress', 'In progress'],
    ['out_of_scope', 'Out of scope'],
    ['server', 'Server'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(humanize(value)).toBe(expected);
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
