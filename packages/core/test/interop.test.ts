import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { evaluate, toJsonRulesEngine, type Question, type RuleSet } from '../src';
import { ranking, sample, timing } from './fixtures';

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

async function jreFired(rs: RuleSet, facts: Record<string, unknown>): Promise<string[]> {
  const engine = new Engine(JSON.parse(JSON.stringify(toJsonRulesEngine(rs))), { allowUndefinedFacts: true });
  const { events } = await engine.run({ ...facts });
  return events.map((e) => e.type).sort();
}

describe('json-rules-engine interop', () => {
  it('exports plain JSON rules that a stock Engine accepts', () => {
    const rules = toJsonRulesEngine(sample);
    expect(JSON.parse(JSON.stringify(rules))).toEqual(rules);
    expect(rules[3]).toMatchObject({ name: 'r-whether-soon', priority: 5, event: { type: 'r-whether-soon', params: { outcomes: ['o-against', 'o-warn'] } } });
    expect(() => new Engine(rules)).not.toThrow();
  });

  for (const rs of [sample, ranking, timing] as RuleSet[]) {
    it(`fires exactly the same rules as json-rules-engine for ${rs.id}`, async () => {
      await fc.assert(
        fc.asyncProperty(arbitraryProfile(rs), async (profile) => {
          const ours = evaluate(rs, profile as never, { sensitivity: false })
            .rules.filter((r) => r.status === 'fired')
            .map((r) => r.id)
            .sort();
          expect(ours).toEqual(await jreFired(rs, profile));
        }),
        { numRuns: 300, seed: 20261122 },
      );
    });
  }
});
