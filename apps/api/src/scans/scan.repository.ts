import { Injectable } from '@nestjs/common';
import type { Scan, ScanFindings, ScanInput } from '@mmt/domain';
import type { Scan as ScanRow } from '../generated/prisma/client.js';
import { chunks } from '../database/chunks.js';
import { PrismaService, type Db } from '../database/prisma.service.js';

export interface NewScan extends ScanInput {
  id: string;
  modelId: string;
  recordedAt: Date;
  recordedBy: string;
}

export const toScan = (row: ScanRow): Scan => ({
  id: row.id,
  modelId: row.modelId,
  recordedAt: row.recordedAt.toISOString(),
  recordedBy: row.recordedBy,
  commit: row.commit,
  ref: row.ref,
  findings: row.findings as unknown as ScanFindings,
});

/** The row of a scan: its findings whole, and the columns the drift and series queries read. */
function scanRow(scan: Omit<NewScan, 'commit' | 'ref'> & { commit?: string | null; ref?: string | null }) {
  const { primary, tf1Apis } = scan.findings;
  return {
    id: scan.id,
    modelId: scan.modelId,
    recordedAt: scan.recordedAt,
    recordedBy: scan.recordedBy,
    commit: scan.commit ?? null,
    ref: scan.ref ?? null,
    findings: scan.findings,
    primaryFramework: primary?.framework ?? null,
    primaryVersion: primary?.version ?? null,
    primaryFamily: primary?.family ?? null,
    tf1Total: tf1Apis.total,
  };
}

/** Scans: the one writer of the scan table (rows are never changed), and its reads by model. */
@Injectable()
export class ScanRepository {
  constructor(private readonly prisma: PrismaService) {}

  async insert(db: Db, scan: NewScan): Promise<Scan> {
    return toScan(await db.scan.create({ data: scanRow(scan) }));
  }

  /** Scans as a backup holds them, ids and times kept (a restore). */
  async insertMany(db: Db, scans: readonly Scan[]): Promise<void> {
    for (const part of chunks(scans, 500)) {
      await db.scan.createMany({
        data: part.map((scan) => scanRow({ ...scan, recordedAt: new Date(scan.recordedAt) })),
      });
    }
  }

  /** The model's newest scans (by when they were recorded) and how many it has. */
  async newest(modelId: string, limit: number): Promise<{ items: Scan[]; total: number }> {
    const [rows, total] = await Promise.all([
      this.prisma.scan.findMany({ where: { modelId }, orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }], take: limit }),
      this.prisma.scan.count({ where: { modelId } }),
    ]);
    return { items: rows.map(toScan), total };
  }
}
