import { z } from 'zod';
import { instantSchema, isoDateSchema } from './contract/fields.js';
import { named } from './contract/registry.js';
import { calendarDateSchema } from './dates.js';
import type { ModelState } from './model.js';
import { text } from './text.js';
import { DEPLOYMENT_TARGETS, KNOWN_FRAMEWORKS, listsFramework } from './vocabularies.js';

const dedupe = <T>(values: T[]): T[] => [...new Set(values)];

/**
 * A framework a policy names. `unknown` is refused with its own message: it is "not recorded yet",
 * judged before any list, so a policy naming it would mean nothing.
 */
export const policyFrameworkSchema = z.enum(KNOWN_FRAMEWORKS, {
  error: (issue) =>
    issue.input === 'unknown'
      ? 'unknown is not a framework a policy can name: models with no recorded framework are always "to triage"'
      : undefined,
});

/** A list an allowance matches on: if given, it must name at least one value. */
const matchList = <T extends z.ZodType<string>>(item: T) =>
  z.array(item).min(1, 'must name at least one value; leave the list out to match any').transform(dedupe).optional();

export const allowanceSchema = z
  .strictObject({
    frameworks: matchList(policyFrameworkSchema),
    deploymentTargets: matchList(z.enum(DEPLOYMENT_TARGETS)),
    servingStacks: matchList(text(60).min(1, 'must not be empty')),
    reason: text(500).min(1, 'is required'),
  })
  .superRefine((allowance, ctx) => {
    if (!allowance.frameworks && !allowance.deploymentTargets && !allowance.servingStacks) {
      ctx.addIssue({
        code: 'custom',
        path: ['frameworks'],
        message: 'an allowance must name frameworks, deploymentTargets or servingStacks',
      });
    }
  });
export type AllowanceInput = z.input<typeof allowanceSchema>;
export type Allowance = z.output<typeof allowanceSchema>;

const frameworkList = z.array(policyFrameworkSchema).transform(dedupe);

/** The body of `PUT /api/policy`: one whole version. */
export const policyVersionInputSchema = z
  .strictObject({
    inForceFrom: calendarDateSchema,
    newProjectsFrom: calendarDateSchema,
    preferredFramework: policyFrameworkSchema,
    legacyFrameworks: frameworkList,
    governedFrameworks: frameworkList.refine((list) => list.length > 0, 'must name at least one framework'),
    allowances: z.array(allowanceSchema).default([]),
  })
  .superRefine((policy, ctx) => {
    const governed = new Set(policy.governedFrameworks);
    if (!governed.has(policy.preferredFramework)) {
      ctx.addIssue({ code: 'custom', path: ['preferredFramework'], message: 'must be one of governedFrameworks' });
    }
    policy.legacyFrameworks.forEach((framework, index) => {
      if (!governed.has(framework)) {
        ctx.addIssue({
          code: 'custom',
          path: ['legacyFrameworks', index],
          message: 'must be one of governedFrameworks',
        });
      }
      if (framework === policy.preferredFramework) {
        ctx.addIssue({
          code: 'custom',
          path: ['legacyFrameworks', index],
          message: 'must not be the preferred framework',
        });
      }
    });
  });
export type PolicyVersionBody = z.input<typeof policyVersionInputSchema>;
export type PolicyVersionInput = z.output<typeof policyVersionInputSchema>;

/** An allowance as stored: the lists it matches on (each optional) and why. */
const allowanceViewSchema = named(
  'Allowance',
  z.strictObject({
    frameworks: z.array(z.enum(KNOWN_FRAMEWORKS)).optional(),
    deploymentTargets: z.array(z.enum(DEPLOYMENT_TARGETS)).optional(),
    servingStacks: z.array(z.string()).optional(),
    reason: z.string(),
  }),
);

/** A version of the policy as recorded; versions are only ever added. */
export const policyVersionSchema = named(
  'PolicyVersion',
  z.strictObject({
    id: z.number().int().positive(),
    inForceFrom: isoDateSchema,
    newProjectsFrom: isoDateSchema,
    preferredFramework: z.enum(KNOWN_FRAMEWORKS),
    legacyFrameworks: z.array(z.enum(KNOWN_FRAMEWORKS)),
    governedFrameworks: z.array(z.enum(KNOWN_FRAMEWORKS)),
    allowances: z.array(allowanceViewSchema),
    createdAt: instantSchema,
    createdBy: z.string(),
  }),
);
export type PolicyVersion = z.output<typeof policyVersionSchema>;

/** The team's 2020 decision: new projects start on PyTorch; TensorFlow 1.x/Keras models age gracefully. */
export const DEFAULT_POLICY: PolicyVersionInput = {
  inForceFrom: '2020-04-01',
  newProjectsFrom: '2020-04-01',
  preferredFramework: 'pytorch',
  legacyFrameworks: ['tensorflow', 'keras'],
  governedFrameworks: ['tensorflow', 'keras', 'pytorch', 'jax'],
  allowances: [],
};

/**
 * The version in force on `date`: the latest `inForceFrom` on or before it (ties: the one added
 * last, i.e. the highest id). Before every `inForceFrom`, the first version added applies, so the
 * past is judged too.
 */
export function policyInForceOn<T extends Pick<PolicyVersion, 'id' | 'inForceFrom'>>(
  versions: readonly T[],
  date: string,
): T {
  let inForce: T | undefined;
  let first: T | undefined;
  for (const version of versions) {
    if (!first || version.id < first.id) first = version;
    if (version.inForceFrom > date) continue;
    if (
      !inForce ||
      version.inForceFrom > inForce.inForceFrom ||
      (version.inForceFrom === inForce.inForceFrom && version.id > inForce.id)
    ) {
      inForce = version;
    }
  }
  const found = inForce ?? first;
  if (!found) throw new Error('No policy version: at least one is required');
  return found;
}

const normalize = (value: string): string => value.trim().toLowerCase();

/** Does the model match every list the allowance gives? An allowance giving no list matches nothing. */
export function allowanceMatches(model: ModelState, allowance: Allowance): boolean {
  const { frameworks, deploymentTargets, servingStacks } = allowance;
  if (!frameworks && !deploymentTargets && !servingStacks) return false;
  if (frameworks && !listsFramework(frameworks, model.framework)) return false;
  if (deploymentTargets && !deploymentTargets.includes(model.deploymentTarget)) return false;
  // Serving stacks are free text: compare them the way people read them.
  if (servingStacks && !servingStacks.some((stack) => normalize(stack) === normalize(model.servingStack))) return false;
  return true;
}

/** The first of the policy's allowances the model matches, if any. */
export function matchingAllowance(
  model: ModelState,
  policy: Pick<PolicyVersionInput, 'allowances'>,
): Allowance | undefined {
  return policy.allowances.find((allowance) => allowanceMatches(model, allowance));
}
