import { z } from 'zod';

/**
 * A transformers `config.json`: what the import reads (the model's architecture and the library
 * that saved it); the many hyperparameters pass through.
 */
export const modelConfigSchema = z.looseObject({
  model_type: z.string().nullish(),
  architectures: z.array(z.string()).nullish(),
  transformers_version: z.string().nullish(),
  torch_dtype: z.string().nullish(),
  dtype: z.string().nullish(),
});
export type ModelConfig = z.output<typeof modelConfigSchema>;
