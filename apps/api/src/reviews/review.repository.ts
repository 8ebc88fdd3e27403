import { Injectable } from '@nestjs/common';
import { toIsoDate, type ReviewInput, type ReviewRecord, type ReviewSnapshot, type ReviewSummary } from '@mmt/domain';
import type { Review as ReviewRow } from '../generated/prisma/client.js';
import { PrismaService, type Db } from '../database/prisma.service.js';

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

  async list(): Promise<ReviewSummary[]> {
    const rows = await this.prisma.review.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    return rows.map((row) => {
      const { snapshot: _snapshot, ...summary } = toReview(row);
      return summary;
    });
  }
}
