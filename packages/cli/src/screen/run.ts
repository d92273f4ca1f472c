import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { CliError } from '../exit';
import { fileProblem } from '../read-input';
import { meanHint } from '../suggest';
import type { OutputFormat } from './output';
import { csvHeader } from './output';
import type { InputFormat } from './parse';
import { BufferPool } from './pool';
import { questionIds, type RowProblem } from './problems';
import type { ScreenSpec } from './row';
import { openSource } from './source';
import { PIECE_SIZE, Splitter, type Piece } from './split';
import { emptyStats, merge, type Stats } from './stats';
import type { WorkContext } from './work';
import type { DoneMessage } from './worker';
import { workersFor } from './workers';

export interface ScreenRun {
  readonly input: string;
  readonly inputFormat?: InputFormat;
  readonly out?: string;
  readonly outputFormat?: OutputFormat;
  readonly spec: ScreenSpec;
  readonly jobs: number;
  /** Called as pieces finish: rows so far, and the share of the input read (0..1, or undefined from stdin). */
  readonly onProgress?: (rows: number, done: number | undefined) => void;
}

export interface ScreenOutcome {
  readonly stats: Stats;
  readonly examples: readonly { line: number; problem: RowProblem }[];
  readonly seconds: number;
  readonly format: { input: InputFormat; output: OutputFormat };
}

export function formatOf(path: string): InputFormat | undefined {
  const p = path.toLowerCase();
  if (p.endsWith('.csv')) return 'csv';
  if (p.endsWith('.jsonl') || p.endsWith('.ndjson')) return 'jsonl';
  return undefined;
}

/** The CSV header: question ids (and the id column); anything else stops the run before it starts. */
function readHeader(text: string, spec: ScreenSpec): string[] {
  let cols: string[];
  try {
    cols = (parse(text, { relax_column_count: true }) as string[][])[0] ?? [];
  } catch (e) {
    throw new CliError(`the CSV header (line 1) is not valid CSV: ${(e as Error).message}`, 1, { cause: e });
  }
  cols = cols.map((c) => c.trim());
  if (cols.length === 0 || (cols.length === 1 && cols[0] === '')) throw new CliError('the CSV file has no header: its first line must list question ids (see `coproduce questions --format csv-template`)');
  const known = new Set(questionIds);
  const seen = new Set<string>();
  for (const c of cols) {
    if (seen.has(c)) throw new CliError(`the CSV header (line 1) has the column "${c}" twice`);
    seen.add(c);
    if (!known.has(c) && c !== spec.idField)
      throw new CliError(`the CSV header (line 1) has the column "${c}", which no rule set asks about${meanHint(c, questionIds)}. Use --id ${JSON.stringify(c)} to carry it to the output as a row id, or see \`coproduce questions --format csv-template\``);
  }
  return cols;
}

/**
 * Screen a CSV or JSON Lines file, streaming. The main thread only moves bytes: it reads
 * the input straight into piece buffers, cuts them at record boundaries, hands them to
 * `jobs` worker threads (transferred, not copied), and writes the output each worker puts
 * back in the same buffer, in input order. Everything that allocates per row runs in the
 * workers, whose young generation is kept small; the main thread allocates almost nothing,
 * so its heap stays at its starting size. A fixed pool of buffers bounds the pieces in
 * flight: memory stays flat however long the input is.
 */
export async function runScreen(o: ScreenRun): Promise<ScreenOutcome> {
  const start = process.hrtime.bigint();
  // Started first (or taken from an early start), so they load while the input is opened.
  const workers = workersFor(o.jobs);
  let source;
  try {
    source = await openSource(o.input);
  } catch (e) {
    workers.end();
    throw e;
  }
  const size = source.size;

  const outStream: Writable = o.out ? createWriteStream(o.out) : process.stdout;
  let failure: unknown;
  const pool = new BufferPool(o.jobs * 2 + 2, PIECE_SIZE);
  const fail = (e: unknown) => {
    failure ??= e;
    pool.wake();
  };
  const check = () => {
    if (failure) throw failure;
  };
  if (o.out) outStream.on('error', (e) => fail(new CliError(fileProblem(o.out!, e), 1, { cause: e })));

  const stats = emptyStats();
  const examples: { line: number; problem: RowProblem }[] = [];
  let ctx: WorkContext | undefined;
  let outputFormat: OutputFormat | undefined;
  let read = 0;
  const done = new Map<number, DoneMessage>();
  let nextSeq = 0;
  let nextWrite = 0;
  let writing = 0;

  /** Write finished pieces in input order; each buffer goes back to the pool once written. */
  const flush = () => {
    for (let r = done.get(nextWrite); r; r = done.get(nextWrite)) {
      done.delete(nextWrite++);
      merge(stats, r.stats);
      for (const e of r.examples) if (examples.length < 5) examples.push(e);
      const bytes = r.out ?? r.buf.subarray(0, r.len);
      if (r.out) pool.give(r.buf);
      if (bytes.length) {
        writing++;
        const buf = r.buf;
        const own = !r.out;
        outStream.write(bytes, (e) => {
          writing--;
          if (e) fail(o.out ? new CliError(fileProblem(o.out, e), 1, { cause: e }) : e);
          if (own) pool.give(buf);
          else pool.wake();
        });
      } else if (!r.out) pool.give(r.buf);
      o.onProgress?.(stats.rows, size ? Math.min(1, read / size) : undefined);
    }
  };
  const begin = (header: string | undefined, format: InputFormat) => {
    const spec = o.spec;
    ctx = { format, spec, output: (outputFormat = o.outputFormat ?? (o.out ? formatOf(o.out) : undefined) ?? format), ...(format === 'csv' ? { header: readHeader(header ?? '', spec) } : {}) };
    workers.begin(
      ctx,
      (m) => {
        done.set(m.seq, m);
        flush();
      },
      fail,
    );
    if (ctx.output === 'csv') outStream.write(csvHeader(spec));
  };
  const submit = (piece: Piece, splitter: Splitter) => {
    if (!ctx) begin(splitter.header, splitter.format!);
    workers.submit({ seq: nextSeq++, buf: piece.buf, len: piece.len, firstLine: piece.firstLine });
  };

  let format: InputFormat | undefined;
  try {
    const splitter = new Splitter(o.inputFormat ?? (o.input === '-' ? undefined : formatOf(o.input)), await pool.take(check));
    for (;;) {
      const { buf, offset, length } = splitter.space();
      const n = await source.read(buf, offset, length);
      check();
      if (n === 0) break;
      read += n;
      splitter.commit(n);
      if (splitter.ready()) {
        const next = await pool.take(check);
        submit(splitter.cut(next), splitter);
      }
    }
    const last = splitter.end();
    format = splitter.format;
    if (!ctx) begin(splitter.header, format!);
    if (last) submit(last, splitter);
    // Wait until every piece is screened and written.
    while (nextWrite < nextSeq || writing > 0) {
      check();
      await pool.changed();
    }
    check();
  } finally {
    workers.end();
    await source.close();
  }
  if (o.out) {
    outStream.end();
    await Promise.race([once(outStream, 'finish'), new Promise((_, reject) => outStream.once('error', reject))]).catch((e: unknown) => {
      throw new CliError(fileProblem(o.out!, e), 1, { cause: e });
    });
  }
  return { stats, examples, seconds: Number(process.hrtime.bigint() - start) / 1e9, format: { input: format ?? 'jsonl', output: outputFormat ?? 'jsonl' } };
}
