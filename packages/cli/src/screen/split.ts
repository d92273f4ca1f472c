import type { InputFormat } from './parse';

export interface Piece {
  readonly text: string;
  /** The line number (1-based, blank lines counted) of the piece's first line. */
  readonly firstLine: number;
}

export const PIECE_SIZE = 256 * 1024;

function countBreaks(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Cuts streamed text into pieces of about PIECE_SIZE that end at a record boundary (a line
 * break, outside quotes for CSV), so that workers can read pieces independently and in
 * any order. The CSV header (the first record) is kept apart.
 */
export class Splitter {
  private rest = '';
  private scanned = 0;
  private inQuote = false;
  private boundary = 0;
  private line = 1;
  private started = false;
  header: string | undefined;

  constructor(private readonly format: InputFormat) {}

  push(chunk: string): Piece[] {
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1); // a BOM, as spreadsheets write
    }
    this.rest += chunk;
    this.scan();
    const out: Piece[] = [];
    if (this.format === 'csv' && this.header === undefined) {
      if (this.boundary === 0) return out;
      this.header = this.rest.slice(0, this.boundary);
      this.take(this.boundary);
      this.scan();
    }
    while (this.rest.length >= PIECE_SIZE && this.boundary > 0) out.push(this.take(this.boundary));
    return out;
  }

  /** What is left at the end of the input (a last line without a line break). */
  end(): Piece | undefined {
    if (this.format === 'csv' && this.header === undefined) {
      this.header = this.rest;
      this.rest = '';
    }
    return this.rest === '' ? undefined : this.take(this.rest.length);
  }

  private take(n: number): Piece {
    const text = this.rest.slice(0, n);
    const piece = { text, firstLine: this.line };
    this.line += countBreaks(text);
    this.rest = this.rest.slice(n);
    this.scanned -= n;
    // Cuts are at the last boundary (nothing scanned after it holds another) or right after
    // the header (nothing after it is scanned yet), so no boundary is known in what is left.
    this.boundary = 0;
    return piece;
  }

  private scan(): void {
    const s = this.rest;
    if (this.format === 'jsonl') {
      const i = s.lastIndexOf('\n');
      if (i >= this.scanned) this.boundary = i + 1;
      this.scanned = s.length;
      return;
    }
    // CSV: a line break ends a record only outside a quoted cell ("" inside quotes toggles twice).
    let q = this.inQuote;
    for (let i = this.scanned; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 34) q = !q;
      else if (c === 10 && !q) {
        this.boundary = i + 1;
        if (this.format === 'csv' && this.header === undefined) {
          this.scanned = i + 1;
          this.inQuote = q;
          return; // the header is cut first; the rest is scanned on the next call
        }
      }
    }
    this.inQuote = q;
    this.scanned = s.length;
  }
}
