import { Injectable } from '@nestjs/common';
import { toIsoDate, type ReviewInput, type ReviewRecord, type ReviewSnapshot, type ReviewSummary } from '@mmt/domain';
import { Prisma, type Review as ReviewRow } from '../generated/prisma/client.js';
import { PrismaService } from '../database/prisma.service.js';

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

  async findById(id: string): Promise<ReviewRecord | null> {
    const row = await this.prisma.review.findUnique({ where: { id } });
    return row ? toReview(row) : null;
  }

  /** The last review recorded at or before `instant`, without its snapshot. */
  async latestSummaryAtOrBefore(instant: Date): Promise<ReviewSummary | null> {
    const [row] = await this.prisma.rows<SummaryRow>(Prisma.sql`
      SELECT ${SUMMARY_COLUMNS} FROM review WHERE created_at <= ${instant}
      ORDER BY created_at DESC, id DESC LIMIT 1`);
    return row ? toSummary(row) : null;
  }

  /** The newest reviews (at most `MAX_LISTED_REVIEWS`), without their snapshots. */
  async list(): Promise<ReviewSummary[]> {
    const rows = await this.prisma.rows<SummaryRow>(Prisma.sql`
      SELECT ${SUMMARY_COLUMNS} FROM review ORDER BY created_at DESC, id DESC LIMIT ${MAX_LISTED_REVIEWS}`);
    return rows.map(toSummary);
  }
}
