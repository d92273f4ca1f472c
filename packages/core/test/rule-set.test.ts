import { describe, expect, it } from 'vitest';
import { defineRuleSet, evaluate, hashRuleSet, IntegrityError, isRuleSet, loadRuleSet, serializeRuleSet, ValidationError } from '../src';
import { sample } from './fixtures';

const base = () => JSON.parse(JSON.stringify(sample)) as Record<string, any>;

function problemsOf(doc: unknown) {
  try {
    loadRuleSet(doc);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).target).toBe('rule-set');
    return (e as ValidationError).problems;
  }
  throw new Error('expected a ValidationError');
}

describe('defineRuleSet / loadRuleSet', () => {
  it('returns a deep-frozen rule set with a SHA-256 content hash', () => {
    expect(isRuleSet(sample)).toBe(true);
    expect(sample.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.isFrozen(sample.rules[0]!.conditions)).toBe(true);
    expect(sample.minimumAnswers).toBe(1);
  });

  it('hashes on first read, the same hash everywhere it is shown', () => {
    const rs = loadRuleSet(JSON.parse(serializeRuleSet(sample)));
    const r = evaluate(rs, {});
    expect(Object.isFrozen(rs)).toBe(true);
    expect(r.ruleSet.hash).toBe(hashRuleSet(rs));
    expect(rs.hash).toBe(sample.hash);
    expect(Object.keys(JSON.parse(JSON.stringify(r.ruleSet)))).toEqual(['id', 'version', 'hash', 'kind', 'title']);
    expect(JSON.parse(serializeRuleSet(rs)).hash).toBe(sample.hash);
  });

  it('hashes content, not key order', () => {
    const { hash, ...doc } = base();
    const reordered = Object.fromEntries(Object.entries(doc).reverse());
    expect(loadRuleSet(reordered).hash).toBe(hash);
    expect(hashRuleSet(sample)).toBe(sample.hash);
  });

  it('round-trips through JSON with the same hash', () => {
    const again = loadRuleSet(serializeRuleSet(sample));
    expect(again.hash).toBe(sample.hash);
    expect(again).toEqual(sample);
  });

  it('reports a tampered rule set instead of using it', () => {
    const doc = base();
    doc.rules[0].conditions.all[0].value = false;
    expect(() => loadRuleSet(doc)).toThrow(IntegrityError);
    try {
      loadRuleSet(doc);
    } catch (e) {
      expect((e as IntegrityError).expectedHash).toBe(sample.hash);
    }
    delete doc.hash; // an unpublished edit with no claimed hash is simply a new rule set
    expect(loadRuleSet(doc).hash).not.toBe(sample.hash);
  });

  it('does not mutate the document it is given', () => {
    const doc = base();
    const before = JSON.stringify(doc);
    loadRuleSet(doc);
    expect(JSON.stringify(doc)).toBe(before);
    expect(Object.isFrozen(doc)).toBe(false);
  });

  it('rejects invalid JSON text and non-objects', () => {
    expect(problemsOf('{nope')[0]!.message).toMatch(/^not valid JSON/);
    expect(problemsOf([])[0]).toMatchObject({ path: [], received: 'array(0)' });
    expect(problemsOf(42)[0]).toMatchObject({ received: '42' });
  });
});

