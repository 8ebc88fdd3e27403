import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Spool } from './spool.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'spool-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Spool', () => {
  it('gives every reader the whole file from its first byte, whenever it starts', async () => {
    const spool = await Spool.create(dir);
    const early = buffer(spool.reader());
    await spool.append('hello, ');
    const middle = buffer(spool.reader());
    await spool.append(Buffer.from('world'));
    spool.finish();
    const late = buffer(spool.reader());
    expect((await Promise.all([early, middle, late])).map(String)).toEqual([
      'hello, world',
      'hello, world',
      'hello, world',
    ]);
    expect(spool.complete).toBe(true);
    expect(spool.bytes).toBe(12);
  });

  it('never makes the writer wait for a reader that takes nothing', async () => {
    const spool = await Spool.create(dir);
    const stalled = spool.reader();
    stalled.pause();
    const chunk = Buffer.alloc(1024 * 1024, 'x');
    for (let index = 0; index < 32; index += 1) await spool.append(chunk);
    spool.finish();
    expect(spool.bytes).toBe(32 * 1024 * 1024);
    stalled.destroy();
  });

  it('ends its readers with the writer’s error, after what was written', async () => {
    const spool = await Spool.create(dir);
    const reader = buffer(spool.reader());
    await spool.append('partial');
    spool.fail(new Error('database went away'));
    await expect(reader).rejects.toThrow('database went away');
    expect(spool.failed).toBe(true);
  });

  it('leaves no file behind', async () => {
    const spool = await Spool.create(dir);
    await spool.append('gone');
    spool.finish();
    spool.discard();
    expect(await readdir(dir)).toEqual([]);
  });
});
