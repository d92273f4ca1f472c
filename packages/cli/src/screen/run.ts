import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import { Worker } from 'node:worker_threads';
import type { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { CliError } from '../exit';
import { fileProblem } from '../read-input';
import { meanHint } from '../suggest';
import type { OutputFormat } from './output';
import { csvHeader } from './output';
import type { InputFormat } from './parse';
import { questionIds, type RowProblem } from './problems';
import type { ScreenSpec } from './row';
import { PIECE_SIZE, Splitter, type Piece } from './split';
import { emptyStats, merge, type Stats } from './stats';
import { work, type PieceResult, type WorkContext } from './work';

const YOUNG_MB = Number(process.env.COPRODUCE_YOUNG_MB ?? 4);

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
 * Screen a CSV or JSON Lines file, streaming: pieces of the input go to worker threads and
 * come back formatted, and are written in input order. At most a few pieces per worker are
 * in flight, so memory stays flat however long the input is.
 */
export async function runScreen(o: ScreenRun): Promise<ScreenOutcome> {
  const start = process.hrtime.bigint();
  const size = o.input === '-' ? undefined : sizeOf(o.input);
  const input = o.input === '-' ? process.stdin : createReadStream(o.input, { highWaterMark: PIECE_SIZE });
  let format = o.inputFormat ?? (o.input === '-' ? undefined : formatOf(o.input));

  const outStream: Writable = o.out ? createWriteStream(o.out) : process.stdout;
  const outFailed = o.out ? once(outStream, 'error').then(([e]) => { throw new CliError(fileProblem(o.out!, e), 1, { cause: e }); }) : new Promise<never>(() => {});
  const write = async (s: string) => {
    if (s && !outStream.write(s)) await Promise.race([once(outStream, 'drain'), outFailed]);
  };

  const stats = emptyStats();
  const examples: { line: number; problem: RowProblem }[] = [];
  let splitter: Splitter | undefined;
  let ctx: WorkContext | undefined;
  let outputFormat: OutputFormat | undefined;
  let read = 0;
  // With --jobs N the main thread is one of the N: it reads, writes, and screens pieces
  // itself whenever it is ahead, beside N - 1 worker threads. One isolate fewer holding the
  // rule sets keeps peak RSS down; each worker gets two pieces ahead so it never waits
  // while the main thread is busy with one.
  const workers: { w: Worker; outstanding: number }[] = [];
  const queue: { seq: number; piece: Piece }[] = [];
  const done = new Map<number, PieceResult>();
  let nextSeq = 0;
  let nextWrite = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const signal = () => { wake?.(); wake = undefined; };
  const waitForResult = () => new Promise<void>((r) => (wake = r));

  const finish = async (r: PieceResult) => {
    merge(stats, r.stats);
    for (const e of r.examples) if (examples.length < 5) examples.push(e);
    await write(r.text);
    o.onProgress?.(stats.rows, size ? Math.min(1, read / size) : undefined);
  };
  const dispatch = () => {
    for (const x of workers)
      while (x.outstanding < 2 && queue.length) {
        const { seq, piece } = queue.shift()!;
        x.outstanding++;
        x.w.postMessage({ seq, text: piece.text, firstLine: piece.firstLine });
      }
  };
  const begin = async (header: string | undefined) => {
    const spec = o.spec;
    const fmt = format!;
    ctx = { format: fmt, spec, output: (outputFormat = o.outputFormat ?? (o.out ? formatOf(o.out) : undefined) ?? fmt), ...(fmt === 'csv' ? { header: readHeader(header ?? '', spec) } : {}) };
    for (let i = 1; i < o.jobs; i++) {
      const x = {
        w: new Worker(new URL('./screen-worker.js', import.meta.url), {
          workerData: ctx,
          // Each piece's garbage is short-lived: a small young generation keeps every worker's
          // heap (and so the process's peak RSS) small without slowing the screen measurably.
          resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
        }),
        outstanding: 0,
      };
      x.w.on('message', (m: PieceResult & { seq: number }) => {
        done.set(m.seq, m);
        x.outstanding--;
        dispatch();
        signal();
      });
      x.w.on('error', (e) => { failure = e; signal(); });
      workers.push(x);
    }
    if (ctx.output === 'csv') await write(csvHeader(spec));
  };
  const submit = async (pieces: Piece[]) => {
    for (const piece of pieces) {
      if (!ctx) await begin(splitter!.header);
      queue.push({ seq: nextSeq++, piece });
      dispatch();
      await drain(o.jobs * 2);
    }
  };
  /** Write finished pieces in order, screening queued ones here, until at most `limit` are outstanding. */
  const drain = async (limit: number) => {
    for (;;) {
      if (failure) throw failure;
      while (done.has(nextWrite)) {
        const r = done.get(nextWrite)!;
        done.delete(nextWrite++);
        await finish(r);
      }
      if (nextSeq - nextWrite <= limit) return;
      if (queue.length) {
        const { seq, piece } = queue.pop()!; // the newest: the workers have the older ones in hand
        done.set(seq, work(piece.text, piece.firstLine, ctx!));
        continue;
      }
      await waitForResult();
    }
  };

  try {
    const decoder = new StringDecoder('utf8');
    try {
      for await (const chunk of input) {
        read += (chunk as Buffer).length;
        let text = decoder.write(chunk as Buffer);
        if (!splitter) {
          if (!format) format = /^\uFEFF?\s*[{[]/.test(text) ? 'jsonl' : 'csv';
          splitter = new Splitter(format);
        }
        await submit(splitter.push(text));
        text = '';
      }
    } catch (e) {
      if (e instanceof CliError || !(e as NodeJS.ErrnoException).code) throw e;
      throw new CliError(fileProblem(o.input, e), 1, { cause: e });
    }
    if (!splitter) splitter = new Splitter(format ?? 'jsonl');
    const last = splitter.end();
    if (!ctx) await begin(splitter.header);
    if (last) await submit([last]);
    await drain(0);
  } finally {
    for (const x of workers) void x.w.terminate();
  }
  if (o.out) {
    outStream.end();
    await Promise.race([once(outStream, 'finish'), outFailed]);
  }
  return { stats, examples, seconds: Number(process.hrtime.bigint() - start) / 1e9, format: { input: format ?? 'jsonl', output: outputFormat ?? 'jsonl' } };
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch (e) {
    throw new CliError(fileProblem(path, e), 1, { cause: e });
  }
}
