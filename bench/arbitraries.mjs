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
