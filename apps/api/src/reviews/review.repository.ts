import { Injectable } from '@nestjs/common';
import { toIsoDate, type ReviewInput, type ReviewRecord, type ReviewSnapshot, type ReviewSummary } from '@mmt/domain';
import type { Backup } from '@mmt/domain';
import { Prisma, type Review as ReviewRow } from '../generated/prisma/client.js';
import { chunks } from '../database/chunks.js';
import { PrismaService, type Db } from '../database/prisma.service.js';

/** The most reviews a list holds, newest first: twenty years of weekly reviews. */
export const MAX_LISTED_REVIEWS = 1_000;

interface SummaryRow extends Omit<ReviewSummary, 'heldOn' | 'createdAt'> {
  heldOn: Date;
  createdAt: Date;
}

// A review without its snapshot (every model's verdict: megabytes on a large portfolio), KPIs excepted.
const SUMMARY_COLUMNS = Prisma.raw(
  `id, held_on AS "heldOn", attendees, notes, created_at AS "createdAt", created_by AS "createdBy", snapshot->'kpis' AS kpis`,
);

const toSummary = (row: SummaryRow): ReviewSummary => ({
  ...row,
  heldOn: toIsoDate(row.heldOn),
  createdAt: row.createdAt.toISOString(),
});

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

  async create(
    input: Required<ReviewInput>,
    snapshot: ReviewSnapshot,
    createdBy: string,
    db: Db = this.prisma,
  ): Promise<ReviewRecord> {
    const row = await db.review.create({
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

  /** The last review recorded at or before `instant`, without its snapshot. */
  async latestSummaryAtOrBefore(instant: Date): Promise<ReviewSummary | null> {
    const [row] = await this.prisma.rows<SummaryRow>(Prisma.sql`
      SELECT ${SUMMARY_COLUMNS} FROM review WHERE created_at <= ${instant}
      ORDER BY created_at DESC, id DESC LIMIT 1`);
    return row ? toSummary(row) : null;
  }

  async findById(id: string): Promise<ReviewRecord | null> {
    const row = await this.prisma.review.findUnique({ where: { id } });
    return row ? toReview(row) : null;
  }

  /** The newest reviews (at most `MAX_LISTED_REVIEWS`), without their snapshots. */
  async list(): Promise<ReviewSummary[]> {
    const rows = await this.prisma.rows<SummaryRow>(Prisma.sql`
      SELECT ${SUMMARY_COLUMNS} FROM review ORDER BY created_at DESC, id DESC LIMIT ${MAX_LISTED_REVIEWS}`);
    return rows.map(toSummary);
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
