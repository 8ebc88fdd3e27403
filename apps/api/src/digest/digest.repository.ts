import { Injectable } from '@nestjs/common';
import { DEFAULT_DIGEST_SCHEDULE, type DigestSchedule, type Weekday } from '@mmt/domain';
import type { DigestSchedule as ScheduleRow } from '../generated/prisma/client.js';
import { PrismaService, type Db } from '../database/prisma.service.js';

export type StoredSchedule = DigestSchedule & { updatedAt: Date | null; updatedBy: string | null };

const toSchedule = (row: ScheduleRow): StoredSchedule => ({
  enabled: row.enabled,
  day: row.day as Weekday,
  time: row.time,
  timeZone: row.timeZone,
  updatedAt: row.updatedAt,
  updatedBy: row.updatedBy,
});

/** When the weekly digest goes out, and who gets it by email. */
@Injectable()
export class DigestRepository {
  constructor(private readonly prisma: PrismaService) {}

  async schedule(): Promise<StoredSchedule> {
    const row = await this.prisma.digestSchedule.findUnique({ where: { id: 1 } });
    return row ? toSchedule(row) : { ...DEFAULT_DIGEST_SCHEDULE, updatedAt: null, updatedBy: null };
  }

  /** The schedule, held until the transaction ends, so replicas and admins change it one at a time. */
  async lockSchedule(db: Db): Promise<StoredSchedule> {
    const { enabled, day, time, timeZone } = DEFAULT_DIGEST_SCHEDULE;
    await db.$executeRaw`
      INSERT INTO digest_schedule (id, enabled, day, time, time_zone) VALUES (1, ${enabled}, ${day}, ${time}, ${timeZone})
      ON CONFLICT DO NOTHING`;
    await db.$executeRaw`SELECT 1 FROM digest_schedule WHERE id = 1 FOR UPDATE`;
    return toSchedule((await db.digestSchedule.findUnique({ where: { id: 1 } }))!);
  }

  async saveSchedule(db: Db, schedule: DigestSchedule, actor: string, at: Date): Promise<StoredSchedule> {
    return toSchedule(
      await db.digestSchedule.update({ where: { id: 1 }, data: { ...schedule, updatedAt: at, updatedBy: actor } }),
    );
  }

  async isRecipient(userId: string): Promise<boolean> {
    return (await this.prisma.digestRecipient.count({ where: { userId } })) > 0;
  }

  async setRecipient(userId: string, email: boolean): Promise<void> {
    if (email) {
      await this.prisma.digestRecipient.upsert({ where: { userId }, create: { userId }, update: {} });
    } else {
      await this.prisma.digestRecipient.deleteMany({ where: { userId } });
    }
  }

  /** Active people who opted in. */
  async recipientIds(db: Db): Promise<string[]> {
    const rows = await db.digestRecipient.findMany({ where: { user: { active: true } }, select: { userId: true } });
    return rows.map((row) => row.userId);
  }

  /** Where one person's digest goes, if they still want it. */
  async recipient(userId: string): Promise<{ email: string; name: string } | null> {
    const row = await this.prisma.digestRecipient.findUnique({
      where: { userId },
      select: { user: { select: { email: true, name: true, active: true } } },
    });
    return row?.user.active ? { email: row.user.email, name: row.user.name } : null;
  }

  async userEmail(userId: string): Promise<string | null> {
    return (await this.prisma.user.findUnique({ where: { id: userId }, select: { email: true } }))?.email ?? null;
  }
}
