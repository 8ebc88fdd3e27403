import type { Framework } from '@mmt/domain';

/**
 * How strongly a piece of evidence says the repository runs a framework, strongest first: an
 * exact pin, a version range, a declaration without a version, a Dockerfile base image, an import
 * (or a package that only suggests the framework, like `transformers`).
 */
export const STRENGTHS = ['pin', 'range', 'declared', 'image', 'import'] as const;
export type Strength = (typeof STRENGTHS)[number];

/** One piece of evidence that a file declares or uses a framework. */
export interface Declaration {
  framework: Framework;
  /** The version or constraint as written ("==1.15.2", "^1.15", "=1.5", "1.12.0-gpu-py3"), or null. */
  version: string | null;
  /** What the evidence allows as a PEP 440 specifier, for the family rules; null when it says nothing. */
  specifier: string | null;
  strength: Strength;
  line: number;
}
