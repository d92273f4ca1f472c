import { describe, expect, it } from 'vitest';
import { evaluateVerdict, screen } from '../src';
import { sample } from './fixtures';

describe('screen', () => {
  it('streams a verdict per profile, in order, and reports bad profiles without stopping', async () => {
    async function* source() {
      yield { contested: false, purpose: 'how', motives: ['political'] };
      yield { contested: 'maybe' };
      yield 42;
      yield { purpose: 'whether', months: 3 };
    }
    const out = [];
    for await (const item of screen(sample, source())) out.push(item);
    expect(out.map((x) => [x.index, x.ok])).toEqual([[0, true], [1, false], [2, false], [3, true]]);
    expect(out[0]).toEqual({ index: 0, ok: true, verdict: evaluateVerdict(sample, { contested: false, purpose: 'how', motives: ['political'] }) });
    expect(out[1]!.ok === false && out[1]!.problems[0]!.path).toEqual(['contested']);
  });

  it('accepts plain arrays and keeps memory flat over many profiles', async () => {
    let n = 0;
    function* many() {
      for (let i = 0; i < 50_000; i++) yield { months: i % 121, purpose: i % 2 ? 'how' : 'whether' };
    }
    const before = process.memoryUsage().heapUsed;
    for await (const item of screen(sample, many())) if (item.ok) n++;
    expect(n).toBe(50_000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
    const arr = [];
    for await (const item of screen(sample, [{ contested: true }])) arr.push(item);
    expect(arr).toHaveLength(1);
  });
});
