import {
  policyVersionInputSchema,
  type DeploymentTarget,
  type KnownFramework,
  type PolicyVersion,
  type PolicyVersionBody,
} from '@mmt/domain';
import { fieldLabels, issuesToErrors, schemaIssues, type ErrorMap } from './formErrors';
import { parseTags } from './modelForm';

export interface AllowanceFormValues {
  frameworks: KnownFramework[];
  deploymentTargets: DeploymentTarget[];
  /** Comma-separated, like tags. */
  servingStacks: string;
  reason: string;
}

export interface PolicyFormValues {
  inForceFrom: string;
  newProjectsFrom: string;
  preferredFramework: KnownFramework;
  legacyFrameworks: KnownFramework[];
  governedFrameworks: KnownFramework[];
  allowances: AllowanceFormValues[];
}

export const POLICY_FIELD_LABELS: Record<string, string> = {
  inForceFrom: 'In force from',
  newProjectsFrom: 'New projects from',
  preferredFramework: 'Preferred framework',
  legacyFrameworks: 'Legacy frameworks',
  governedFrameworks: 'Governed frameworks',
  allowances: 'Allowances',
  frameworks: 'Frameworks',
  deploymentTargets: 'Deployment targets',
  servingStacks: 'Serving stacks',
  reason: 'Reason',
};

const labelOf = fieldLabels(POLICY_FIELD_LABELS);

/** `allowances.1.reason` → "Reason"; unknown keys have no label (they go to the form's notice). */
export function policyFieldLabel(key: string): string | undefined {
  return labelOf(key.split('.').pop() ?? '');
}

export function emptyAllowance(): AllowanceFormValues {
  return { frameworks: [], deploymentTargets: [], servingStacks: '', reason: '' };
}

/** A new version starts as a copy of the one in force, taking over from `today`. */
export function policyToForm(policy: PolicyVersion, today: string): PolicyFormValues {
  return {
    inForceFrom: today,
    newProjectsFrom: policy.newProjectsFrom,
    preferredFramework: policy.preferredFramework,
    legacyFrameworks: [...policy.legacyFrameworks],
    governedFrameworks: [...policy.governedFrameworks],
    allowances: policy.allowances.map((allowance) => ({
      frameworks: [...(allowance.frameworks ?? [])],
      deploymentTargets: [...(allowance.deploymentTargets ?? [])],
      servingStacks: (allowance.servingStacks ?? []).join(', '),
      reason: allowance.reason,
    })),
  };
}

/** The whole version for `PUT /api/policy`; an allowance leaves out the lists it does not constrain. */
export function toPolicyBody(values: PolicyFormValues): PolicyVersionBody {
  return {
    inForceFrom: values.inForceFrom,
    newProjectsFrom: values.newProjectsFrom,
    preferredFramework: values.preferredFramework,
    legacyFrameworks: values.legacyFrameworks,
    governedFrameworks: values.governedFrameworks,
    allowances: values.allowances.map((allowance) => {
      const servingStacks = parseTags(allowance.servingStacks);
      return {
        ...(allowance.frameworks.length ? { frameworks: allowance.frameworks } : {}),
        ...(allowance.deploymentTargets.length ? { deploymentTargets: allowance.deploymentTargets } : {}),
        ...(servingStacks.length ? { servingStacks } : {}),
        reason: allowance.reason,
      };
    }),
  };
}

/** Validated by the schema the API uses for `PUT /api/policy`. */
export function validatePolicyForm(values: PolicyFormValues): ErrorMap {
  const errors = issuesToErrors(schemaIssues(policyVersionInputSchema, toPolicyBody(values)), policyFieldLabel);
  for (const key of ['inForceFrom', 'newProjectsFrom'] as const) {
    if (!values[key] && errors[key]) errors[key] = `${POLICY_FIELD_LABELS[key]} is required`;
  }
  return errors;
}

/** A checkbox list's new value, kept in the vocabulary's order. */
export function toggleInOrder<T>(vocabulary: readonly T[], list: readonly T[], value: T, on: boolean): T[] {
  return vocabulary.filter((item) => (item === value ? on : list.includes(item)));
}

/** Newest first: by the date a version takes over, then the one added last. */
export function sortVersionsNewestFirst(versions: readonly PolicyVersion[]): PolicyVersion[] {
  return [...versions].sort((a, b) => b.inForceFrom.localeCompare(a.inForceFrom) || b.id - a.id);
}
