// json-rules-engine is our reference semantics: on random complete profiles, our evaluator
// and a stock Engine loaded with the exported rules must fire exactly the same rules.
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { evaluate, toJsonRulesEngine, type RuleSet } from '@coproduce/core';
import { ruleSets } from '../src';
import { answer } from './arbitraries';

const RUNS = 10_000;


describe('differential: our evaluator vs json-rules-engine 7.3.1', () => {
  for (const rs of Object.values(ruleSets) as RuleSet[]) {
    it(`${rs.id}: the same rules fire on ${RUNS.toLocaleString('en')} random complete profiles`, { timeout: 300_000 }, async () => {
      const engine = new Engine(toJsonRulesEngine(rs), { allowUndefinedFacts: true });
      const profile = fc.record(Object.fromEntries(rs.questions.map((q) => [q.id, answer(q)])));
      let fired = 0;
      await fc.assert(
        fc.asyncProperty(profile, async (p) => {
          const ours = evaluate(rs, p as never, { sensitivity: false }).rules.filter((r) => r.status === 'fired').map((r) => r.id).sort();
          const { events } = await engine.run({ ...p });
          const theirs = events.map((e) => e.type).sort();
          expect(ours).toEqual(theirs);
          fired += ours.length;
        }),
        { numRuns: RUNS, seed: 2026 },
      );
      expect(fired).toBeGreaterThan(RUNS); // the profiles exercise the rules, not just the misses
    });
  }
});
