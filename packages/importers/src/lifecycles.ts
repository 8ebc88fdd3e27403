import type { Lifecycle } from '@mmt/domain';

// How tags, stages and catalogs write a lifecycle.
const LIFECYCLE_NAMES: Readonly<Record<string, Lifecycle>> = {
  research: 'research',
  experimental: 'research',
  experiment: 'research',
  dev: 'development',
  development: 'development',
  staging: 'staging',
  stage: 'staging',
  prod: 'production',
  production: 'production',
  live: 'production',
  deprecated: 'deprecated',
  archived: 'deprecated',
  retired: 'retired',
};

/** The lifecycle a word stands for, or undefined. */
export function lifecycleNamed(word: string): Lifecycle | undefined {
  return LIFECYCLE_NAMES[word.trim().toLowerCase()];
}
