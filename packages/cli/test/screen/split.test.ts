import { describe, expect, it } from 'vitest';
import { Splitter, utf8, type Piece } from '../../src/screen/split';
import type { InputFormat } from '../../src/screen/parse';
import { profiles, toCsv } from '../helpers';

/** Feed `bytes` to a Splitter in reads of varying size, with small buffers, as the main thread does. */
function split(bytes: Uint8Array, format: InputFormat | undefined, bufSize: number): { pieces: Piece[]; texts: string[]; s: Splitter } {
  const s = new Splitter(format, new Uint8Array(bufSize));
  const pieces: Piece[] = [];
  const texts: string[] = [];
  const take = (p: Piece | undefined) => {
    if (!p) return;
    pieces.push(p);
    texts.push(utf8(p.buf, 0, p.len)); // before the buffer is reused
  };
  let at = 0;
  let step = 1;
  while (at < bytes.length) {
    const { buf, offset, length } = s.space();
    const n = Math.min(length, bytes.length - at, (step = (step * 7) % 23) + 1);
    buf.set(bytes.subarray(at, at + n), offset);
    at += n;
    s.commit(n);
    if (s.ready()) take(s.cut(new Uint8Array(bufSize)));
  }
  take(s.end());
  return { pieces, texts, s };
}

const enc = (s: string) => new TextEncoder().encode(s);
const breaksBefore = (text: string, i: number) => text.slice(0, i).split('\n').length;

describe('Splitter', () => {
  it('cuts JSON Lines at line breaks, whole characters only, with the line number of each piece', () => {
    const lines = profiles(60, 5).map((p, i) => (i % 9 === 0 ? '' : JSON.stringify({ ...p, note: `é ☃ 🎉 ${i}` })));
    const text = `${lines.join('\n')}\n{"last":true}`;
    const { pieces, texts, s } = split(enc(`\uFEFF${text}`), undefined, 512);
    expect(s.format).toBe('jsonl');
    expect(pieces.length).toBeGreaterThan(10);
    expect(texts.join('')).toBe(text); // the BOM dropped, nothing else changed
    let offset = 0;
    texts.forEach((t, i) => {
      expect(pieces[i]!.firstLine).toBe(breaksBefore(text, offset));
      if (i < texts.length - 1) expect(t.endsWith('\n')).toBe(true);
      offset += t.length;
    });
  });

  it('keeps the CSV header apart and never cuts inside a quoted cell, even one with line breaks', () => {
    const rows = profiles(80, 9);
    const body = toCsv(rows).split('\n');
    const text = [`note,${body[0]}`, ...rows.map((_, i) => `"a, ""b""${i % 4 === 0 ? '\nsecond line\n' : ''}",${body[i + 1]}`)].join('\r\n') + '\r\n';
    const { pieces, texts, s } = split(enc(text), 'csv', 700);
    const header = text.slice(0, text.indexOf('\n') + 1);
    expect(s.header).toBe(header);
    expect(texts.join('')).toBe(text.slice(header.length));
    let offset = header.length;
    texts.forEach((t, i) => {
      expect((t.match(/"/g) ?? []).length % 2).toBe(0); // every quoted cell closes in its piece
      expect(pieces[i]!.firstLine).toBe(breaksBefore(text, offset));
      offset += t.length;
    });
  });

  it('grows the buffer for a record longer than it, and sniffs CSV when no flag or name says', () => {
    const long = `controversy\n"${'x'.repeat(5000)}"\ncontested\n`;
    const { texts, s } = split(enc(long), undefined, 256);
    expect(s.format).toBe('csv');
    expect(s.header).toBe('controversy\n');
    expect(texts.join('')).toBe(long.slice('controversy\n'.length));
  });

  it('gives no piece for empty input, read as JSON Lines', () => {
    const { pieces, s } = split(new Uint8Array(0), undefined, 64);
    expect(pieces).toHaveLength(0);
    expect(s.format).toBe('jsonl');
  });
});
