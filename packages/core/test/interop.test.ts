import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { evaluate, toJsonRulesEngine, type RuleSet } from '../src';
import { arbitraryProfile } from './arbitraries';
import { ranking, sample, timing } from './fixtures';

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
