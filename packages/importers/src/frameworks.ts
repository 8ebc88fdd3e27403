import type { Framework } from '@mmt/domain';

// How sources and people write the frameworks the policy tracks.
const FRAMEWORK_NAMES: Readonly<Record<string, Framework>> = {
  tensorflow: 'tensorflow',
  tf: 'tensorflow',
  'tf-keras': 'tensorflow',
  tflite: 'tensorflow',
  keras: 'keras',
  pytorch: 'pytorch',
  torch: 'pytorch',
  jax: 'jax',
  flax: 'jax',
  onnx: 'onnx',
  sklearn: 'sklearn',
  'scikit-learn': 'sklearn',
};

/** The framework a name stands for (`torch`, `scikit-learn`, `tf`), or undefined when it names none we track. */
export function frameworkNamed(name: string): Framework | undefined {
  return FRAMEWORK_NAMES[name.trim().toLowerCase()];
}

/**
 * The frameworks named among free-text labels (tags, topics). One → that framework; several
 * (a card tagged `pytorch`, `tf` and `jax` ships weights for each) say nothing about which one runs.
 */
export function frameworksAmong(labels: readonly string[]): Framework[] {
  return [...new Set(labels.map(frameworkNamed).filter((framework) => framework !== undefined))];
}
