import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineRuleSet, evaluate, evaluateVerdict, type RuleSet, type TopCondition } from '../src';
import { compile } from '../src/compile';
import { decide } from '../src/decide';
import { run } from '../src/evaluate';
import { analyse } from '../src/sensitivity';
import { fitted, flagged, gated, ranking, sample, timing } from './fixtures';
import { arbitraryAnswer, SEED } from './arbitraries';

// Three options, overlapping fits and a tie-break by listed order: leads and swings of
// every size, so a bound that is too loose shows up.
const cite = [{ guidance: 'broker.model.team', source: 's', place: 'p' }];
const fit = (id: string, option: string, weight: number) => ({ id, label: id, detail: 'd', effect: { type: 'fit' as const, option, weight }, citations: cite });
const rule = (id: string, conditions: TopCondition, outcomes: string[]) => ({ id, conditions, outcomes, explanation: 'e', citations: cite });
const threeWay = defineRuleSet({
  format: 'coproduce/rule-set@1',
  id: 'three-way',
  version: '1.0.0',
  kind: 'ranking',
  title: 'Three-way ranking',
  description: 'd',
  sources: { s: { reference: 'A source.' } },
  questions: [
    { id: 'q1', type: 'enum', label: 'Q1', help: 'h', options: [{ value: 'x', label: 'X' }, { value: 'y', label: 'Y' }, { value: 'z', label: 'Z' }], citations: cite },
    { id: 'q2', type: 'boolean', label: 'Q2', help: 'h', citations: cite },
    { id: 'q3', type: 'boolean', label: 'Q3', help: 'h', citations: cite },
    { id: 'q4', type: 'number', label: 'Q4', help: 'h', min: 0, max: 10, integer: true, citations: cite },
    { id: 'q5', type: 'multi-select', label: 'Q5', help: 'h', options: [{ value: 'm', label: 'M' }, { value: 'n', label: 'N' }], citations: cite },
  ],
  rules: [
    rule('r1', { all: [{ fact: 'q1', operator: 'equal', value: 'x' }] }, ['a2']),
    rule('r2', { all: [{ fact: 'q1', operator: 'equal', value: 'y' }] }, ['b2']),
    rule('r3', { all: [{ fact: 'q1', operator: 'equal', value: 'z' }] }, ['c1']),
    rule('r4', { all: [{ fact: 'q2', operator: 'equal', value: true }] }, ['a1', 'b1']),
    rule('r5', { all: [{ fact: 'q3', operator: 'equal', value: true }] }, ['c2']),
    rule('r6', { all: [{ fact: 'q4', operator: 'greaterThan', value: 5 }] }, ['b1']),
    rule('r7', { all: [{ fact: 'q4', operator: 'lessThan', value: 3 }, { fact: 'q2', operator: 'equal', value: false }] }, ['a1']),
    rule('r8', { any: [{ fact: 'q5', operator: 'contains', value: 'm' }, { fact: 'q3', operator: 'equal', value: false }] }, ['c1']),
  ],
  outcomes: [fit('a1', 'a', 1), fit('a2', 'a', 2), fit('b1', 'b', 1), fit('b2', 'b', 2), fit('c1', 'c', 1), fit('c2', 'c', 2)],
  options: [
    { id: 'c', label: 'C', summary: 's', citations: cite },
    { id: 'a', label: 'A', summary: 's', citations: cite },
    { id: 'b', label: 'B', summary: 's', citations: cite },
  ],
});

const partialProfile = (rs: RuleSet) => fc.record(Object.fromEntries(rs.questions.map((q) => [q.id, arbitraryAnswer(q)])), { requiredKeys: [] });

describe('what would change', () => {
  for (const rs of [sample, ranking, timing, threeWay, fitted, gated, flagged] as RuleSet[]) {
    it(`${rs.id}: skipping questions that cannot move the verdict changes nothing`, () => {
      const c = compile(rs);
      // The same compiled rule set with nothing ever skipped.
      const exhaustive = { ...c, swing: c.swing.map(() => Infinity), highSwing: c.highSwing.map(() => Infinity), mediumSwing: c.mediumSwing.map(() => Infinity), optionSwing: c.optionSwing.map((r) => r.map(() => Infinity)) };
      fc.assert(
        fc.property(partialProfile(rs), (a) => {
          const f = c.readAnswers(a)!;
          const st = run(c, f);
          const d = decide(c, st, f);
          expect(analyse(c, f, d, st)).toEqual(analyse(exhaustive, f, d, st));
        }),
        { numRuns: 1000, seed: SEED },
      );
    });

    it(`${rs.id}: every reported change really gives the reported verdict`, () => {
      fc.assert(
        fc.property(partialProfile(rs), (a) => {
          const r = evaluate(rs, a);
          for (const ch of r.whatWouldChange) {
            expect(ch.from).toEqual(r.answers[ch.question]);
            expect(evaluateVerdict(rs, { ...a, [ch.question]: ch.to }).id).toBe(ch.verdict.id);
            if (r.status !== 'insufficient-information') expect(ch.verdict.id).not.toBe(r.verdict.id);
          }
        }),
        { numRuns: 500, seed: SEED },
      );
    });
  }
});
