import type { InputFormat } from './parse';

/** Input bytes that end at a record boundary, and the line number (1-based, blank lines counted) of their first line. */
export interface Piece {
  readonly buf: Uint8Array;
  /** The piece is buf[0, len); the buffer itself goes back to the pool after use. */
  readonly len: number;
  readonly firstLine: number;
}

export const PIECE_SIZE = 256 * 1024;

const LF = 10;
const QUOTE = 34;

/** Node's UTF-8 decoding (a BOM inside the data is kept, bad bytes become U+FFFD, as a stream decoder does). */
export function utf8(buf: Uint8Array, start: number, end: number): string {
  return Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('utf8');
}

function countBreaks(buf: Uint8Array, end: number): number {
  const b = Buffer.from(buf.buffer, buf.byteOffset, end);
  let n = 0;
  for (let i = b.indexOf(LF); i !== -1; i = b.indexOf(LF, i + 1)) n++;
  return n;
}

/**
 * Cuts the input into pieces of about PIECE_SIZE that end at a record boundary (a line
 * break, outside quotes for CSV), so that workers can read them independently and in any
 * order. It works on bytes, never decoding the data: a line break or a quote never occurs
 * inside a UTF-8 multi-byte character, so every piece holds whole characters. The input is
 * read straight into the piece's buffer (`space`, `commit`); `cut` hands over the full
 * buffer and carries the unfinished record into the next one. The CSV header (the first
 * record) is kept apart, as text.
 */
export class Splitter {
  private filled = 0;
  private scanned = 0;
  /** End of the last whole record in buf[0, scanned), or 0. */
  private boundary = 0;
  private inQuote = false;
  private line = 1;
  private started = false;
  header: string | undefined;

  constructor(
    public format: InputFormat | undefined,
    private buf: Uint8Array,
  ) {}

  /** Where to read next; a buffer full of one unfinished record is grown first. */
  space(): { buf: Uint8Array; offset: number; length: number } {
    if (this.filled === this.buf.length) {
      const bigger = new Uint8Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    return { buf: this.buf, offset: this.filled, length: this.buf.length - this.filled };
  }

  /** `n` bytes were read into `space()`. */
  commit(n: number): void {
    this.filled += n;
    if (!this.started) {
      if (this.filled < 3) return; // a BOM is three bytes: wait for them (or the end)
      this.start();
    }
    this.scan();
  }

  /** A piece is ready to cut: the buffer is full and holds at least one whole record. */
  ready(): boolean {
    return this.started && this.filled === this.buf.length && this.boundary > 0 && (this.format === 'jsonl' || this.header !== undefined);
  }

  /** The whole records so far as a piece; the unfinished one moves to `next`, which is filled from then on. */
  cut(next: Uint8Array): Piece {
    const len = this.boundary;
    const piece = { buf: this.buf, len, firstLine: this.line };
    this.line += countBreaks(this.buf, len);
    const rest = this.filled - len;
    if (next.length < rest + 1) next = new Uint8Array(this.buf.length);
    next.set(this.buf.subarray(len, this.filled));
    this.buf = next;
    this.filled = this.scanned = rest;
    this.boundary = 0; // the carried bytes come after the last boundary, so hold none
    return piece;
  }

  /** What is left at the end of the input (a last line without a line break). */
  end(): Piece | undefined {
    if (!this.started) this.start();
    if (this.format === 'csv' && this.header === undefined) {
      this.header = utf8(this.buf, 0, this.filled);
      this.filled = 0;
    }
    if (this.filled === 0) return undefined;
    const piece = { buf: this.buf, len: this.filled, firstLine: this.line };
    this.filled = this.scanned = this.boundary = 0;
    return piece;
  }

  /** The first bytes: drop a BOM (as spreadsheets write), and sniff the format when neither flag nor file name gave it. */
  private start(): void {
    this.started = true;
    const b = this.buf;
    const empty = this.filled === 0;
    if (this.filled >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
      b.copyWithin(0, 3, this.filled);
      this.filled -= 3;
    }
    // No input at all is read as (empty) JSON Lines.
    this.format ??= empty || /^\s*[{[]/.test(utf8(b, 0, this.filled)) ? 'jsonl' : 'csv';
  }

  private scan(): void {
    const b = this.buf;
    const end = this.filled;
    if (end === this.scanned) return;
    if (this.format === 'jsonl') {
      const i = b.lastIndexOf(LF, end - 1);
      if (i >= this.scanned) this.boundary = i + 1;
      this.scanned = end;
      return;
    }
    // CSV: a line break ends a record only outside a quoted cell ("" inside quotes toggles twice).
    let q = this.inQuote;
    for (let i = this.scanned; i < end; i++) {
      const c = b[i];
      if (c === QUOTE) q = !q;
      else if (c === LF && !q) {
        this.boundary = i + 1;
        if (this.header === undefined) {
          // The header is cut first, as text; the rest moves to the front and is scanned anew.
          this.header = utf8(b, 0, i + 1);
          this.line += countBreaks(b, i + 1);
          b.copyWithin(0, i + 1, end);
          this.filled = end - (i + 1);
          this.scanned = this.boundary = 0;
          this.inQuote = false;
          this.scan();
          return;
        }
      }
    }
    this.inQuote = q;
    this.scanned = end;
  }
}
