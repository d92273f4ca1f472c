import fc from 'fast-check';
import type { Question, RuleSet } from '../src';

/** An arbitrary complete answer for a question (every question answered). */
export function arbitraryAnswer(q: Question): fc.Arbitrary<unknown> {
  switch (q.type) {
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...q.options.map((o) => o.value));
    case 'number':
      return q.integer ? fc.integer({ min: q.min, max: q.max }) : fc.double({ min: q.min, max: q.max, noNaN: true });
    case 'multi-select':
      return fc.subarray(q.options.map((o) => o.value));
  }
}

export function arbitraryProfile(rs: RuleSet): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(rs.questions.map((q) => [q.id, arbitraryAnswer(q)])));
}

export const SEED = 20261122;

/** A cheap deep snapshot for "was it mutated?": JSON that keeps what plain JSON would lose. */
export function snap(v: unknown): string {
  return JSON.stringify(v, (_k, x) => {
    if (x === undefined) return '#undefined';
    if (typeof x === 'number' && (!Number.isFinite(x) || Object.is(x, -0))) return `#${Object.is(x, -0) ? '-0' : x}`;
    if (typeof x === 'bigint') return `#${x}n`;
    if (Array.isArray(x) && Object.keys(x).length !== x.length) return { ...x, '#array': x.length };
    return x;
  });
}

/** Object.prototype's own property names: compared before and after to catch pollution. */
export const protoKeys = (): string => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