describe('rule-set document errors', () => {
  it('names an unknown operator', () => {
    const doc = base();
    doc.rules[0].conditions.all[0].operator = 'regex';
    expect(problemsOf(doc)).toEqual([expect.objectContaining({ path: ['rules', 0, 'conditions', 'all', 0, 'operator'], message: 'unknown operator', received: '"regex"' })]);
  });

  it('names an operator that does not fit the question type', () => {
    const doc = base();
    doc.rules[0].conditions.all[0].operator = 'greaterThan';
    expect(problemsOf(doc)[0]!.message).toBe('operator "greaterThan" does not apply to boolean question "contested"');
  });

  it('names missing citations on rules, questions and outcomes', () => {
    const doc = base();
    doc.rules[1].citations = [];
    delete doc.questions[0].citations;
    doc.outcomes[0].citations = [];
    const paths = problemsOf(doc).map((p) => p.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['questions.0.citations', 'rules.1.citations', 'outcomes.0.citations']));
  });

  it('names duplicate ids', () => {
    const doc = base();
    doc.rules[1].id = doc.rules[0].id;
    expect(problemsOf(doc)).toEqual([expect.objectContaining({ path: ['rules', 1, 'id'], message: 'duplicate id "r-contested" (also at rules[0])' })]);
  });

  it('names conditions on undefined questions and wrong values', () => {
    const doc = base();
    doc.rules[0].conditions.all[0].fact = 'ghost';
    doc.rules[2].conditions.any[0].value = ['how', 'sometimes'];
    const ps = problemsOf(doc);
    expect(ps[0]).toMatchObject({ path: ['rules', 0, 'conditions', 'all', 0, 'fact'], message: 'condition on undefined question "ghost"' });
    expect(ps[1]).toMatchObject({ path: ['rules', 2, 'conditions', 'any', 0, 'value', 1], received: '"sometimes"' });
  });

  it('rejects unsupported json-rules-engine features with a clear reason', () => {
    const doc = base();
    doc.rules[0].conditions.all[0].path = '$.x';
    doc.rules[1].conditions = { any: [] };
    doc.rules[2].conditions = { fact: 'contested', operator: 'equal', value: true };
    const ps = problemsOf(doc);
    expect(ps.map((p) => p.message)).toEqual([
      'unsupported key "path" in a fact condition',
      '"any" needs a non-empty array of conditions',
      'a rule\'s conditions must start with "all", "any" or "not"',
    ]);
  });

  it('names unknown sources, outcomes and unused outcomes', () => {
    const doc = base();
    doc.rules[0].citations[0].source = 'nobody2020';
    doc.rules[0].outcomes = ['o-nothing'];
    const ps = problemsOf(doc).map((p) => p.message);
    expect(ps).toContain('unknown source "nobody2020"');
    expect(ps).toContain('unknown outcome "o-nothing"');
  });

  it('rejects outcomes that do not fit the rule-set kind and bad bands', () => {
    const doc = base();
    doc.outcomes[0].effect = { type: 'fit', option: 'x', weight: 1 };
    doc.bands[2].atLeast = -5;
    const ps = problemsOf(doc).map((p) => p.message);
    expect(ps).toContain('unknown option "x"');
    expect(ps).toContain('a "verdict" rule set cannot use "fit" outcomes');
    expect(ps).toContain('exactly one band must omit "atLeast" (the bottom band); found 0');
  });

  it('rejects unknown keys (typos) and oversized text', () => {
    const doc = base();
    doc.questions[0].lable = 'x';
    doc.description = 'x'.repeat(10_000_000);
    const ps = problemsOf(doc);
    expect(ps.map((p) => p.path.join('.'))).toEqual(expect.arrayContaining(['description', 'questions.0']));
    expect(JSON.stringify(ps).length).toBeLessThan(5000);
  });

  it('rejects prototype keys, cycles and deep nesting before walking them', () => {
    const proto = JSON.parse('{"__proto__": {"x": 1}}');
    expect(problemsOf(proto)[0]).toMatchObject({ path: ['__proto__'], message: 'forbidden key "__proto__"' });
    const cyclic = base();
    cyclic.rules[0].conditions.all.push(cyclic.rules[0].conditions);
    expect(problemsOf(cyclic)[0]).toMatchObject({ message: 'cyclic reference' });
    const deep = base();
    let c: any = { fact: 'contested', operator: 'equal', value: true };
    for (let i = 0; i < 10_000; i++) c = { not: c };
    deep.rules[0].conditions = c;
    expect(problemsOf(deep)[0]).toMatchObject({ message: 'nested too deeply' });
    const medium = base();
    c = { fact: 'contested', operator: 'equal', value: true };
    for (let i = 0; i < 20; i++) c = { not: c };
    medium.rules[0].conditions = c;
    expect(problemsOf(medium)[0]).toMatchObject({ message: 'conditions are nested too deeply' });
    expect(Object.prototype).not.toHaveProperty('x');
  });

  it('reports problems through defineRuleSet too', () => {
    expect(() => defineRuleSet({ ...(base() as any), hash: undefined, id: 'Bad Id' })).toThrow(/id: must be lower-case kebab-case/);
  });
});
