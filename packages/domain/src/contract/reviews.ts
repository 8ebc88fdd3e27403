import { z } from 'zod';
import { reviewChangesSchema, reviewInputSchema, reviewSummarySchema, snapshotDifferenceSchema } from '../review.js';
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
