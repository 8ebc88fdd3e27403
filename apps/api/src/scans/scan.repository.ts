import { Injectable } from '@nestjs/common';
import type { Scan, ScanFindings, ScanInput } from '@mmt/domain';
import type { Scan as ScanRow } from '../generated/prisma/client.js';
import { PrismaService, type Db } from '../database/prisma.service.js';

export interface NewScan extends ScanInput {
  id: string;
  modelId: string;
  recordedAt: Date;
  recordedBy: string;
}

const toScan = (row: ScanRow): Scan => ({
  id: row.id,
  modelId: row.modelId,
  recordedAt: row.recordedAt.toISOString(),
  recordedBy: row.recordedBy,
  commit: row.commit,
  ref: row.ref,
  findings: row.findings as unknown as ScanFindings,
});

/** Scans: the one writer of the scan table (rows are never changed), and its reads by model. */
@Injectable()
export class ScanRepository {
  constructor(private readonly prisma: PrismaService) {}

  async insert(db: Db, scan: NewScan): Promise<Scan> {
    const { primary, tf1Apis } = scan.findings;
    const row = await db.scan.create({
      data: {
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
      },
    });
    return toScan(row);
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
