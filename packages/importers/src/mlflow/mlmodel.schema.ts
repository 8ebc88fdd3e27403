import { z } from 'zod';

const text = z.union([z.string(), z.number()]).nullish();

/**
 * An `MLmodel` file (MLflow's model metadata, YAML): the flavors it can be loaded as, each with
 * its own settings, and the run that logged it. Only what the import reads is named; the rest
 * (signature, input example, …) passes through.
 */
export const mlmodelSchema = z.looseObject({
  flavors: z.record(z.string(), z.record(z.string(), z.unknown()).nullable()),
  run_id: text,
  utc_time_created: text,
  model_uuid: text,
  mlflow_version: text,
});
export type Mlmodel = z.output<typeof mlmodelSchema>;
