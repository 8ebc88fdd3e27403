import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD_FILE, resolveDatabase, startEmbeddedPostgres } from './embedded-postgres.js';

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

describe('the embedded superuser', () => {
  const passwordOf = (connectionString: string) => decodeURIComponent(new URL(connectionString).password);
  const portOf = (connectionString: string) => Number(new URL(connectionString).port);
  const signIn = (port: number, password: string) =>
    query(`postgresql://postgres:${encodeURIComponent(password)}@localhost:${port}/postgres`, 'SELECT 1 AS one');

  it('has a generated password, kept in the data directory for its owner only and reused on restart', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mmt-embedded-password-'));
    try {
      const first = await startEmbeddedPostgres({ dataDir: dir });
      const password = passwordOf(first.connectionString);
      try {
        expect(password).not.toBe('postgres');
        expect(password.length).toBeGreaterThanOrEqual(24);
        expect((await readFile(path.join(dir, PASSWORD_FILE), 'utf-8')).trim()).toBe(password);
        expect((await stat(path.join(dir, PASSWORD_FILE))).mode & 0o777).toBe(0o600);
        await expect(signIn(portOf(first.connectionString), 'postgres')).rejects.toMatchObject({ code: '28P01' });
      } finally {
        await first.stop();
      }
      const second = await startEmbeddedPostgres({ dataDir: dir });
      await second.stop();
      expect(passwordOf(second.connectionString)).toBe(password);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('replaces the old fixed password of a data directory made before, on its next start', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mmt-embedded-legacy-'));
    try {
      // A data directory as earlier versions left it: superuser postgres/postgres, no password file.
      const old = await startEmbeddedPostgres({ dataDir: dir });
      await query(old.connectionString, "ALTER ROLE postgres PASSWORD 'postgres'");
      await old.stop();
      await rm(path.join(dir, PASSWORD_FILE));

      const lines: string[] = [];
      const upgraded = await startEmbeddedPostgres({ dataDir: dir, log: (line) => void lines.push(line) });
      try {
        const password = passwordOf(upgraded.connectionString);
        expect(password).not.toBe('postgres');
        expect(lines.some((line) => line.startsWith('Replaced the default PostgreSQL password'))).toBe(true);
        expect((await readFile(path.join(dir, PASSWORD_FILE), 'utf-8')).trim()).toBe(password);
        await expect(signIn(portOf(upgraded.connectionString), 'postgres')).rejects.toMatchObject({ code: '28P01' });
        expect(await signIn(portOf(upgraded.connectionString), password)).toEqual([{ one: 1 }]);
      } finally {
        await upgraded.stop();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
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
