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

/** The minor version number after the major ("2.2.4" → 2), or null ("2", "2.x"). */
function minorVersion(frameworkVersion: string | null | undefined): number | null {
  const match = /^\s*v?\d+\.(\d+)/i.exec(frameworkVersion ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * The TensorFlow a Keras release runs on. Keras up to 2.2 ran on TensorFlow 1.x (or Theano); 2.3
 * on TensorFlow 1.14, 1.15 or 2.0; from 2.4 it is tf.keras, TensorFlow 2.x; Keras 3 runs on
 * TensorFlow, JAX or PyTorch, whichever is installed, so it names no family of the policy's. A
 * tf.keras version (`2.2.4-tf`) came with several TensorFlow releases (1.13 to 2.2). Without a
 * version: the Keras of the TensorFlow 1.x era, which is how the legacy models were written.
 */
function kerasFamily(frameworkVersion: string | null | undefined): FrameworkFamily {
  const major = majorVersion(frameworkVersion);
  const minor = minorVersion(frameworkVersion);
  if (major === null) return 'TensorFlow 1.x';
  if (major >= 3) return 'Other';
  if (major < 2) return 'TensorFlow 1.x';
  if (minor === null || /-tf$/i.test(frameworkVersion!.trim())) return 'TensorFlow';
  return minor <= 2 ? 'TensorFlow 1.x' : minor === 3 ? 'TensorFlow' : 'TensorFlow 2.x';
}

export function frameworkFamily(framework: Framework, frameworkVersion: string | null | undefined): FrameworkFamily {
  switch (framework) {
    case 'keras':
      return kerasFamily(frameworkVersion);
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
