import { Injectable } from '@nestjs/common';
import type { RecentFailures } from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService, type Db } from '../database/prisma.service.js';

export interface RecentPasswordFailures {
  account: RecentFailures;
  source: RecentFailures;
}

interface CountRow {
  accountCount: number;
  accountOldest: Date | null;
  sourceCount: number;
  sourceOldest: Date | null;
}

/** Password checks that failed or are under way (`login_failure`), per source and account. */
@Injectable()
export class PasswordAttemptRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The failures since `since` from `source`, and those of them for `email`: one index range. */
  async recent(db: Db, email: string, source: string, since: Date): Promise<RecentPasswordFailures> {
    const [row] = await db.$queryRaw<CountRow[]>(Prisma.sql`
      SELECT count(*)::int AS "sourceCount", min(at) AS "sourceOldest",
             (count(*) FILTER (WHERE email = ${email}))::int AS "accountCount",
             min(at) FILTER (WHERE email = ${email}) AS "accountOldest"
      FROM login_failure WHERE address = ${source} AND at > ${since}`);
    return {
      account: { count: row?.accountCount ?? 0, oldest: row?.accountOldest ?? null },
      source: { count: row?.sourceCount ?? 0, oldest: row?.sourceOldest ?? null },
    };
  }

  /**
   * Runs `work` in a transaction holding the source's lock, so that counting and recording an
   * attempt are one step for every replica; null at once when another attempt from the source
   * holds it (waiting would hold a connection, and a flood would hold them all).
   */
  withSourceLock<T>(source: string, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T | null> {
    return this.prisma.$transaction(async (tx) => {
      const [{ locked }] = await tx.$queryRaw<[{ locked: boolean }]>(
        Prisma.sql`SELECT pg_try_advisory_xact_lock(hashtextextended(${`mmt:password-attempts:${source}`}, 0)) AS locked`,
      );
      return locked ? work(tx) : null;
    });
  }

  async record(db: Db, email: string, source: string, at: Date): Promise<void> {
    await db.loginFailure.create({ data: { email, address: source, at } });
  }

  /** The right password ends the account's count from that source (the attempt just made included). */
  async clear(email: string, source: string): Promise<void> {
    await this.prisma.loginFailure.deleteMany({ where: { email, address: source } });
  }
}
