import { z } from 'zod';

/**
 * A Backstage catalog entity's envelope (`apiVersion`, `kind`, `metadata`, `spec`), as in
 * `catalog-info.yaml`. Only the fields the import reads are named; every kind's other fields, and
 * any an organisation adds, pass through.
 */
export const entitySchema = z.looseObject({
  apiVersion: z.string().nullish(),
  kind: z.string(),
  metadata: z.looseObject({
    name: z.string(),
    namespace: z.string().nullish(),
    title: z.string().nullish(),
    description: z.string().nullish(),
    tags: z.array(z.union([z.string(), z.number()])).nullish(),
    annotations: z.record(z.string(), z.unknown()).nullish(),
    links: z.array(z.looseObject({ url: z.string().nullish(), title: z.string().nullish() })).nullish(),
  }),
  spec: z
    .looseObject({
      type: z.string().nullish(),
      owner: z.string().nullish(),
      lifecycle: z.string().nullish(),
      dependsOn: z.array(z.string()).nullish(),
    })
    .nullish(),
});
export type Entity = z.output<typeof entitySchema>;
