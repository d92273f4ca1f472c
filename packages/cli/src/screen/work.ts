import { formatRow, type OutputFormat } from './output';
import { screenPiece, type PieceContext } from './parse';
import { count, emptyStats, type Stats } from './stats';
import type { RowProblem } from './problems';

export interface WorkContext extends PieceContext {
  readonly output: OutputFormat;
}

export interface PieceResult {
  /** Output bytes: buf[0, len) of the piece's own buffer, or `out` when they did not fit there. */
  readonly len: number;
  readonly out?: Uint8Array;
  readonly stats: Stats;
  /** The first few invalid rows, for the summary ("line 7: controversy: …"). */
  readonly examples: readonly { line: number; problem: RowProblem }[];
}

const encoder = new TextEncoder();

/**
 * Screen one piece (the unit of work of a worker) and encode its output rows as they come
 * into the bytes of the input already read, so no row's text outlives its turn and no
 * string of the whole output is built. Rows that would overtake the reading (output longer
 * than input) are kept aside and appended at the end, in order.
 */
export function work(buf: Uint8Array, len: number, firstLine: number, ctx: WorkContext): PieceResult {
  const stats = emptyStats();
  const examples: { line: number; problem: RowProblem }[] = [];
  let written = 0;
  let free = 0;
  let aside: string[] | undefined;
  screenPiece(buf, len, firstLine, ctx, {
    consumed(end) {
      free = end;
    },
    row(r) {
      count(stats, r);
      if ('problems' in r && examples.length < 5) examples.push({ line: r.line, problem: r.problems[0]! });
      const s = formatRow(r, ctx.spec, ctx.output);
      if (!aside) {
        const e = encoder.encodeInto(s, buf.subarray(written, free));
        if (e.read === s.length) {
          written += e.written;
          return;
        }
        aside = [];
      }
      aside.push(s);
    },
  });
  if (!aside) return { len: written, stats, examples };
  const rest = encoder.encode(aside.join(''));
  const out = new Uint8Array(written + rest.length);
  out.set(buf.subarray(0, written));
  out.set(rest, written);
  return { len: 0, out, stats, examples };
}
