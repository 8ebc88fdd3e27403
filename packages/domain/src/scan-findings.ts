import { z } from 'zod';
import { FRAMEWORK_FAMILIES } from './family.js';
import { storable } from './text.js';
import { FRAMEWORKS, SERIALIZATION_SUGGESTIONS } from './vocabularies.js';

/** The TF1 APIs a scan counts, in the order reports list them. */
export const TF1_APIS = ['Session', 'placeholder', 'train.Saver', 'contrib'] as const;
export type Tf1Api = (typeof TF1_APIS)[number];

/** The serialization formats a scan recognises in code: the registry's own suggestions. */
export const SERIALIZATION_FORMATS = SERIALIZATION_SUGGESTIONS;
export type SerializationFormat = (typeof SERIALIZATION_FORMATS)[number];

/**
 * Bounds of one scan's findings, so a huge repository gives a document of bounded size: counts
 * stay exact, the lists keep their first entries.
 */
export const SCAN_LIMITS = {
  root: 4096,
  path: 1024,
  text: 240,
  version: 120,
  evidencePerFramework: 100,
  occurrences: 5000,
  serialization: 1000,
} as const;

// Counts and lines fit PostgreSQL's integer; text is what PostgreSQL can keep as written.
const INT_MAX = 2_147_483_647;
const file = storable(z.string().min(1).max(SCAN_LIMITS.path));
const line = z.number().int().min(1).max(INT_MAX);
const count = z.number().int().nonnegative().max(INT_MAX);

const evidenceSchema = z.strictObject({ file, line, text: storable(z.string().max(SCAN_LIMITS.text)) });

const frameworkFields = {
  framework: z.enum(FRAMEWORKS),
  version: storable(z.string().max(SCAN_LIMITS.version)).nullable(),
  family: z.enum(FRAMEWORK_FAMILIES),
};

const byApiSchema = z.strictObject(
  Object.fromEntries(TF1_APIS.map((api) => [api, count])) as Record<Tf1Api, typeof count>,
);

/**
 * What `mmt scan` found in a repository: the frameworks declared (each with its evidence), the
 * primary one, the TF1 API uses and the serialization formats seen in code. Posted as a scan.
 */
export const scanFindingsSchema = z
  .strictObject({
    root: storable(z.string().min(1).max(SCAN_LIMITS.root)),
    filesScanned: count,
    primary: z.strictObject(frameworkFields).nullable(),
    frameworks: z
      .array(
        z.strictObject({
          ...frameworkFields,
          evidence: z.array(evidenceSchema).min(1).max(SCAN_LIMITS.evidencePerFramework),
        }),
      )
      .max(FRAMEWORKS.length)
      .refine(
        (frameworks) => new Set(frameworks.map((entry) => entry.framework)).size === frameworks.length,
        'must name each framework once',
      ),
    tf1Apis: z.strictObject({
      total: count,
      byApi: byApiSchema,
      occurrences: z.array(z.strictObject({ file, line, api: z.enum(TF1_APIS) })).max(SCAN_LIMITS.occurrences),
    }),
    serialization: z
      .array(z.strictObject({ format: z.enum(SERIALIZATION_FORMATS), file, line }))
      .max(SCAN_LIMITS.serialization),
  })
  .superRefine((findings, ctx) => {
    const { total, byApi, occurrences } = findings.tf1Apis;
    if (TF1_APIS.reduce((sum, api) => sum + byApi[api], 0) !== total) {
      ctx.addIssue({ code: 'custom', path: ['tf1Apis', 'total'], message: 'must be the sum of byApi' });
    }
    if (occurrences.length > total) {
      ctx.addIssue({ code: 'custom', path: ['tf1Apis', 'occurrences'], message: 'must not outnumber total' });
    }
  });
export type ScanFindings = z.output<typeof scanFindingsSchema>;
export type ScanFrameworkEntry = ScanFindings['frameworks'][number];
export type ScanEvidence = ScanFrameworkEntry['evidence'][number];
export type Tf1ApiOccurrence = ScanFindings['tf1Apis']['occurrences'][number];
export type SerializationUse = ScanFindings['serialization'][number];
