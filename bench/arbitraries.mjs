// Seeded answers for the benchmarks: one arbitrary per question type, numbers capped so
// budgets and months stay in a range the rules compare against.
import fc from 'fast-check';

export function arb(q) {
  switch (q.type) {
    case 'boolean': return fc.boolean();
    case 'enum': return fc.constantFrom(...q.options.map((o) => o.value));
    case 'number': return fc.integer({ min: q.min, max: Math.min(q.max, 1_000_000) });
    case 'multi-select': return fc.subarray(q.options.map((o) => o.value));
  }
}

/**
 * The profiles with each question left out with probability `p`, decided by a seeded
 * generator (mulberry32), so every run leaves out the same answers.
 */
export function leaveOut(profiles, p, seed) {
  let x = seed >>> 0;
  const rnd = () => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = Math.imul(x ^ (x >>> 15), x | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return profiles.map((a) => Object.fromEntries(Object.entries(a).filter(() => rnd() >= p)));
}
