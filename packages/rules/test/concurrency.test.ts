import fc from 'fast-check';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { evaluateAll, profileQuestions, type Profile } from '../src';
import { answer } from './arbitraries';

const profiles = fc.sample(fc.record(Object.fromEntries(profileQuestions.map((q) => [q.id, answer(q)])), { requiredKeys: [] }), { numRuns: 1000, seed: 7 }) as Profile[];
const sequential = profiles.map((p) => JSON.stringify(evaluateAll(p)));

describe('concurrency', () => {
  it('1,000 interleaved concurrent evaluations over shared rule sets equal the sequential results', { timeout: 60_000 }, async () => {
    const concurrent = await Promise.all(
      profiles.map(async (p, i) => {
        // Yield to the event loop a varying number of times so that calls interleave.
        for (let k = 0; k < i % 5; k++) await new Promise((r) => setTimeout(r, 0));
        return JSON.stringify(evaluateAll(p));
      }),
    );
    expect(concurrent).toEqual(sequential);
  });

  it('1,000 evaluations spread over 4 worker threads equal the sequential results', { timeout: 60_000 }, async () => {
    const slices = [0, 1, 2, 3].map((w) => profiles.filter((_, i) => i % 4 === w));
    const outs = await Promise.all(
      slices.map(
        (slice) =>
          new Promise<string[]>((resolve, reject) => {
            const worker = new Worker(new URL('./workers/evaluate.mjs', import.meta.url), { workerData: { profiles: slice } });
            worker.once('message', resolve);
            worker.once('error', reject);
          }),
      ),
    );
    const merged = profiles.map((_, i) => outs[i % 4]![Math.floor(i / 4)]);
    expect(merged).toEqual(sequential);
  });
});
