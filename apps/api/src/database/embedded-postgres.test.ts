import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDatabase, startEmbeddedPostgres } from './embedded-postgres.js';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'mmt-embedded-pg-test-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(connectionString: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A pid that is certainly not running: a child that has already exited. */
function deadPid(): number {
  return Number(execFileSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf-8' }).trim());
}

describe('startEmbeddedPostgres', () => {
  it('creates the app database, keeps data across restarts and recovers from a stale postmaster.pid', async () => {
    const lines: string[] = [];
    const log = (line: string): void => void lines.push(line);

    const first = await startEmbeddedPostgres({ dataDir, log });
    expect(first.connectionString).toMatch(/\/mmt$/);
    await query(first.connectionString, "CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('hello')");
    await first.stop();
    expect(lines.some((l) => l.startsWith('Initialising'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^PostgreSQL ready on port \d+$/);

    // Simulate a crash: the lock file survives, naming a process that no longer exists.
    const pidFile = path.join(dataDir, 'postmaster.pid');
    await writeFile(pidFile, `${deadPid()}\n${dataDir}\n`);
    lines.length = 0;

    const second = await startEmbeddedPostgres({ dataDir, log });
    try {
      expect(await query(second.connectionString, 'SELECT v FROM kept')).toEqual([{ v: 'hello' }]);
      expect(lines.some((l) => l.startsWith('Removing stale'))).toBe(true);
      expect(lines.some((l) => l.startsWith('Initialising'))).toBe(false);
      // The running server's own lock file is respected.
      const livePid = Number((await readFile(pidFile, 'utf-8')).split('\n')[0]);
      expect(livePid).toBeGreaterThan(0);
      await expect(startEmbeddedPostgres({ dataDir, log })).rejects.toThrow(/already running/);
    } finally {
      await second.stop();
    }
  });
});

describe('resolveDatabase', () => {
  it('uses DATABASE_URL as is when set', async () => {
    const db = await resolveDatabase({ DATABASE_URL: 'postgresql://u:p@db.example:5432/x' }, () => {});
    expect(db).toMatchObject({ connectionString: 'postgresql://u:p@db.example:5432/x', embedded: false });
    await db.stop();
  });

  it('otherwise starts embedded PostgreSQL in DATA_DIR', async () => {
    const lines: string[] = [];
    const db = await resolveDatabase({ DATA_DIR: dataDir }, (line) => void lines.push(line));
    try {
      expect(db.embedded).toBe(true);
      expect(await query(db.connectionString, 'SELECT v FROM kept')).toEqual([{ v: 'hello' }]);
      expect(lines[0]).toMatch(/^Starting embedded PostgreSQL in /);
    } finally {
      await db.stop();
    }
  });
});
