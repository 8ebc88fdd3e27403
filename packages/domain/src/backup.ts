import { z } from 'zod';
import { calendarDateSchema, timestampSchema } from './dates.js';
import { MAX_SOURCE_REF_LENGTH, MODEL_FIELD_NAMES, modelFieldsSchema } from './model.js';
import { allowanceSchema } from './policy.js';
import { exactText } from './text.js';
import { FRAMEWORKS, VERDICT_STATUSES } from './vocabularies.js';

export const BACKUP_FORMAT = 'model-migration-tracker-backup';
export const BACKUP_SCHEMA_VERSION = 1;

const instant = timestampSchema;
const uuid = z.uuid({ message: 'must be a UUID' });
const serial = z.int32().positive();
// Who did something: a user's or a token's name as the API recorded it.
const actor = exactText(200);

// Checked against the model rules, but kept exactly as written: history is restored byte for byte.
const storedState = z.record(z.string(), z.unknown()).superRefine((state, ctx) => {
  const result = modelFieldsSchema.safeParse(state);
  if (!result.success) {
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }
});

// A model field's value in a change: text, a date, a list of tags, or nothing.
const fieldValue = z.union([exactText(5000), z.array(exactText(100)).max(100), z.null()]);

const eventSchema = z.strictObject({
  id: z.string().regex(/^\d{1,18}$/, 'must be the event number as a string'),
  kind: z.enum(['created', 'updated']),
  actor: actor.min(1),
  at: instant,
  recordedAt: instant,
  version: serial,
  changes: z.array(z.strictObject({ field: z.enum(MODEL_FIELD_NAMES), from: fieldValue, to: fieldValue })),
  state: storedState,
});

const backupModelSchema = z.strictObject({
  id: uuid,
  version: serial,
  createdAt: instant,
  updatedAt: instant,
  /** The tools' identities of the model that imports recorded; absent in backups written before them. */
  sourceRefs: z.array(exactText(MAX_SOURCE_REF_LENGTH).min(1)).max(100).optional(),
  events: z.array(eventSchema).min(1, 'a model has at least its created event'),
});

const backupPolicySchema = z.strictObject({
  id: serial,
  inForceFrom: calendarDateSchema,
  newProjectsFrom: calendarDateSchema,
  preferredFramework: z.enum(FRAMEWORKS),
  legacyFrameworks: z.array(z.enum(FRAMEWORKS)),
  governedFrameworks: z.array(z.enum(FRAMEWORKS)).min(1),
  allowances: z.array(allowanceSchema),
  createdAt: instant,
  createdBy: actor,
});

const backupExceptionSchema = z.strictObject({
  id: uuid,
  modelId: uuid,
  reason: exactText(1000),
  approvedBy: exactText(200),
  grantedOn: calendarDateSchema,
  expiresOn: calendarDateSchema,
  createdAt: instant,
  createdBy: actor,
  revokedAt: instant.nullable(),
  revokedBy: actor.nullable(),
});

// What a review froze: the KPIs and every model's verdict then.
const reviewSnapshotSchema = z.strictObject({
  kpis: z.record(exactText(100), z.number().nullable()),
  verdicts: z.array(
    z.strictObject({
      modelId: uuid,
      name: exactText(100),
      status: z.enum(VERDICT_STATUSES),
      rule: exactText(100),
      reason: exactText(5000),
    }),
  ),
});

const backupReviewSchema = z.strictObject({
  id: uuid,
  heldOn: calendarDateSchema,
  attendees: z.array(exactText(100)).max(50),
  notes: exactText(20_000),
  snapshot: reviewSnapshotSchema,
  createdAt: instant,
  createdBy: actor,
});

/** Everything an instance holds, with its history: what `GET /api/backup` writes and `POST /api/backup/restore` reads. */
export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { message: `must be "${BACKUP_FORMAT}": this is not a backup of this application` }),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION, { message: `must be ${BACKUP_SCHEMA_VERSION}` }),
  exportedAt: instant,
  policyVersions: z.array(backupPolicySchema).min(1, 'a backup has at least one policy version'),
  models: z.array(backupModelSchema),
  exceptions: z.array(backupExceptionSchema),
  reviews: z.array(backupReviewSchema),
});
export type Backup = z.output<typeof backupSchema>;
export type BackupModel = Backup['models'][number];
export type BackupEvent = BackupModel['events'][number];

export interface BackupProblem {
  field: string;
  message: string;
}

/** Cross-record checks a schema cannot express: ids unique, references resolve, history consistent. */
export function checkBackupIntegrity(backup: Backup): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const unique = (values: readonly string[], field: string) => {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      if (seen.has(value)) problems.push({ field: `${field}[${index}]`, message: `repeats the id ${value}` });
      seen.add(value);
    });
  };
  unique(
    backup.models.map((model) => model.id),
    'models',
  );
  unique(
    backup.models.flatMap((model) => model.events.map((event) => event.id)),
    'events',
  );
  unique(
    backup.policyVersions.map((policy) => String(policy.id)),
    'policyVersions',
  );
  unique(
    backup.exceptions.map((exception) => exception.id),
    'exceptions',
  );
  unique(
    backup.reviews.map((review) => review.id),
    'reviews',
  );
  unique(
    backup.models.flatMap((model) => model.sourceRefs ?? []),
    'sourceRefs',
  );
  const names = new Map<string, number>();
  backup.models.forEach((model, index) => {
    if (!model.events.some((event) => event.version === model.version)) {
      problems.push({
        field: `models[${index}].version`,
        message: `no event has the model's version ${model.version}`,
      });
    }
    const current = model.events.find((event) => event.version === model.version);
    const name = typeof current?.state['name'] === 'string' ? current.state['name'] : '';
    const other = names.get(name);
    if (other !== undefined)
      problems.push({ field: `models[${index}].name`, message: `"${name}" is also the name of models[${other}]` });
    names.set(name, index);
  });
  const modelIds = new Set(backup.models.map((model) => model.id));
  backup.exceptions.forEach((exception, index) => {
    if (!modelIds.has(exception.modelId)) {
      problems.push({
        field: `exceptions[${index}].modelId`,
        message: `refers to model ${exception.modelId}, which is not in the backup`,
      });
    }
  });
  return problems;
}
