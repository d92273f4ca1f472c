import { describe, expect, it } from 'vitest';
import { evaluate, loadRuleSet, serializeRuleSet, type RuleSet } from '../src';
import { compile } from '../src/compile';
import { CAPACITY } from '../src/rule-results';
import { sample, timing } from './fixtures';

const fresh = (rs: RuleSet) => loadRuleSet(JSON.parse(serializeRuleSet(rs)));

describe('rule results', () => {
  it('the same answers give the very same frozen rule parts, shared between results', () => {
    const rs = fresh(sample as RuleSet);
    const a = evaluate(rs, {});
    const b = evaluate(rs, {});
    expect(a.rules[0]).toBe(b.rules[0]);
    expect(Object.isFrozen(a.rules[0])).toBe(true);
    expect(Object.isFrozen(a.rules[0]!.decidedBy)).toBe(true);
    expect(() => {
      (a.rules[0] as { status: string }).status = 'fired';
    }).toThrow(TypeError);
    expect(b.rules[0]!.status).toBe(a.rules[0]!.status);
  });

  it('past its capacity the memory stops growing and results stay exactly right', () => {
    // timing compares two numbers: 61 x 60 answer pairs, far more than a rule remembers.
    const rs = timing as RuleSet;
    const [due, takes] = rs.questions.filter((q) => q.type === 'number') as unknown as [{ id: string; min: number; max: number }, { id: string; min: number; max: number }];
    const warm = fresh(rs);
    const pairs: Record<string, number>[] = [];
    for (let d = due.min; d <= due.max; d++) for (let t = takes.min; t <= takes.max; t++) pairs.push({ [due.id]: d, [takes.id]: t });
    expect(pairs.length).toBeGreaterThan(2 * CAPACITY);
    for (const a of pairs) evaluate(warm, a, { sensitivity: false });
    // Early pairs are remembered, late ones are not: both must match a rule set never used before.
    for (let k = 0; k < pairs.length; k += 97) expect(JSON.stringify(evaluate(warm, pairs[k]!))).toBe(JSON.stringify(evaluate(fresh(rs), pairs[k]!)));
  });

  it('remembers at most CAPACITY answer combinations per rule, then makes parts afresh', () => {
    const c = compile(fresh(timing as RuleSet));
    const i = c.rules.findIndex((r) => r.factIndex.length === 2);
    const explain = c.explained[i]!;
    const facts = (a: number, b: number) => c.rs.questions.map((_, q) => (q === c.rules[i]!.factIndex[0] ? a : q === c.rules[i]!.factIndex[1] ? b : Number.NaN));
    for (let k = 0; k < CAPACITY; k++) explain(facts(k % 61, Math.floor(k / 61) + 1));
    expect(explain(facts(0, 1))).toBe(explain(facts(0, 1)));
    // Full: a new combination is not stored, so each call makes a new (equal) part.
    const late = facts(60, 60);
    expect(explain(late)).not.toBe(explain(late));
    expect(explain(late)).toEqual(explain(late));
  });
});
