import type { Framework } from './vocabularies.js';

export const FRAMEWORK_DISPLAY_NAMES: Record<Framework, string> = {
  tensorflow: 'TensorFlow',
  keras: 'Keras',
  pytorch: 'PyTorch',
  jax: 'JAX',
  onnx: 'ONNX',
  sklearn: 'scikit-learn',
  other: 'another framework',
  unknown: 'Unknown',
};

/** The framework as people write it: "TensorFlow 1.15", "PyTorch 1.5.0", or "JAX" when no version is recorded. */
export function frameworkLabel(framework: Framework, frameworkVersion?: string | null): string {
  const version = (frameworkVersion ?? '').trim();
  const name = FRAMEWORK_DISPLAY_NAMES[framework];
  return version ? `${name} ${version}` : name;
}

/** "TensorFlow, Keras and PyTorch". */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
