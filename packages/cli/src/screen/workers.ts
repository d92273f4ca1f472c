import { Worker } from 'node:worker_threads';
import type { WorkContext } from './work';
import type { DoneMessage, PieceMessage } from './worker';

// Each piece's garbage is short-lived: a small young generation keeps every worker's heap
// (and so the process's peak RSS) small without slowing the screen measurably.
const YOUNG_MB = Number(process.env.COPRODUCE_YOUNG_MB ?? 4);
/** Pieces a worker holds at once: one to screen, one ready next. */
const AHEAD = 2;

interface Slot {
  readonly w: Worker;
  outstanding: number;
}

/**
 * The screening worker threads. They start as soon as they are made, before the input's
 * format is known, so that their start-up (Node's, then loading and checking the rule sets
 * in each thread: about 0.2 s) overlaps the command's own; `begin` then hands them the
 * screening context. Pieces are queued here and each worker is given at most two at a time,
 * so a slow piece never holds back the others.
 */
export class Workers {
  private readonly slots: Slot[] = [];
  private readonly queue: PieceMessage[] = [];
  private onDone: ((m: DoneMessage) => void) | undefined;
  private onFail: (e: unknown) => void = (e) => (this.early ??= e);
  /** A failure before `begin` (the worker's module did not load): reported at `begin`. */
  private early: unknown;
  private ended = false;

  /** `script`: the built screening worker, next to this module in dist/ (tests pass their own). */
  constructor(
    readonly jobs: number,
    script: URL = new URL('./screen-worker.js', import.meta.url),
  ) {
    for (let i = 0; i < jobs; i++) {
      const slot: Slot = { w: new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } }), outstanding: 0 };
      slot.w.on('message', (m: DoneMessage) => {
        slot.outstanding--;
        this.onDone?.(m);
        this.dispatch();
      });
      slot.w.on('error', (e) => this.onFail(e));
      // A worker ends only when the run does: stopping sooner would leave its pieces unscreened.
      slot.w.on('exit', (code) => {
        if (!this.ended) this.onFail(new Error(`a screening worker stopped unexpectedly (exit code ${code})`));
      });
      // Not in use yet: a command that fails before screening exits without waiting for
      // them. (After the listeners: adding a 'message' listener refs the worker again.)
      slot.w.unref();
      this.slots.push(slot);
    }
  }

  /** Start screening: every worker gets the context first, then pieces as they are submitted. */
  begin(ctx: WorkContext, onDone: (m: DoneMessage) => void, onFail: (e: unknown) => void): void {
    this.onDone = onDone;
    this.onFail = onFail;
    if (this.early !== undefined) onFail(this.early);
    for (const s of this.slots) {
      s.w.ref();
      s.w.postMessage(ctx);
    }
  }

  submit(m: PieceMessage): void {
    this.queue.push(m);
    this.dispatch();
  }

  end(): void {
    this.ended = true;
    for (const s of this.slots) void s.w.terminate();
  }

  private dispatch(): void {
    if (!this.onDone) return;
    for (const s of this.slots)
      while (s.outstanding < AHEAD && this.queue.length) {
        const m = this.queue.shift()!;
        s.outstanding++;
        s.w.postMessage(m, [m.buf.buffer as ArrayBuffer]);
      }
  }
}

let started: Workers | undefined;

/**
 * Start the workers for a `coproduce screen` run before the command's own modules load
 * (called by the command's entry with its arguments). Only a guess from the arguments: the
 * run takes these workers if it asks for as many, and starts its own otherwise.
 */
export function startEarly(jobs: number): void {
  started ??= new Workers(jobs);
}

/** Workers for a run: the ones started early when there are as many, else new ones. */
export function workersFor(jobs: number): Workers {
  const w = started;
  started = undefined;
  if (w?.jobs === jobs) return w;
  w?.end();
  return new Workers(jobs);
}
