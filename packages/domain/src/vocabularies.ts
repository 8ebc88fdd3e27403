/** Frameworks a model can be judged on, and a policy can name. */
export const KNOWN_FRAMEWORKS = ['tensorflow', 'keras', 'pytorch', 'jax', 'onnx', 'sklearn', 'other'] as const;
export type KnownFramework = (typeof KNOWN_FRAMEWORKS)[number];

/** `unknown`: no source said which framework (an imported model); it waits to be triaged. */
export const FRAMEWORKS = [...KNOWN_FRAMEWORKS, 'unknown'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/** Whether a policy's list names the framework (such lists hold known frameworks only, so never `unknown`). */
export function listsFramework(list: readonly Framework[], framework: Framework): boolean {
  return list.includes(framework);
}

export const LIFECYCLES = ['research', 'development', 'staging', 'production', 'deprecated', 'retired'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

export const DEPLOYMENT_TARGETS = ['server', 'batch', 'mobile', 'edge', 'browser'] as const;
export type DeploymentTarget = (typeof DEPLOYMENT_TARGETS)[number];

export const MIGRATION_STATUSES = ['none', 'planned', 'in_progress', 'done'] as const;
export type MigrationStatus = (typeof MIGRATION_STATUSES)[number];

/** Suggestions for the free-text fields; any value is accepted. */
export const SERVING_STACK_SUGGESTIONS = [
  'tf-serving',
  'torchserve',
  'fastapi',
  'flask',
  'tf-lite',
  'triton',
  'none',
] as const;
export const SERIALIZATION_SUGGESTIONS = [
  'savedmodel',
  'tf-saver',
  'keras-h5',
  'torchscript',
  'torch-save',
  'onnx',
] as const;

export const VERDICT_STATUSES = [
  'violation',
  'warning',
  'unknown',
  'exception',
  'compliant',
  'grandfathered',
  'out_of_scope',
  'retired',
] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];
