import { randomUUID } from 'node:crypto';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';

const READ_SIZE = 64 * 1024;

/**
 * A file written once, at the writer's pace, and read by any number of readers, each from the first
 * byte at its own pace: a report or a backup is computed as fast as the database gives it while a
 * slow client reads behind, and a reader that catches up waits for the next chunk. The file is
 * unlinked as soon as it is opened, so it takes disk space only while someone holds it (the writer,
 * a reader, the cache) and never outlives the process.
 */
export class Spool {
  private size = 0;
  private state: 'writing' | 'complete' | Error = 'writing';
  // The writer and the cache that made it; each reader adds one while it reads.
  private holders = 2;
  private grew!: Promise<void>;
  private wake!: () => void;

  private constructor(private readonly file: FileHandle) {
    this.nextGrowth();
  }

  /** A new file in the temp dir (created exclusively, for its owner only, and unlinked at once). */
  static async create(dir = os.tmpdir()): Promise<Spool> {
    const name = path.join(dir, `mmt-${randomUUID()}`);
    const file = await open(name, 'wx+', 0o600);
    await unlink(name);
    return new Spool(file);
  }

  /** Bytes written so far. */
  get bytes(): number {
    return this.size;
  }

  get complete(): boolean {
    return this.state === 'complete';
  }

  get failed(): boolean {
    return this.state instanceof Error;
  }

  async append(chunk: string | Buffer): Promise<void> {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    await this.file.write(bytes, 0, bytes.length, this.size);
    this.size += bytes.length;
    this.signal();
  }

  /** The writer is done: all of the file is there. */
  finish(): void {
    this.end('complete');
  }

  /** The writer failed: readers get the error once they have read what was written. */
  fail(error: Error): void {
    this.end(error);
  }

  /** The cache lets go of it; the file closes when its writer and last reader are done too. */
  discard(): void {
    this.release();
  }

  /** A reader from the first byte. */
  reader(): Readable {
    this.holders += 1;
    return new SpoolReader(this, () => this.release());
  }

  /** Reads up to `length` bytes at `position`, waiting for the writer when there are none yet; null at the end. */
  async readAt(position: number, length: number): Promise<Buffer | null> {
    while (position >= this.size) {
      if (this.state === 'complete') return null;
      if (this.state instanceof Error) throw this.state;
      await this.grew;
    }
    const size = Math.min(length, this.size - position);
    const { bytesRead, buffer } = await this.file.read(Buffer.alloc(size), 0, size, position);
    return buffer.subarray(0, bytesRead);
  }

  private release(): void {
    this.holders -= 1;
    if (this.holders === 0) void this.file.close().catch(() => undefined);
  }

  private end(state: 'complete' | Error): void {
    if (this.state !== 'writing') return;
    this.state = state;
    this.signal();
    this.release();
  }

  private signal(): void {
    const wake = this.wake;
    this.nextGrowth();
    wake();
  }

  private nextGrowth(): void {
    this.grew = new Promise((resolve) => (this.wake = resolve));
  }
}

class SpoolReader extends Readable {
  private position = 0;

  constructor(
    private readonly spool: Spool,
    private readonly release: () => void,
  ) {
    super({ highWaterMark: READ_SIZE });
  }

  // Node calls this again only after a push, so one chunk per call never reads twice at once.
  override _read(): void {
    this.spool.readAt(this.position, READ_SIZE).then(
      (chunk) => {
        if (this.destroyed) return;
        if (chunk !== null) this.position += chunk.length;
        this.push(chunk);
      },
      (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
    );
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.release();
    callback(error);
  }
}
