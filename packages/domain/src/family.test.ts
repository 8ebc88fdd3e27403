import { describe, expect, it } from 'vitest';
import { frameworkFamily, majorVersion } from './family.js';

describe('frameworkFamily', () => {
  it.each([
    ['tensorflow', '1.15.2', 'TensorFlow 1.x'],
    ['tensorflow', '1.5', 'TensorFlow 1.x'],
    ['tensorflow', 'v1.14', 'TensorFlow 1.x'],
    ['tensorflow', '2.2', 'TensorFlow 2.x'],
    ['tensorflow', '2.12.0', 'TensorFlow 2.x'],
    ['tensorflow', '', 'TensorFlow'],
    ['tensorflow', null, 'TensorFlow'],
    ['tensorflow', 'nightly', 'TensorFlow'],
    // Keras: the TensorFlow its release runs on.
    ['keras', '1.2.2', 'TensorFlow 1.x'],
    ['keras', '2.1.6', 'TensorFlow 1.x'],
    ['keras', '2.2.4', 'TensorFlow 1.x'],
    ['keras', '2.2', 'TensorFlow 1.x'],
    ['keras', '2.3.1', 'TensorFlow'],
    ['keras', '2.4.0', 'TensorFlow 2.x'],
    ['keras', '2.15.0', 'TensorFlow 2.x'],
    ['keras', '2', 'TensorFlow'],
    ['keras', '2.x', 'TensorFlow'],
    ['keras', '3.3.3', 'Other'],
    ['keras', '3.x', 'Other'],
    ['keras', '', 'TensorFlow 1.x'],
    ['keras', null, 'TensorFlow 1.x'],
    // tf.keras is TensorFlow's: registered as TensorFlow at its version, or by its own version.
    ['tensorflow', '2.4.1', 'TensorFlow 2.x'],
    ['keras', '2.2.4-tf', 'TensorFlow'],
    ['pytorch', '1.5.0', 'PyTorch'],
    ['jax', '0.4', 'JAX'],
    ['onnx', '1.14', 'Other'],
    ['sklearn', '1.3', 'Other'],
    ['other', '', 'Other'],
    ['unknown', '', 'Unknown'],
    // A version without a framework says nothing about the family.
    ['unknown', '1.15', 'Unknown'],
  ] as const)('%s %s → %s', (framework, version, family) => {
    expect(frameworkFamily(framework, version)).toBe(family);
  });
});

describe('majorVersion', () => {
  it.each([
    ['1.15.2', 1],
    [' 2.0', 2],
    ['V3', 3],
    ['', null],
    ['latest', null],
    [undefined, null],
  ] as const)('%s → %s', (version, major) => expect(majorVersion(version)).toBe(major));
});
