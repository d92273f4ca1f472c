import { formatRow, type OutputFormat } from './output';
import { screenPiece, type PieceContext } from './parse';
import { count, emptyStats, type Stats } from './stats';
import type { RowProblem } from './problems';

export interface WorkContext extends PieceContext {
  readonly output: OutputFormat;
}

export interface PieceResult {
  readonly text: string;
  readonly stats: Stats;
  /** The first few invalid rows, for the summary ("line 7: controversy: …"). */
  readonly examples: readonly { line: number; problem: RowProblem }[];
}

/** Screen one piece and format its output rows as they come: the unit of work of a worker. */
export function work(text: string, firstLine: number, ctx: WorkContext): PieceResult {
  const stats = emptyStats();
  const examples: { line: number; problem: RowProblem }[] = [];
  let out = '';
  screenPiece(text, firstLine, ctx, (r) => {
    count(stats, r);
    if ('problems' in r && examples.length < 5) examples.push({ line: r.line, problem: r.problems[0]! });
    out += formatRow(r, ctx.spec, ctx.output);
  });
  return { text: out, stats, examples };
}
