import type { PortfolioKpis } from './kpis.js';
import type { CodeState } from './contract/scans.js';
import type { ChangeGroup } from './review.js';
import type { Framework, MigrationStatus, VerdictStatus } from './vocabularies.js';

// How the vocabularies read for people, in one place for the web, the reports and the verdict reasons.

/** A framework's name on its own: a table cell, an option, a chart legend. */
export const FRAMEWORK_LABELS: Record<Framework, string> = {
  tensorflow: 'TensorFlow',
  keras: 'Keras',
  pytorch: 'PyTorch',
  jax: 'JAX',
  onnx: 'ONNX',
  sklearn: 'scikit-learn',
  other: 'Other',
  unknown: 'Unknown',
};

/** A framework's name inside a sentence: "uses another framework". */
export const FRAMEWORK_DISPLAY_NAMES: Record<Framework, string> = { ...FRAMEWORK_LABELS, other: 'another framework' };

/**
 * The framework as people write it: "TensorFlow 1.15", "PyTorch 1.5.0", or "JAX" when no version is
 * recorded; `inSentence` names `other` as "another framework".
 */
export function frameworkLabel(
  framework: Framework,
  frameworkVersion?: string | null,
  { inSentence = false }: { inSentence?: boolean } = {},
): string {
  const version = (frameworkVersion ?? '').trim();
  const name = (inSentence ? FRAMEWORK_DISPLAY_NAMES : FRAMEWORK_LABELS)[framework];
  return version ? `${name} ${version}` : name;
}

export const VERDICT_LABELS: Record<VerdictStatus, string> = {
  violation: 'Violation',
  warning: 'Warning',
  unknown: 'To triage',
  exception: 'Exception',
  compliant: 'Compliant',
  grandfathered: 'Grandfathered',
  out_of_scope: 'Out of scope',
  retired: 'Retired',
};

export const MIGRATION_LABELS: Record<MigrationStatus, string> = {
  none: 'None',
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
};

/** The review's headline numbers, as tiles, tables and comparisons name them. */
export const KPI_LABELS: Record<keyof PortfolioKpis, string> = {
  modelsInProduction: 'Models in production',
  newProjectComplianceRate: 'New-project compliance',
  newProjectsUnderException: 'New projects under exception',
  legacyInProduction: 'Legacy TensorFlow models in production',
  openViolations: 'Open violations',
  openWarnings: 'Open warnings',
  exceptionsExpiringSoon: 'Exceptions expiring within 30 days',
  toTriage: 'To triage (framework not recorded)',
  codeDisagrees: 'Code disagrees with the registry',
};

/** What the latest scan says of a model, as the list's filter names it. */
export const CODE_STATE_LABELS: Record<CodeState, string> = {
  disagrees: KPI_LABELS.codeDisagrees,
  agrees: 'Code agrees with the registry',
  unscanned: 'Never scanned',
};

export const CHANGE_GROUP_LABELS: Record<ChangeGroup, string> = {
  newViolations: 'New violations',
  resolvedViolations: 'Resolved violations',
  newWarnings: 'New warnings',
  becameUnknown: 'New to triage: framework not recorded',
  leftUnknown: 'Triaged: framework now recorded',
  otherVerdictChanges: 'Other verdict changes',
  newModels: 'New models',
  lifecycleChanges: 'Lifecycle changes',
  frameworkChanges: 'Framework changes',
  newDisagreements: 'New: code disagrees with the registry',
  tf1Increases: 'Scans that raised the TF1 API count',
  otherChanges: 'Other changes',
  exceptionsGranted: 'Exceptions granted',
  exceptionsRevoked: 'Exceptions revoked',
  exceptionsExpired: 'Exceptions expired',
  exceptionsExpiringSoon: KPI_LABELS.exceptionsExpiringSoon,
  pastRetirement: 'Past their retirement date',
};

/** "in_progress" → "In progress", for vocabulary values without a label of their own (lifecycles, targets). */
export function humanize(value: string): string {
  const text = value.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "TensorFlow, Keras and PyTorch". */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
