// Seeded, reproducible property tests over hostile input. A failure prints the seed and the
// shrunk counter-example; re-run with the same seed to reproduce it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema, evaluate, IntegrityError, loadRuleSet, ValidationError, type RuleSet } from '../src';
import { isPlainObject } from '../src/answers';
import { sample, timing } from './fixtures';
import { arbitraryAnswer, protoKeys, SEED, snap } from './arbitraries';

const RESERVED = ['__proto__', 'constructor', 'prototype'];

/** An independent oracle: what the schema alone says is valid. */
function valid(rs: RuleSet, input: unknown): boolean {
  if (!isPlainObject(input)) return false;
  if (Object.keys(input).some((k) => RESERVED.includes(k))) return false;
  return answersSchema(rs).safeParse(input).success;
}

function hostileAnswers(rs: RuleSet): fc.Arbitrary<unknown> {
  const ids = rs.questions.map((q) => q.id);
  const nasty = fc.oneof(
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, null, undefined, '', [], {}, 'x'.repeat(100_000)),
    fc.anything({ maxDepth: 3 }),
  );
  const key = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constantFrom(...RESERVED) }, { weight: 1, arbitrary: fc.string() });
  const value = fc.oneof(...rs.questions.map((q) => arbitraryAnswer(q)), nasty);
  return fc.oneof(
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
    { weight: 4, arbitrary: fc.dictionary(key, value, { maxKeys: ids.length + 2 }) },
    // JSON text parsed the way a server would receive it, so __proto__ becomes an own key
    { weight: 1, arbitrary: fc.dictionary(key, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }).map((o) => JSON.parse(JSON.stringify(o).replace('"constructor"', '"__proto__"'))) },
    { weight: 3, arbitrary: fc.record(Object.fromEntries(rs.questions.map((q) => [q.id, arbitraryAnswer(q)])), { requiredKeys: [] }) },
  );
}

describe('fuzz: answers', () => {
  it('100,000 random and malformed answers: a result exactly when valid, a ValidationError otherwise, nothing mutated', { timeout: 300_000 }, () => {
    const protoBefore = protoKeys();
    let results = 0;
    let rejected = 0;
    const check = (rs: RuleSet, input: unknown, sensitivity: boolean) => {
      const before = snap(input);
      const ok = valid(rs, input);
      try {
        const r = evaluate(rs, input as never, { sensitivity });
        results++;
        expect(ok).toBe(true);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        rejected++;
        expect(ok).toBe(false);
        expect(e.problems.length).toBeGreaterThan(0);
        expect(e.message.length).toBeLessThan(20_000);
      }
      expect(snap(input)).toBe(before);
      return true;
    };
    for (const rs of [sample, timing] as RuleSet[])
      fc.assert(
        fc.property(hostileAnswers(rs), fc.boolean(), (input, sensitivity) => check(rs, input, sensitivity)),
        { numRuns: 50_000, seed: SEED },
      );
    expect(protoKeys()).toBe(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(results + rejected).toBe(100_000);
    // Both branches must be exercised heavily, or the property says little.
    expect(results).toBeGreaterThan(10_000);
    expect(rejected).toBeGreaterThan(10_000);
    console.log(`fuzz answers: ${results + rejected} inputs, ${results} valid, ${rejected} rejected with ValidationError, 0 other exceptions`);
  });
});

