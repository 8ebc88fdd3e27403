import { Injectable } from '@nestjs/common';
import type { BoundaryModel, ModelExceptionRecord, ModelRef, ModelState } from '@mmt/domain';
import type { Db } from '../database/prisma.service.js';
import { toExceptionRecord } from '../verdicts/verdict-inputs.repository.js';

/** The reads and the bookmark of the scheduled look for changes nobody wrote. */
@Injectable()
export class TimeDrivenRepository {
  /** How far the last look got, held until the transaction ends: looks take turns. */
  async lockScannedTo(db: Db, now: Date): Promise<Date> {
    await db.$executeRaw`INSERT INTO notification_scan (id, scanned_to) VALUES (1, ${now}) ON CONFLICT DO NOTHING`;
    const [row] = await db.$queryRaw<{ scanned_to: Date }[]>`
      SELECT scanned_to FROM notification_scan WHERE id = 1 FOR UPDATE`;
    return row!.scanned_to;
  }

  async setScannedTo(db: Db, at: Date): Promise<void> {
    await db.notificationScan.update({ where: { id: 1 }, data: { scannedTo: at } });
  }

  /** Models whose verdict timeline has a span starting at `boundary`: the only ones whose verdict changes there. */
  async modelsChangingAt(db: Db, boundary: Date): Promise<string[]> {
    const rows = await db.verdictSpan.findMany({ where: { validFrom: boundary }, select: { modelId: true } });
    return rows.map((row) => row.modelId);
  }

  async histories(db: Db, modelIds: string[]): Promise<Omit<BoundaryModel, 'exceptions'>[]> {
    if (modelIds.length === 0) return [];
    const rows = await db.model.findMany({
      where: { id: { in: modelIds } },
      select: {
        id: true,
        name: true,
        team: true,
        events: { orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { at: true, recordedAt: true, state: true } },
      },
    });
    return rows.map(({ events, ...model }) => ({
      model,
      events: events.map((event) => ({ ...event, state: event.state as unknown as ModelState })),
    }));
  }

  /** Exceptions whose expiry falls on one of these dates, with their model. */
  async exceptionsExpiringOn(db: Db, dates: string[]): Promise<(ModelExceptionRecord & { model: ModelRef })[]> {
    const rows = await db.modelException.findMany({
      where: { expiresOn: { in: dates.map((date) => new Date(`${date}T00:00:00.000Z`)) } },
      include: { model: { select: { id: true, name: true, team: true } } },
    });
    return rows.map((row) => ({ ...toExceptionRecord(row), model: row.model }));
  }
}
