/**
 * A fixed number of piece buffers, taken for reading and given back once a piece's output
 * is written. Taking waits while all are in use: that bounds the pieces in flight, so
 * memory stays flat however long the input is, and reading never runs ahead of writing.
 */
export class BufferPool {
  private readonly free: Uint8Array[] = [];
  private made = 0;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly count: number,
    private readonly size: number,
  ) {}

  /** A buffer; `stop()` is checked while waiting, and throws to end the wait (a worker or write failed). */
  async take(stop: () => void): Promise<Uint8Array> {
    for (;;) {
      stop();
      const b = this.free.pop();
      if (b) return b;
      if (this.made < this.count) {
        this.made++;
        return new Uint8Array(this.size);
      }
      await this.changed();
    }
  }

  /** Resolves at the next `give` or `wake`. */
  changed(): Promise<void> {
    return new Promise<void>((r) => this.waiting.push(r));
  }

  give(b: Uint8Array): void {
    this.free.push(b);
    this.wake();
  }

  /** Wake whoever waits, to look again (a buffer came back, or something failed). */
  wake(): void {
    const w = this.waiting;
    this.waiting = [];
    for (const r of w) r();
  }
}
