import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { runMmt, writeRepository } from '../support/cli.js';
import { newModel } from '../support/factories.js';

let api: TestApi;
let env: Record<string, string>;
let folder: string;

beforeAll(async () => {
  api = await startTestApi();
  env = { MMT_URL: api.baseUrl, MMT_TOKEN: api.adminToken };
  folder = await writeRepository({});
  await api.http
    .post('/api/models')
    .send(newModel({ name: 'Report subject' }))
    .expect(201);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await api?.close();
});

describe('mmt report', () => {
  it('writes the CSV report to a file', async () => {
    const run = await runMmt(['report', '--format', 'csv', '-o', 'status.csv'], { cwd: folder, env });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^mmt: wrote status\.csv \(csv, \d+ bytes\)\n$/);
    const csv = await readFile(path.join(folder, 'status.csv'), 'utf8');
    expect(csv.split('\n')[0]).toContain('name');
    expect(csv).toContain('Report subject');
  });

  it('takes the format from the file’s extension, and says what it wrote with --json', async () => {
    const run = await runMmt(['report', '-o', 'status.pdf', '--as-of', '2026-01-31', '--json'], { cwd: folder, env });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      file: 'status.pdf',
      format: 'pdf',
      asOf: '2026-01-31',
      bytes: expect.any(Number),
    });
    expect((await readFile(path.join(folder, 'status.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('streams to stdout: the JSON report is one document', async () => {
    const run = await runMmt(['report'], { env });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).models.map((model: { name: string }) => model.name)).toContain('Report subject');
  });

  it('exits 2 on a date the server cannot read, and on --json with another format on stdout', async () => {
    const date = await runMmt(['report', '--as-of', 'last tuesday'], { env });
    expect(date.status).toBe(2);
    expect(date.stderr).toBe(
      'mmt: the server refused the input: Invalid input — asOf: must be a date (YYYY-MM-DD) or an ISO timestamp\n',
    );
    const json = await runMmt(['report', '--format', 'md', '--json'], { env });
    expect([json.status, json.stderr]).toEqual([
      2,
      'mmt: --json prints a JSON document: with --format md, write the report with -o FILE\n',
    ]);
  });
});
