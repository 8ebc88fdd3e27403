import { z } from 'zod';
import { FRAMEWORK_FAMILIES } from '../family.js';
import { scanFindingsSchema } from '../scan-findings.js';
import { text } from '../text.js';
import { instantSchema } from './fields.js';
import { optionalParam } from './query-params.js';
import { named } from './registry.js';

named('ScanFindings', scanFindingsSchema);

/** How many scans `GET /api/models/:id/scans` gives at most, newest first. */
export const SCAN_LIST_LIMIT = { default: 20, max: 100 } as const;

const commitSchema = z
  .string()
  .regex(/^[0-9a-fA-F]{7,40}$/, 'must be a git commit id (7 to 40 hexadecimal digits)')
  .transform((commit) => commit.toLowerCase());

/** `POST /api/models/:id/scans`: what `mmt scan --post` sends. */
export const scanInputSchema = named(
  'RecordScanBody',
  z.strictObject({
    commit: commitSchema.optional().describe('The commit scanned (`git rev-parse HEAD`)'),
    ref: text(255).optional().describe('The branch or tag scanned'),
    findings: scanFindingsSchema,
  }),
  'input',
);
export type ScanBody = z.input<typeof scanInputSchema>;
export type ScanInput = z.output<typeof scanInputSchema>;

/** One recorded scan: immutable. */
export const scanSchema = named(
  'Scan',
  z.strictObject({
    id: z.uuid(),
    modelId: z.uuid(),
    recordedAt: instantSchema,
    recordedBy: z.string().describe('Who posted it (a token by its owner)'),
    commit: z.string().nullable(),
    ref: z.string().nullable(),
    findings: scanFindingsSchema,
  }),
);
export type Scan = z.output<typeof scanSchema>;

/** `GET /api/models/:id/scans?limit=`. */
export const listScansQuerySchema = z.object({
  limit: optionalParam(z.coerce.number().int().min(1).max(SCAN_LIST_LIMIT.max))
    .transform((value) => value ?? SCAN_LIST_LIMIT.default)
    .describe(`How many of the newest scans (at most ${SCAN_LIST_LIMIT.max}; ${SCAN_LIST_LIMIT.default} when absent)`),
});
export type ListScansQuery = z.output<typeof listScansQuerySchema>;

export const scanListSchema = named(
  'ScanList',
  z.strictObject({
    items: z.array(scanSchema).describe('Newest first'),
    total: z.number().int().nonnegative().describe('How many scans the model has in all'),
  }),
);
export type ScanList = z.output<typeof scanListSchema>;

/** Where the model's code, as last scanned, disagrees with the registry about the framework family. */
export const codeDriftSchema = named(
  'CodeDrift',
  z.strictObject({
    scanId: z.uuid(),
    scannedAt: instantSchema,
    scannedFamily: z.enum(FRAMEWORK_FAMILIES),
    registeredFamily: z.enum(FRAMEWORK_FAMILIES),
  }),
);
export type CodeDrift = z.output<typeof codeDriftSchema>;

/** What the last scan says of a model: its code disagrees with the registry, agrees, or it was never scanned. */
export const CODE_STATES = ['disagrees', 'agrees', 'unscanned'] as const;
export type CodeState = (typeof CODE_STATES)[number];
