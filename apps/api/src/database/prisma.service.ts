import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client.js';

export const DATABASE_URL = Symbol('DATABASE_URL');

const DATE_OID = 1082;
// The driver's defaults, except DATE: midnight UTC, as Prisma reads it (not local midnight).
const rawTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID
      ? (value: string) => new Date(`${value}T00:00:00.000Z`)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * The connection of a `readSnapshot`, and its last query: one connection runs one query at a time,
 * so queries started together inside a snapshot are queued here rather than on the driver.
 */
interface SnapshotClient {
  client: pg.PoolClient;
  last: Promise<unknown>;
}

/** A client or an open transaction: repositories accept either so use cases can compose writes. */
export type Db = PrismaClient | Prisma.TransactionClient;

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  private readonly pool: pg.Pool;
  private readonly snapshot = new AsyncLocalStorage<SnapshotClient>();
  private closed = false;

  constructor(@Inject(DATABASE_URL) databaseUrl: string) {
    // A short connect timeout makes requests fail fast (503) while the database is down.
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, connectionTimeoutMillis: 2_000 });
    super({ adapter: new PrismaPg(pool) });
    this.pool = pool;
    // Without a listener, an idle client's error (database restarted) would crash the process. After
    // `close`, the pool's connections are still closing: a database stopped then cuts them, as expected.
    pool.on('error', (error) => {
      if (!this.closed) new Logger('Database').warn(`Idle connection lost: ${error.message}`);
    });
  }

  /**
   * Rows straight from the driver, skipping Prisma's query interpreter: for reads on every
   * request's path (token, policy, list page) and for the pages of an export. `prepared` names a
   * statement of fixed text that runs on nearly every request (the token, the data versions): each
   * connection then parses and plans it once, not on every run.
   */
  async rows<T>(query: Prisma.Sql, prepared?: string): Promise<T[]> {
    const config = { name: prepared, text: query.text, values: query.values, types: rawTypes };
    const snapshot = this.snapshot.getStore();
    if (!snapshot) return (await this.pool.query(config)).rows as T[];
    const result = snapshot.last.then(() => snapshot.client.query(config));
    snapshot.last = result.catch(() => undefined);
    return (await result).rows as T[];
  }

  /**
   * Runs `work` with every `rows()` it makes, however deep, reading one consistent snapshot (a
   * read-only repeatable-read transaction): for a file of many pages, written at the database's
   * pace and never at a client's, so the connection is held only while the file is computed.
   */
  async readSnapshot<T>(work: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const result = await this.snapshot.run({ client, last: Promise.resolve() }, work);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    await this.$disconnect();
    await this.pool.end().catch(() => undefined);
  }
}
