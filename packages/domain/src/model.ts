import { z } from 'zod';
import { instantSchema, isoDateSchema } from './contract/fields.js';
import { named } from './contract/registry.js';
import { calendarDateSchema, instantOf } from './dates.js';
import { FRAMEWORK_FAMILIES } from './family.js';
import {
  DEPLOYMENT_TARGETS,
  FRAMEWORKS,
  KNOWN_FRAMEWORKS,
  LIFECYCLES,
  MIGRATION_STATUSES,
  VERDICT_STATUSES,
} from './vocabularies.js';
import { storable, text } from './text.js';

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
    .enum(KNOWN_FRAMEWORKS, {
      error: (issue) =>
        issue.input === 'unknown' ? 'must be a known framework: the one the model moves to' : undefined,
    })
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

/**
 * The longest tool identity of a model kept (`backstage:resource:default/ner`; Backstage names are
 * at most 63 characters, Hub repo ids 96).
 */
export const MAX_SOURCE_REF_LENGTH = 500;

/** What a new model must name; everything else has a default. */
export const REQUIRED_MODEL_FIELDS = ['name', 'team', 'framework', 'lifecycle', 'startedOn'] as const;

export const MODEL_FIELD_NAMES = Object.keys(modelFieldsSchema.shape) as (keyof ModelFields)[];

/** A model's recorded state: what every history event stores in full. */
export const modelStateSchema = named(
  'ModelState',
  z.strictObject({
    name: z.string(),
    team: z.string(),
    task: z.string(),
    framework: z.enum(FRAMEWORKS),
    frameworkVersion: z.string(),
    lifecycle: z.enum(LIFECYCLES),
    deploymentTarget: z.enum(DEPLOYMENT_TARGETS),
    servingStack: z.string(),
    serialization: z.string(),
    startedOn: isoDateSchema,
    migration: z.enum(MIGRATION_STATUSES),
    migrationTarget: z.enum(FRAMEWORKS).nullable(),
    retireBy: isoDateSchema.nullable(),
    repoUrl: z.string().nullable(),
    description: z.string(),
    tags: z.array(z.string()),
  }),
);
export type ModelState = z.output<typeof modelStateSchema>;

export const verdictSchema = named(
  'Verdict',
  z.strictObject({ status: z.enum(VERDICT_STATUSES), reason: z.string(), rule: z.string() }),
);
export type Verdict = z.output<typeof verdictSchema>;

/** A model as the API shows it: its state, its derived family and its verdict at the moment asked about. */
export const modelSchema = named(
  'Model',
  modelStateSchema.extend({
    id: z.uuid(),
    version: z.number().int().positive(),
    family: z.enum(FRAMEWORK_FAMILIES),
    createdAt: instantSchema,
    updatedAt: instantSchema,
    verdict: verdictSchema,
  }),
);
export type Model = z.output<typeof modelSchema>;

export const fieldChangeSchema = named(
  'FieldChange',
  z.strictObject({ field: modelStateSchema.keyof(), from: z.unknown(), to: z.unknown() }),
);
export type FieldChange = z.output<typeof fieldChangeSchema>;

/** One create or change of a model, with the full state after it. */
export const modelEventSchema = named(
  'ModelEvent',
  z.strictObject({
    id: z.string().regex(/^\d+$/).describe('The event number, as a string'),
    modelId: z.uuid(),
    kind: z.enum(['created', 'updated']),
    actor: z.string(),
    at: instantSchema,
    recordedAt: instantSchema,
    version: z.number().int().positive(),
    changes: z.array(fieldChangeSchema),
    state: modelStateSchema,
  }),
);
export type ModelEvent = z.output<typeof modelEventSchema>;

/** The fields whose values differ between two states, in field order. */
export function diffStates(before: ModelState | null, after: ModelState): FieldChange[] {
  return MODEL_FIELD_NAMES.filter(
    (field) => before === null || JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  ).map((field) => ({ field, from: before ? before[field] : null, to: after[field] }));
}
