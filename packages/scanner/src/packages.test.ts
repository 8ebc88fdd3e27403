import { describe, expect, it } from 'vitest';
import { packageDeclaration } from './packages.js';
import { show } from './testing.js';

describe('packageDeclaration', () => {
  it.each([
    ['tensorflow', '==1.15.2', '1 tensorflow ==1.15.2 pin'],
    ['tensorflow-gpu', '>=1.12,<2', '1 tensorflow >=1.12,<2 range'],
    ['TensorFlow_CPU', '~=2.4', '1 tensorflow ~=2.4 range'],
    ['tf-nightly', '', '1 tensorflow - declared'],
    ['tensorflow', '', '1 tensorflow - declared'],
    ['keras', '==2.2.4', '1 keras ==2.2.4 pin'],
    ['keras', '>=2.0', '1 keras >=2.0 range'],
    ['keras', '>=3.0', '1 other >=3.0 range'],
    ['keras', '==3.3.3', '1 other ==3.3.3 pin'],
    ['keras', '', '1 keras - declared'],
    ['torch', '==1.5.0+cu101', '1 pytorch ==1.5.0+cu101 pin'],
    ['pytorch', '==1.5.*', '1 pytorch ==1.5.* range'],
    ['torchvision', '==0.6.0', '1 pytorch - declared'],
    ['transformers', '==4.30.2', '1 pytorch - import'],
    ['jax', '>=0.4', '1 jax >=0.4 range'],
    ['jaxlib', '==0.4.20', '1 jax ==0.4.20 pin'],
    ['flax', '==0.7', '1 jax - declared'],
    ['onnx', '==1.14.0', '1 onnx ==1.14.0 pin'],
    ['onnxruntime-gpu', '==1.16', '1 onnx - declared'],
    ['scikit-learn', '==1.3.2', '1 sklearn ==1.3.2 pin'],
    ['sklearn', '', '1 sklearn - declared'],
  ])('%s %s', (name, specifier, expected) => {
    const declaration = packageDeclaration(name, 1, specifier);
    expect(declaration && show(declaration)).toBe(expected);
  });

  it.each(['numpy', 'tensorflow-serving-api', 'tensorflow-hub', 'keras-applications', 'tensorboard', 'constructor'])(
    '%s names no framework',
    (name) => expect(packageDeclaration(name, 1, '==1.0')).toBeNull(),
  );

  it('keeps a version written with a variable, with nothing to read in it', () =>
    expect(packageDeclaration('tensorflow', 3, '', '==${TF_VERSION}')).toEqual({
      framework: 'tensorflow',
      version: '==${TF_VERSION}',
      specifier: null,
      strength: 'declared',
      line: 3,
    }));
});
