import { z } from 'zod';

const timestamp = z.union([z.number(), z.string()]).nullish();
const text = z.string().nullish();

/** Tags: `[{ key, value }]` in registered models, `{ key: value }` in versions (both seen in exports). */
export const mlflowTagsSchema = z.union([
  z.array(z.looseObject({ key: z.string(), value: z.unknown() })),
  z.record(z.string(), z.unknown()),
]);

/** Aliases: `[{ alias, version }]` on the registered model, `["champion"]` on a version, or `{ alias: version }`. */
export const mlflowAliasesSchema = z.union([
  z.array(z.union([z.string(), z.looseObject({ alias: z.string(), version: z.union([z.string(), z.number()]) })])),
  z.record(z.string(), z.union([z.string(), z.number()])),
]);

export const mlflowVersionSchema = z.looseObject({
  version: z.union([z.string(), z.number()]).nullish(),
  current_stage: text,
  creation_timestamp: timestamp,
  run_id: text,
  description: text,
  tags: mlflowTagsSchema.nullish(),
  aliases: mlflowAliasesSchema.nullish(),
});
export type MlflowVersion = z.output<typeof mlflowVersionSchema>;

/**
 * A registered model as `mlflow-export-import`'s `export-model` writes it (`model.json`):
 * `{ mlflow: { registered_model } }`, or `{ registered_model }` in its older exports. Versions are
 * read one by one (`versions`, or `latest_versions` in older exports), so one odd version does not
 * hide the model.
 */
export const mlflowRegisteredModelSchema = z.looseObject({
  name: z.string(),
  description: text,
  creation_timestamp: timestamp,
  tags: mlflowTagsSchema.nullish(),
  aliases: mlflowAliasesSchema.nullish(),
  versions: z.array(z.unknown()).nullish(),
  latest_versions: z.array(z.unknown()).nullish(),
});
export type MlflowRegisteredModel = z.output<typeof mlflowRegisteredModelSchema>;
