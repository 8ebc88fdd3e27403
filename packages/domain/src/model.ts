import { z } from 'zod';
import { calendarDateSchema, instantOf } from './dates.js';
import type { FrameworkFamily } from './family.js';
import { storable, text } from './text.js';
import { DEPLOYMENT_TARGETS, FRAMEWORKS, LIFECYCLES, MIGRATION_STATUSES } from './vocabularies.js';
import type { DeploymentTarget, Framework, Lifecycle, MigrationStatus, VerdictStatus } from './vocabularies.js';

const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((value) => value ?? '');

/** Each field's rule, without defaults: a change names only the fields it changes. */
const modelFieldRules = {
  name: text(100).min(1, 'is required'),
  team: text(100).min(1, 'is required'),
  task: optionalText(200),
  framework: z.enum(FRAMEWORKS),
  frameworkVersion: optionalText(40),
  lifecycle: z.enum(LIFECYCLES),
  deploymentTarget: z.enum(DEPLOYMENT_TARGETS),
  servingStack: optionalText(60),
  serialization: optionalText(60),
  startedOn: calendarDateSchema,
  migration: z.enum(MIGRATION_STATUSES),
  migrationTarget: z
    .enum(FRAMEWORKS)
    .nullish()
    .transform((value) => value ?? null),
  retireBy: calendarDateSchema.nullish().transform((value) => value ?? null),
  repoUrl: storable(z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(500))
    .nullish()
    .transform((value) => value ?? null),
  description: optionalText(5000),
  tags: z
    .array(text(40).min(1, 'must not be empty'))
    .max(30, 'at most 30 tags')
    .transform((tags) => [...new Set(tags)]),
};

/** The fields a person records about a model: one source for API validation and web forms. */
export const modelFieldsSchema = z.strictObject({
  ...modelFieldRules,
  deploymentTarget: modelFieldRules.deploymentTarget.default('server'),
  migration: modelFieldRules.migration.default('none'),
  tags: modelFieldRules.tags.default([]),
});

/** `since`: a date (its start) or timestamp, not in the future — "in this state since …" for models that already exist. */
export const sinceSchema = instantOf('start').refine((at) => at.getTime() <= Date.now(), 'must not be in the future');

export const createModelSchema = modelFieldsSchema.extend({ since: sinceSchema.optional() });
export type CreateModelInput = z.input<typeof createModelSchema>;
export type CreateModel = z.output<typeof createModelSchema>;
export type ModelFields = z.output<typeof modelFieldsSchema>;

/** A change: any fields, plus the `version` the editor saw. */
export const updateModelSchema = z
  .strictObject({
    ...Object.fromEntries(Object.entries(modelFieldRules).map(([key, rule]) => [key, rule.optional()])),
    version: z
      .int32({ error: (issue) => (issue.input === undefined ? 'is required: the version you edited' : undefined) })
      .positive(),
  })
  .transform((value) => value as Partial<ModelFields> & { version: number });
export type UpdateModelInput = z.input<typeof updateModelSchema>;
export type UpdateModel = z.output<typeof updateModelSchema>;

/** What a new model must name; everything else has a default. */
export const REQUIRED_MODEL_FIELDS = ['name', 'team', 'framework', 'lifecycle', 'startedOn'] as const;

export const MODEL_FIELD_NAMES = Object.keys(modelFieldsSchema.shape) as (keyof ModelFields)[];

/** A model's recorded state: what every history event stores in full. */
export interface ModelState {
  name: string;
  team: string;
  task: string;
  framework: Framework;
  frameworkVersion: string;
  lifecycle: Lifecycle;
  deploymentTarget: DeploymentTarget;
  servingStack: string;
  serialization: string;
  startedOn: string;
  migration: MigrationStatus;
  migrationTarget: Framework | null;
  retireBy: string | null;
  repoUrl: string | null;
  description: string;
  tags: string[];
}

export interface Verdict {
  status: VerdictStatus;
  reason: string;
  rule: string;
}

export interface Model extends ModelState {
  id: string;
  version: number;
  family: FrameworkFamily;
  createdAt: string;
  updatedAt: string;
  verdict: Verdict;
}

export interface FieldChange {
  field: keyof ModelState;
  from: unknown;
  to: unknown;
}

export interface ModelEvent {
  id: string;
  modelId: string;
  kind: 'created' | 'updated';
  actor: string;
  at: string;
  recordedAt: string;
  version: number;
  changes: FieldChange[];
  state: ModelState;
}

/** The fields whose values differ between two states, in field order. */
export function diffStates(before: ModelState | null, after: ModelState): FieldChange[] {
  return MODEL_FIELD_NAMES.filter(
    (field) => before === null || JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  ).map((field) => ({ field, from: before ? before[field] : null, to: after[field] }));
}
