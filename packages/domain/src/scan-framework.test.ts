import { describe, expect, it } from 'vitest';
import type { FrameworkFamily } from './family.js';
import { scannedRegistryFramework } from './scan-framework.js';
import type { Framework } from './vocabularies.js';

describe('scannedRegistryFramework', () => {
  it.each<[Framework, string | null, FrameworkFamily, string]>([
    ['tensorflow', '==1.15.2', 'TensorFlow 1.x', '1.15.2'],
    ['tensorflow', '=== 2.4.1', 'TensorFlow 2.x', '2.4.1'],
    ['tensorflow', '1.12.0-gpu-py3', 'TensorFlow 1.x', '1.12.0-gpu-py3'],
    ['tensorflow', '<2', 'TensorFlow 1.x', '1.x'],
    ['tensorflow', '>=2.3', 'TensorFlow 2.x', '2.x'],
    // Allows 1.x and 2.x, and the registry reads the same from the text as written.
    ['tensorflow', '>=1.11', 'TensorFlow', '>=1.11'],
    // TF1 API uses settled a range on 1.x.
    ['tensorflow', '>=1.11', 'TensorFlow 1.x', '1.x'],
    ['tensorflow', null, 'TensorFlow', ''],
    ['keras', '==2.2.4', 'TensorFlow 1.x', '2.2.4'],
    ['pytorch', '>=1.4', 'PyTorch', '>=1.4'],
    ['pytorch', `>=1.4,${'!=1.5,'.repeat(10)}<3`, 'PyTorch', ''],
    ['jax', null, 'JAX', ''],
  ])('%s %s (%s) → %s', (framework, version, family, expected) => {
    expect(scannedRegistryFramework({ framework, version, family })).toEqual({ framework, frameworkVersion: expected });
  });

  it('sets nothing when the scan found no framework', () => {
    expect(scannedRegistryFramework(null)).toBeNull();
    expect(scannedRegistryFramework({ framework: 'unknown', version: null, family: 'Unknown' })).toBeNull();
  });
});
