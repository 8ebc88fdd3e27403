import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  DriverAdapterError,
  type ConnectionInfo,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import { relabelCharColumnsOn, restoreCharColumns } from './pg-char-columns.js';

export interface MigrationAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Disposes every connection and shadow database this factory opened (idempotent). */
  close(): Promise<void>;
}

type Log = (message: string) => void;

/**
 * A driver-adapter factory for Prisma's schema engine that fixes what the stock adapter-pg gets
 * wrong for migrations: a shadow database that is really separate (and really dropped), `"char"`
 * columns, and scripts with `$$` bodies.
 */
export function createMigrationAdapterFactory(connectionString: string, log: Log = () => {}): MigrationAdapterFactory {
  const open = new Set<SqlDriverAdapter>();
  const schema = new URL(connectionString).searchParams.get('schema') ?? undefined;

  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    open.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      open.delete(adapter);
      await dispose();
    };
    return adapter;
  };

  return {
    provider: 'postgres',
    adapterName: '@mmt/migration-adapter-pg',

    async connect() {
      return track(await connectAdapter(connectionString, schema, log));
    },

    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '_')}`;
      await runAdminStatement(connectionString, `CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      const adapter = await connectAdapter(withDatabase(connectionString, name), schema, log, async () => {
        // Only after the pool is closed can the database go; FORCE ends any stray session.
        await runAdminStatement(connectionString, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      });
      return track(adapter);
    },

    async close() {
      const results = await Promise.allSettled([...open].map((adapter) => adapter.dispose()));
      for (const result of results) {
        if (result.status === 'rejected') log(`Closing a migration connection failed: ${String(result.reason)}`);
      }
    },
  };
}

/** Replaces the database in a URL: pg would let the URL win over a separate `database` option. */
export function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function runAdminStatement(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function connectAdapter(
  connectionString: string,
  schema: string | undefined,
  log: Log,
  afterPoolEnded?: () => Promise<void>,
): Promise<SqlDriverAdapter> {
  // allowExitOnIdle: idle pooled connections must not keep a CLI process alive.
  const pool = new pg.Pool({ connectionString, allowExitOnIdle: true });
  pool.on('error', (error) => log(`PostgreSQL connection error (idle client): ${error.message}`));
  pool.on('connect', (client) => {
    client.on('error', (error) => log(`PostgreSQL connection error: ${error.message}`));
    relabelCharColumnsOn(client);
  });
  const inner = await new PrismaPg(pool, { schema, disposeExternalPool: true }).connect();
  return new MigrationAdapter(inner, pool, afterPoolEnded);
}

class MigrationAdapter implements SqlDriverAdapter {
  readonly provider = 'postgres';
  readonly adapterName: string;
  private disposing: Promise<void> | undefined;

  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly pool: pg.Pool,
    private readonly afterPoolEnded?: () => Promise<void>,
  ) {
    this.adapterName = inner.adapterName;
  }

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return restoreCharColumns(await this.inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  // adapter-pg splits scripts on `;`, which cuts `$$` bodies apart. One simple-protocol query runs
  // the whole script in one implicit transaction, so a failing migration leaves nothing behind.
  async executeScript(script: string): Promise<void> {
    try {
      await this.pool.query(script);
    } catch (error) {
      throw toDriverAdapterError(error);
    }
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const transaction = await this.inner.startTransaction(isolationLevel);
    const queryRaw = transaction.queryRaw.bind(transaction);
    transaction.queryRaw = async (query) => restoreCharColumns(await queryRaw(query));
    return transaction;
  }

  getConnectionInfo(): ConnectionInfo {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: true };
  }

  dispose(): Promise<void> {
    this.disposing ??= (async () => {
      await this.inner.dispose();
      await this.afterPoolEnded?.();
    })();
    return this.disposing;
  }
}

function toDriverAdapterError(error: unknown): Error {
  if (error instanceof pg.DatabaseError) {
    return new DriverAdapterError({
      kind: 'postgres',
      code: error.code ?? 'N/A',
      severity: error.severity ?? 'N/A',
      message: error.message,
      detail: error.detail,
      column: error.column,
      hint: error.hint,
    });
  }
  return error instanceof Error ? error : new Error(String(error));
}
