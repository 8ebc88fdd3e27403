import type { Framework } from './vocabularies.js';

export const FRAMEWORK_FAMILIES = [
  'TensorFlow 1.x',
  'TensorFlow 2.x',
  'TensorFlow',
  'PyTorch',
  'JAX',
  'Other',
  'Unknown',
] as const;
export type FrameworkFamily = (typeof FRAMEWORK_FAMILIES)[number];

/** The major version number at the start of a version string ("1.15.2" → 1), or null. */
export function majorVersion(frameworkVersion: string | null | undefined): number | null {
  const match = /^\s*v?(\d+)/i.exec(frameworkVersion ?? '');
  return match ? Number(match[1]) : null;
}

export function frameworkFamily(framework: Framework, frameworkVersion: string | null | undefined): FrameworkFamily {
  switch (framework) {
    case 'keras':
      return 'TensorFlow 1.x';
    case 'tensorflow': {
      const major = majorVersion(frameworkVersion);
      if (major === null) return 'TensorFlow';
      if (major === 1) return 'TensorFlow 1.x';
      if (major === 2) return 'TensorFlow 2.x';
      return 'TensorFlow';
    }
    case 'pytorch':
      return 'PyTorch';
    case 'jax':
      return 'JAX';
    case 'unknown':
      return 'Unknown';
    default:
      return 'Other';
  }
}
