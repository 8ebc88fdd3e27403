/**
 * Progress and notes on stderr, so stdout holds only the result: live counts when stderr is a
 * terminal, notes (skipped files) on a terminal or with --verbose, warnings always.
 */
export class Progress {
  private readonly live: boolean;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly verbose: boolean,
  ) {
    this.live = stream.isTTY === true;
  }

  /** A file was read; `count` files so far. */
  file(count: number): void {
    if (!this.live || count % 50 !== 0) return;
    this.stream.write(`\rmmt: scanned ${count} files`);
    this.shown = true;
  }

  note(message: string): void {
    if (this.live || this.verbose) this.line(message);
  }

  warn(message: string): void {
    this.line(message);
  }

  done(count: number): void {
    this.clear();
    if (this.verbose) this.stream.write(`mmt: scanned ${count} files\n`);
  }

  private line(message: string): void {
    this.clear();
    this.stream.write(`mmt: ${message}\n`);
  }

  private clear(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}
