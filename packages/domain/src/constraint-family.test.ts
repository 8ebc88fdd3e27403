import { describe, expect, it } from 'vitest';
import { constraintFamily, settledFamily } from './constraint-family.js';

describe('constraintFamily', () => {
  it.each([
    ['tensorflow', '>=2.3', 'TensorFlow 2.x'],
    ['tensorflow', '==1.15.2', 'TensorFlow 1.x'],
    ['tensorflow', '>=1.11', 'TensorFlow'],
    ['tensorflow', '<2', 'TensorFlow 1.x'],
    ['tensorflow', '~=1.15', 'TensorFlow 1.x'],
    ['tensorflow', '==2.*', 'TensorFlow 2.x'],
    ['tensorflow', '>=1.15,<2.0', 'TensorFlow 1.x'],
    ['tensorflow', '==1.14||==1.15', 'TensorFlow 1.x'],
    ['tensorflow', '==1.15||>=2', 'TensorFlow'],
    ['tensorflow', '', 'TensorFlow'],
    ['tensorflow', null, 'TensorFlow'],
    ['tensorflow', '>=3', 'TensorFlow'],
    ['keras', '==2.2.4', 'TensorFlow 1.x'],
    ['keras', '<2.3', 'TensorFlow 1.x'],
    ['keras', '~=2.3.0', 'TensorFlow'],
    ['keras', '>=2.4', 'TensorFlow 2.x'],
    ['keras', '==2.11.0', 'TensorFlow 2.x'],
    ['keras', '>=2.3', 'TensorFlow'],
    ['keras', '<3', 'TensorFlow'],
    ['keras', '==3.3.3', 'Other'],
    ['keras', '', 'TensorFlow 1.x'],
    ['pytorch', '==1.5.0', 'PyTorch'],
    ['pytorch', '>=1.4', 'PyTorch'],
    ['jax', '>=0.4', 'JAX'],
    ['onnx', '==1.14', 'Other'],
    ['sklearn', '', 'Other'],
  ] as const)('%s %s → %s', (framework, specifier, family) =>
    expect(constraintFamily(framework, specifier)).toBe(family),
  );
});

describe('settledFamily', () => {
  it.each([
    ['a range alone', 'tensorflow', ['>=1.11'], 0, 'TensorFlow'],
    ['a range settled by a 1.x image', 'tensorflow', ['>=1.11', '==1.12.0'], 0, 'TensorFlow 1.x'],
    ['a range settled by a 2.x image', 'tensorflow', ['>=1.11', '==2.4.0'], 0, 'TensorFlow 2.x'],
    ['a range settled by TF1 API uses', 'tensorflow', ['>=1.11'], 3, 'TensorFlow 1.x'],
    ['no version, settled by TF1 API uses', 'tensorflow', [''], 1, 'TensorFlow 1.x'],
    ['a 2.x range that TF1 API uses do not overrule', 'tensorflow', ['>=2.3'], 12, 'TensorFlow 2.x'],
    ['a weaker image that does not overrule', 'tensorflow', ['>=2.3', '==1.12.0'], 0, 'TensorFlow 2.x'],
    ['a pin that a weaker range does not overrule', 'tensorflow', ['==1.15.2', '>=2'], 0, 'TensorFlow 1.x'],
    ['an unknown version then an image', 'tensorflow', [null, '==2.1.0'], 0, 'TensorFlow 2.x'],
    ['no evidence with a version', 'tensorflow', [null, ''], 0, 'TensorFlow'],
    ['PyTorch with TF1 API uses nearby', 'pytorch', ['==1.5'], 4, 'PyTorch'],
    ['Keras', 'keras', ['==2.2.4'], 0, 'TensorFlow 1.x'],
    ['Keras 2.4 and later', 'keras', ['>=2.4'], 0, 'TensorFlow 2.x'],
    [
      'Keras 2.4 and later with TF1 API uses (Keras is not where they come from)',
      'keras',
      ['>=2.4'],
      5,
      'TensorFlow 2.x',
    ],
    ['Keras 2 settled by TF1 API uses', 'keras', ['>=2.0,<3'], 2, 'TensorFlow 1.x'],
    ['Keras 2 without TF1 API uses', 'keras', ['>=2.0,<3'], 0, 'TensorFlow'],
    ['Keras 3', 'keras', ['>=3'], 0, 'Other'],
  ] as const)('%s', (_case, framework, specifiers, tf1ApiUses, family) =>
    expect(settledFamily(framework, specifiers, tf1ApiUses)).toBe(family),
  );
});
