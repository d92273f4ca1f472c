import { describe, expect, it } from 'vitest';
import type { WorkContext } from '../../src/screen/work';
import type { DoneMessage } from '../../src/screen/worker';
import { startEarly, Workers, workersFor } from '../../src/screen/workers';

const echo = new URL('./fixtures/echo-worker.mjs', import.meta.url);
const broken = new URL('./fixtures/broken-worker.mjs', import.meta.url);
const ctx = { tag: 'ctx-1' } as unknown as WorkContext;

type Echo = DoneMessage & { threadId: number; heldOnArrival: number; tag: string };

/** Submit `n` pieces (each buffer holding its number) and collect what comes back. */
function screenAll(w: Workers, n: number): Promise<Echo[]> {
  return new Promise((resolve, reject) => {
    const back: Echo[] = [];
    w.begin(
      ctx,
      (m) => {
        back.push(m as Echo);
        if (back.length === n) resolve(back);
      },
      reject,
    );
    for (let seq = 0; seq < n; seq++) w.submit({ seq, buf: new Uint8Array([seq]), len: 1, firstLine: seq + 1 });
  });
}

describe('Workers', () => {
  it('gives every piece to a worker once, after the context, at most two at a time per worker, and gets each buffer back', async () => {
    const w = new Workers(2, echo);
    try {
      const back = await screenAll(w, 12);
      expect(back.map((m) => m.seq).sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
      for (const m of back) {
        expect(m.tag).toBe('ctx-1');
        expect([...m.buf]).toEqual([m.seq]);
        expect(m.heldOnArrival).toBeLessThanOrEqual(2);
      }
      // Both threads worked, and a worker did get its next piece while screening one.
      expect(new Set(back.map((m) => m.threadId)).size).toBe(2);
      expect(Math.max(...back.map((m) => m.heldOnArrival))).toBe(2);
    } finally {
      w.end();
    }
  });

  it('holds pieces submitted before any worker is free, and reports no failure when ended', async () => {
    const w = new Workers(1, echo);
    const failures: unknown[] = [];
    const back: number[] = [];
    await new Promise<void>((resolve) => {
      w.begin(ctx, (m) => back.push(m.seq) === 5 && resolve(), (e) => failures.push(e));
      for (let seq = 0; seq < 5; seq++) w.submit({ seq, buf: new Uint8Array(1), len: 1, firstLine: 1 });
    });
    expect(back.sort()).toEqual([0, 1, 2, 3, 4]);
    w.end();
    await new Promise((r) => setTimeout(r, 100));
    expect(failures).toEqual([]);
  });

  it('reports a worker that failed while loading, before the run began, when it begins', async () => {
    const w = new Workers(1, broken);
    // Let the worker fail while nobody is listening yet.
    await new Promise((r) => setTimeout(r, 500));
    const failure = await new Promise<unknown>((resolve) => w.begin(ctx, () => undefined, resolve));
    w.end();
    expect(String(failure)).toContain('broken on load');
  });

  it('a run takes the workers started early when it asks for as many, and starts its own otherwise', () => {
    startEarly(2);
    const early = workersFor(2);
    expect(early.jobs).toBe(2);
    // Taken once: the next run starts its own.
    const next = workersFor(2);
    expect(next).not.toBe(early);
    startEarly(3);
    const other = workersFor(1);
    expect(other.jobs).toBe(1);
    for (const w of [early, next, other]) w.end();
  });
});
