import { parse } from 'csv-parse/sync';
import { cellAnswer } from './cells';
import type { RowProblem } from './problems';
import { screenProfile, type RowResult, type ScreenSpec } from './row';
import { utf8 } from './split';

export type InputFormat = 'csv' | 'jsonl';

/** What a worker needs to read a piece of the input on its own. */
export interface PieceContext {
  readonly format: InputFormat;
  readonly spec: ScreenSpec;
  /** CSV only: the header's column names. */
  readonly header?: readonly string[];
}

/** Where a piece's results go, in input order. */
export interface RowSink {
  row(r: RowResult): void;
  /** The piece's bytes before `end` are read and may be overwritten (with output). */
  consumed(end: number): void;
}

/**
 * Screen a piece of the input (bytes buf[0, len), starting at line `firstLine` and ending
 * at a record boundary), handing each row's result to the sink as soon as it is made, so
 * that no row outlives its turn. Blank lines are skipped but counted, so every result
 * carries the line a person sees in an editor.
 */
export function screenPiece(buf: Uint8Array, len: number, firstLine: number, ctx: PieceContext, sink: RowSink): void {
  if (ctx.format === 'jsonl') jsonLines(buf, len, firstLine, ctx.spec, sink);
  else {
    const text = utf8(buf, 0, len);
    sink.consumed(len);
    csvRecords(text, firstLine, ctx, (r) => sink.row(r));
  }
}

/** JSON Lines, decoded one line at a time: no string of the whole piece is made. */
function jsonLines(buf: Uint8Array, len: number, firstLine: number, spec: ScreenSpec, sink: RowSink): void {
  const b = Buffer.from(buf.buffer, buf.byteOffset, len);
  let line = firstLine;
  let start = 0;
  while (start < len) {
    let end = b.indexOf(10, start);
    if (end === -1) end = len;
    const s = b.toString('utf8', start, end);
    sink.consumed(end);
    if (s.trim() !== '') {
      let value: unknown;
      try {
        value = JSON.parse(s);
      } catch (e) {
        sink.row({ line, problems: [{ field: '(row)', message: `not valid JSON: ${(e as Error).message.split('\n')[0]}`, expected: 'one JSON object per line' }] });
        value = undefined;
      }
      if (value !== undefined) sink.row(screenProfile(value, line, spec));
    }
    start = end + 1;
    line++;
  }
}

function csvRecords(text: string, firstLine: number, ctx: PieceContext, out: (r: RowResult) => void): void {
  const header = ctx.header!;
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: false }) as unknown as typeof records;
  } catch (e) {
    const at = (e as { lines?: number }).lines;
    out({ line: firstLine + (at ? at - 1 : 0), problems: [{ field: '(row)', message: `not valid CSV: ${(e as Error).message}` }] });
    return;
  }
  for (const { record, info } of records) {
    // info.lines is where the record ends; a quoted cell may hold line breaks.
    let breaks = 0;
    for (const c of record) for (let i = c.indexOf('\n'); i !== -1; i = c.indexOf('\n', i + 1)) breaks++;
    const line = firstLine + info.lines - 1 - breaks;
    const problems: RowProblem[] = [];
    if (record.length !== header.length) problems.push({ field: '(row)', message: `has ${record.length} cells but the header has ${header.length}`, expected: `${header.length} comma-separated cells` });
    const profile: Record<string, unknown> = {};
    for (let i = 0; i < header.length && i < record.length; i++) {
      const col = header[i]!;
      const cell = record[i]!;
      if (col === ctx.spec.idField) profile[col] = cell;
      else if (cell.trim() !== '') {
        const v = cellAnswer(col, cell, problems);
        if (v !== undefined) profile[col] = v;
      }
    }
    out(screenProfile(profile, line, ctx.spec, problems));
  }
}
