import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { MMT, runMmt } from '../support/cli.js';

let api: TestApi;
let folder: string;
let version: string;

beforeAll(async () => {
  api = await startTestApi();
  folder = await mkdtemp(path.join(tmpdir(), 'mmt-download-'));
  ({ version } = JSON.parse(await readFile(path.join(path.dirname(MMT), '../../../package.json'), 'utf8')));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await api?.close();
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('GET /cli/mmt.mjs', () => {
  it('serves the built command line, without credentials, at the server’s version', async () => {
    const response = await fetch(`${api.baseUrl}/cli/mmt.mjs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-mmt-version')).toBe(version);
    expect(response.headers.get('etag')).toMatch(new RegExp(`^"mmt-${version.replace(/\./g, '\\.')}-[0-9a-f]{16}"$`));
    expect(Buffer.from(await response.arrayBuffer()).equals(await readFile(MMT))).toBe(true);
  });

  it('answers 304 to a cache that holds this version', async () => {
    const etag = (await fetch(`${api.baseUrl}/cli/mmt.mjs`)).headers.get('etag')!;
    const again = await fetch(`${api.baseUrl}/cli/mmt.mjs`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const other = await fetch(`${api.baseUrl}/cli/mmt.mjs`, { headers: { 'if-none-match': '"mmt-0.0.0-0"' } });
    expect(other.status).toBe(200);
  });

  it('runs once downloaded, with plain node and nothing beside it', async () => {
    const file = path.join(folder, 'mmt.mjs');
    await writeFile(file, Buffer.from(await (await fetch(`${api.baseUrl}/cli/mmt.mjs`)).arrayBuffer()));
    expect(await runMmt(['--version'], { mmt: file, cwd: folder })).toEqual({
      status: 0,
      stdout: `${version}\n`,
      stderr: '',
    });
    await writeFile(path.join(folder, 'requirements.txt'), 'torch==2.1.0\n');
    const scan = await runMmt(['scan', '.', '--json'], { mmt: file, cwd: folder });
    expect(scan.status, scan.stderr).toBe(0);
    expect(JSON.parse(scan.stdout).primary).toEqual({ framework: 'pytorch', version: '==2.1.0', family: 'PyTorch' });
  });

  it('says what to do when the command line was not built (503)', async () => {
    const unbuilt = await startTestApi({ cliBundle: path.join(folder, 'not-built', 'mmt.mjs') });
    try {
      const response = await fetch(`${unbuilt.baseUrl}/cli/mmt.mjs`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        statusCode: 503,
        message: expect.stringContaining('run `npm run build` there'),
      });
    } finally {
      await unbuilt.close();
    }
  });
});

describe('connecting: one line and exit 3 when the server cannot serve, exit 2 when the command cannot start', () => {
  it('a token the server rejects', async () => {
    const run = await runMmt(['report'], { env: { MMT_URL: api.baseUrl, MMT_TOKEN: 'mmt_not-a-real-token' } });
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^mmt: token rejected: it is not valid \(mistyped, expired or revoked\)\. Set MMT_TOKEN or --token to a valid API token \(Account → My API tokens\)\n$/,
    );
  });

  it('a server nobody answers at', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const run = await runMmt(['report', '--url', url, '--token', 'x'], {});
    expect([run.status, run.stderr]).toEqual([
      3,
      `mmt: cannot reach the server at ${url} (connection refused): check MMT_URL or --url, and that the server is up\n`,
    ]);
  });

  it('no server or no token given, or a URL that is not one', async () => {
    expect(await runMmt(['report'], { env: { MMT_TOKEN: 'x' } })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'mmt: no server given: set MMT_URL or pass --url (the dashboard’s address)\n',
    });
    expect((await runMmt(['report', '--url', api.baseUrl])).stderr).toBe(
      'mmt: no API token given: set MMT_TOKEN or pass --token (make one under Account → My API tokens)\n',
    );
    const ftp = await runMmt(['report', '--url', 'ftp://example.com', '--token', 'x']);
    expect([ftp.status, ftp.stderr]).toEqual([
      2,
      'mmt: ftp://example.com is not an http(s) URL: give the server as http(s)://host[:port]\n',
    ]);
  });

  it('--url and --token win over the environment', async () => {
    const run = await runMmt(['report', '--url', api.baseUrl, '--token', api.adminToken], {
      env: { MMT_URL: 'http://127.0.0.1:1', MMT_TOKEN: 'wrong' },
    });
    expect(run.status, run.stderr).toBe(0);
  });

  it('runs from a copy of the bundle alone', async () => {
    const copy = path.join(folder, 'copy.mjs');
    await copyFile(MMT, copy);
    const run = await runMmt(['report', '--format', 'csv'], {
      mmt: copy,
      env: { MMT_URL: api.baseUrl, MMT_TOKEN: api.adminToken },
    });
    expect(run.status, run.stderr).toBe(0);
  });
});
