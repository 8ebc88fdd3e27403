import {
  type CreateModelInput,
  createModelSchema,
  type Model,
  MODEL_FIELD_NAMES,
  type ModelState,
  type UpdateModelInput,
  updateModelSchema,
} from '@mmt/domain';
import { fieldLabels, issueKey, issuesToErrors, schemaIssues, type ErrorMap, type Issue } from './formErrors';

// The form holds text; the domain schemas decide what is valid. Nothing here re-states a rule.

export type ModelField = keyof ModelState;
export type ModelFormValues = Record<ModelField, string> & { since: string };
export type FormField = keyof ModelFormValues;

export const FIELD_LABELS: Record<FormField, string> = {
  name: 'Name',
  team: 'Team',
  task: 'Task',
  framework: 'Framework',
  frameworkVersion: 'Framework version',
  lifecycle: 'Lifecycle',
  deploymentTarget: 'Deployment target',
  servingStack: 'Serving stack',
  serialization: 'Serialization',
  startedOn: 'Started on',
  migration: 'Migration',
  migrationTarget: 'Migration target',
  retireBy: 'Retire by',
  repoUrl: 'Repository URL',
  description: 'Description',
  tags: 'Tags',
  since: 'In this state since',
};

export const modelFieldLabel = fieldLabels(FIELD_LABELS);

export const MODEL_FIELDS = MODEL_FIELD_NAMES as ModelField[];

const REQUIRED_FIELDS: ReadonlySet<FormField> = new Set(['name', 'team', 'framework', 'lifecycle', 'startedOn']);

export function emptyModelForm(): ModelFormValues {
  return {
    name: '',
    team: '',
    task: '',
    framework: '',
    frameworkVersion: '',
    lifecycle: '',
    deploymentTarget: 'server',
    servingStack: '',
    serialization: '',
    startedOn: '',
    migration: 'none',
    migrationTarget: '',
    retireBy: '',
    repoUrl: '',
    description: '',
    tags: '',
    since: '',
  };
}

export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
}

export function modelToForm(model: ModelState): ModelFormValues {
  return {
    name: model.name,
    team: model.team,
    task: model.task ?? '',
    framework: model.framework,
    frameworkVersion: model.frameworkVersion ?? '',
    lifecycle: model.lifecycle,
    deploymentTarget: model.deploymentTarget,
    servingStack: model.servingStack ?? '',
    serialization: model.serialization ?? '',
    startedOn: model.startedOn,
    migration: model.migration,
    migrationTarget: model.migrationTarget ?? '',
    retireBy: model.retireBy ?? '',
    repoUrl: model.repoUrl ?? '',
    description: model.description ?? '',
    tags: model.tags.join(', '),
    since: '',
  };
}

const nullIfEmpty = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The form's text as the API's input values (before validation). */
function fieldInput(values: ModelFormValues): Record<ModelField, unknown> {
  return {
    name: values.name,
    team: values.team,
    task: values.task,
    framework: values.framework,
    frameworkVersion: values.frameworkVersion,
    lifecycle: values.lifecycle,
    deploymentTarget: values.deploymentTarget,
    servingStack: values.servingStack,
    serialization: values.serialization,
    startedOn: values.startedOn,
    migration: values.migration,
    migrationTarget: nullIfEmpty(values.migrationTarget),
    retireBy: nullIfEmpty(values.retireBy),
    repoUrl: nullIfEmpty(values.repoUrl),
    description: values.description,
    tags: parseTags(values.tags),
  };
}

export function toCreateInput(values: ModelFormValues): CreateModelInput {
  const input: Record<string, unknown> = fieldInput(values);
  if (values.since.trim()) input.since = values.since.trim();
  return input as CreateModelInput;
}

/** Fields whose (trimmed) value in the form differs from the model the edit started from. */
export function changedFields(base: ModelState, values: ModelFormValues): ModelField[] {
  const before = fieldInput(modelToForm(base));
  const after = fieldInput(values);
  return MODEL_FIELDS.filter((field) => JSON.stringify(norm(before[field])) !== JSON.stringify(norm(after[field])));
}

function norm(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

export function toUpdateInput(base: Model, values: ModelFormValues): UpdateModelInput {
  const input = fieldInput(values);
  const change: Record<string, unknown> = { version: base.version };
  for (const field of changedFields(base, values)) change[field] = input[field];
  return change as UpdateModelInput;
}

function isFormField(value: string): value is FormField {
  return Object.hasOwn(FIELD_LABELS, value);
}

/** The schema's issues under the fields; an empty required field or a select left on "Choose…" in plain words. */
function issuesToFieldErrors(issues: readonly Issue[], values: ModelFormValues): ErrorMap {
  const errors = issuesToErrors(issues, modelFieldLabel);
  for (const issue of issues) {
    const key = issueKey(issue.path);
    if (!isFormField(key)) continue;
    if (REQUIRED_FIELDS.has(key) && values[key].trim() === '') errors[key] = `${FIELD_LABELS[key]} is required`;
    else if (issue.code === 'invalid_value' && errors[key]?.startsWith('Invalid')) {
      errors[key] = `Choose a ${FIELD_LABELS[key].toLowerCase()} from the list`;
    }
  }
  return errors;
}

export function validateCreate(values: ModelFormValues): ErrorMap {
  return issuesToFieldErrors(schemaIssues(createModelSchema, toCreateInput(values)), values);
}

export function validateUpdate(base: Model, values: ModelFormValues): ErrorMap {
  return issuesToFieldErrors(schemaIssues(updateModelSchema, toUpdateInput(base, values)), values);
}

export interface ConflictRow {
  field: ModelField;
  original: unknown;
  mine: unknown;
  theirs: unknown;
  /** Both sides changed the field to different values: the user's value will win if re-applied. */
  clash: boolean;
  changedByMe: boolean;
  changedByThem: boolean;
}

/**
 * A stale edit: what the user changed, what someone else changed meanwhile,
 * field by field (only fields either side touched).
 */
export function conflictRows(original: Model, mine: ModelFormValues, theirs: Model): ConflictRow[] {
  const mineInput = fieldInput(mine);
  const originalInput = fieldInput(modelToForm(original));
  const theirsInput = fieldInput(modelToForm(theirs));
  const same = (a: unknown, b: unknown) => JSON.stringify(norm(a)) === JSON.stringify(norm(b));
  return MODEL_FIELDS.flatMap((field) => {
    const changedByMe = !same(originalInput[field], mineInput[field]);
    const changedByThem = !same(originalInput[field], theirsInput[field]);
    if (!changedByMe && !changedByThem) return [];
    return [
      {
        field,
        original: originalInput[field],
        mine: mineInput[field],
        theirs: theirsInput[field],
        clash: changedByMe && changedByThem && !same(mineInput[field], theirsInput[field]),
        changedByMe,
        changedByThem,
      },
    ];
  });
}

/** The newer model with the user's own changes laid on top: nothing either side did is lost silently. */
export function reapplyEdits(original: Model, mine: ModelFormValues, theirs: Model): ModelFormValues {
  const next = modelToForm(theirs);
  for (const field of changedFields(original, mine)) next[field] = mine[field];
  return next;
}
