import fc from 'fast-check';
import type { Question } from '@coproduce/core';

/**
 * A complete, valid answer to one question. Numbers mix the whole range with the thresholds
 * the rule sets compare against, where operators differ.
 */
export function answer(q: Question): fc.Arbitrary<unknown> {
  switch (q.type) {
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...q.options.map((o) => o.value));
    case 'number':
      return fc.oneof(fc.integer({ min: q.min, max: Math.min(q.max, 1_000_000) }), fc.constantFrom(q.min, q.max, 2, 3, 12, 149_999, 150_000, 150_001).filter((x) => x >= q.min && x <= q.max));
    case 'multi-select':
      return fc.subarray(q.options.map((o) => o.value));
  }
}

/** Answers to some of a rule set's questions, each one answered or left open. */
export function arbitraryPartialProfile(rs: { readonly questions: readonly Question[] }): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record(Object.fromEntries(rs.questions.map((q) => [q.id, fc.option(answer(q), { nil: undefined })])))
    .map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)));
}
