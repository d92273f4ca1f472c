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

