import { z } from 'zod';

const oneOrMany = z.union([z.string(), z.array(z.string())]);

/**
 * A model card's metadata (the YAML front matter of a Hub repo's `README.md`). Only what the
 * import reads is named — `model-index`, `datasets`, `widget` and the rest pass through.
 */
export const cardMetadataSchema = z.looseObject({
  library_name: z.string().nullish(),
  pipeline_tag: z.string().nullish(),
  tags: z.union([z.string(), z.array(z.union([z.string(), z.number()]))]).nullish(),
  base_model: oneOrMany.nullish(),
  license: z.string().nullish(),
  language: oneOrMany.nullish(),
});
export type CardMetadata = z.output<typeof cardMetadataSchema>;
