import { Injectable } from '@nestjs/common';
import { toIsoDate, type ReviewInput, type ReviewRecord, type ReviewSnapshot, type ReviewSummary } from '@mmt/domain';
import type { Backup, VerdictStatus } from '@mmt/domain';
import type { Review as ReviewRow } from '../generated/prisma/client.js';
import { chunks } from '../database/chunks.js';
import { PrismaService, type Db } from '../database/prisma.service.js';

const SNAPSHOT_SLICE = 10_000;

function toReview(row: ReviewRow): ReviewRecord {
  const snapshot = row.snapshot as unknown as ReviewSnapshot;
  return {
    id: row.id,
    heldOn: toIsoDate(row.heldOn),
    attendees: row.attendees,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    kpis: snapshot.kpis,
    snapshot,
  };
}

/** Recorded reviews: the one writer of review. */
@Injectable()
export class ReviewRepository {
  constructor(private readonly prisma: PrismaService) {}

  async create(input: Required<ReviewInput>, snapshot: ReviewSnapshot, createdBy: string): Promise<ReviewRecord> {
    const row = await this.prisma.review.create({
      data: {
        heldOn: new Date(`${input.heldOn}T00:00:00.000Z`),
        attendees: input.attendees,
        notes: input.notes,
        snapshot: snapshot as object,
        createdBy,
      },
    });
    return toReview(row);
  }

  /** The last review recorded at or before `instant`. */
  async latestAtOrBefore(instant: Date): Promise<ReviewRecord | null> {
    const row = await this.prisma.review.findFirst({
      where: { createdAt: { lte: instant } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
    return row ? toReview(row) : null;
  }

  /** The last review recorded at or before `instant`, without its snapshot (which can be large). */
  async latestHeaderAtOrBefore(instant: Date): Promise<{ id: string; createdAt: Date } | null> {
    return this.prisma.review.findFirst({
      where: { createdAt: { lte: instant } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true, createdAt: true },
    });
  }

  /** Each model's verdict status frozen in a review's snapshot. */
  async snapshotStatuses(reviewId: string): Promise<Map<string, VerdictStatus>> {
    // Read in slices: a 100,000-model snapshot in one result would cost hundreds of MB in flight.
    const statuses = new Map<string, VerdictStatus>();
    for (let offset = 0; ; offset += SNAPSHOT_SLICE) {
      const slice = await this.prisma.$queryRaw<{ model_id: string; status: VerdictStatus }[]>`
        SELECT v->>'modelId' AS model_id, v->>'status' AS status
        FROM review r CROSS JOIN LATERAL jsonb_array_elements(r.snapshot->'verdicts') WITH ORDINALITY AS e(v, n)
        WHERE r.id = ${reviewId}::uuid AND e.n > ${offset} AND e.n <= ${offset + SNAPSHOT_SLICE}`;
      for (const row of slice) statuses.set(row.model_id, row.status);
      if (slice.length < SNAPSHOT_SLICE) return statuses;
    }
  }

  async findById(id: string): Promise<ReviewRecord | null> {
    const row = await this.prisma.review.findUnique({ where: { id } });
    return row ? toReview(row) : null;
  }

  async list(): Promise<ReviewSummary[]> {
    const rows = await this.prisma.review.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    return rows.map((row) => {
      const { snapshot: _snapshot, ...summary } = toReview(row);
      return summary;
    });
  }

  /** Whole records as they are (a restore): ids, times and actors kept. */
  async insertMany(db: Db, reviews: Backup['reviews']): Promise<void> {
    for (const part of chunks(reviews)) {
      await db.review.createMany({
        data: part.map((review) => ({
          ...review,
          heldOn: new Date(`${review.heldOn}T00:00:00.000Z`),
          snapshot: review.snapshot as object,
          createdAt: new Date(review.createdAt),
        })),
      });
    }
  }
}
