import { z } from 'zod';
import {
  CHANGE_GROUPS,
  changeItemSchema,
  reviewChangesSchema,
  reviewInputSchema,
  reviewSummarySchema,
  snapshotDifferenceSchema,
} from '../review.js';
import { countSchema, instantSchema } from './fields.js';
import { pageParams } from './query-params.js';
import { named } from './registry.js';

named('ReviewBody', reviewInputSchema, 'input');

const reviewId = z.uuid({ message: 'must be a review id' });

/** `GET /api/reviews/compare`: the two reviews to compare. */
export const compareQuerySchema = z.object({ from: reviewId, to: reviewId });
export type CompareQuery = z.output<typeof compareQuerySchema>;

export const reviewListSchema = named('ReviewList', z.array(reviewSummarySchema).describe('Newest first'));

/** What changed since the last recorded review (`review`; null when there is none), grouped. */
export const latestChangesSchema = named(
  'LatestChanges',
  reviewChangesSchema.extend({ review: reviewSummarySchema.nullable() }),
);
export type LatestChanges = z.output<typeof latestChangesSchema>;

/** `GET /api/reviews/latest/changes/group`: one group of what changed since the last review, a page of it. */
export const changeGroupQuerySchema = z.object({ group: z.enum(CHANGE_GROUPS), ...pageParams });
export type ChangeGroupQuery = z.output<typeof changeGroupQuerySchema>;

export const changeGroupPageSchema = named(
  'ChangeGroupPage',
  z.strictObject({
    group: z.enum(CHANGE_GROUPS),
    since: instantSchema.nullable().describe('When the last review was recorded; null when there is none'),
    items: z.array(changeItemSchema),
    total: countSchema,
    page: z.number().int().positive(),
    pageSize: z.number().int().positive(),
  }),
);
export type ChangeGroupPage = z.output<typeof changeGroupPageSchema>;

/** Models whose verdict differs between two recorded reviews. */
export const reviewComparisonSchema = named(
  'ReviewComparison',
  z.strictObject({
    from: reviewSummarySchema,
    to: reviewSummarySchema,
    differences: z.array(snapshotDifferenceSchema),
  }),
);
export type ReviewComparison = z.output<typeof reviewComparisonSchema>;
