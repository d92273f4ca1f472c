import { describe, expect, it } from 'vitest';
import { evaluateVerdict, ValidationError, type RuleSet } from '@coproduce/core/evaluation';
import { profileFor, ruleSets } from '@coproduce/rules';
import { RowReader } from '../../src/screen/answers';
import { questionIds } from '../../src/screen/problems';
import { profiles } from '../helpers';

const sets = Object.values(ruleSets) as RuleSet[];
const known = new Set(questionIds);

/** The same answers as `profileFor`: the same keys in the same order, each value the same one. */
function expectProfileFor(got: Record<string, unknown>, rs: RuleSet, p: Record<string, unknown>): void {
  const want = profileFor(rs, p) as Record<string, unknown>;
  expect(Object.keys(got)).toEqual(Object.keys(want));
  for (const k of Object.keys(want)) expect(got[k]).toBe(want[k]);
}

/** The reused object for the verdict: every question of the rule set, in order, the answers' values or undefined. */
function expectVerdictAnswers(got: Record<string, unknown>, rs: RuleSet, p: Record<string, unknown>): void {
  const want = profileFor(rs, p) as Record<string, unknown>;
  expect(Object.keys(got)).toEqual(rs.questions.map((q) => q.id));
  for (const q of rs.questions) expect(got[q.id]).toBe(want[q.id]);
}

/** The verdict, or the problems when the answers are refused. */
function outcome(rs: RuleSet, a: unknown): unknown {
  try {
    return evaluateVerdict(rs, a);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return e.problems;
  }
}

/** Seeded shuffle, so rows come with their keys in any order. */
function shuffled<T>(xs: T[], seed: number): T[] {
  let s = seed;
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('RowReader', () => {
  it("gives each rule set profileFor's answers, and the unknown keys and id in the row's order, row after row with one reader", () => {
    const reader = new RowReader(sets, 'ref');
    profiles(400, 21).forEach((base, i) => {
      const entries = Object.entries(base);
      if (i % 3 === 1) entries.push(['controversie', 'contested'], [`extra${i}`, i]);
      if (i % 4 === 2) entries.push(['ref', `P-${i}`]);
      // Most rows in question order (as exports write them), some shuffled.
      const p = JSON.parse(JSON.stringify(Object.fromEntries(i % 2 ? shuffled(entries, i) : entries))) as Record<string, unknown>;
      const row = reader.read(p);
      sets.forEach((rs, s) => {
        expectProfileFor(reader.answers(s), rs, p);
        expectVerdictAnswers(reader.verdictAnswers(s), rs, p);
      });
      expect(row.unknown).toEqual(Object.keys(p).filter((k) => !known.has(k) && k !== 'ref'));
      expect(row.hasId).toBe('ref' in p);
      expect(row.id).toBe(p.ref);
    });
  });

  it('leaves out undefined answers and inherited keys as profileFor does, and keeps a JSON "__proto__" key as unknown', () => {
    const reader = new RowReader(sets, undefined);
    const proto = { controversy: 'contested', notAQuestion: 1 };
    const p = Object.assign(Object.create(proto) as Record<string, unknown>, { decisionSpace: true, useOfFindings: undefined });
    const row = reader.read(p);
    sets.forEach((rs, s) => expectProfileFor(reader.answers(s), rs, p));
    expect(sets.some((_, s) => 'controversy' in reader.answers(s) || 'useOfFindings' in reader.answers(s))).toBe(false);
    expect(row.unknown).toEqual([]);
    const j = JSON.parse('{"__proto__":{"controversy":"contested"},"decisionSpace":false}') as Record<string, unknown>;
    expect(reader.read(j).unknown).toEqual(['__proto__']);
  });

  it('keeps nothing from one row in the next', () => {
    const reader = new RowReader(sets, undefined);
    reader.read({ controversy: 'contested', decisionSpace: true, stakeholders: ['practitioners'] });
    reader.read({ decisionSpace: false });
    sets.forEach((rs, s) => {
      expectProfileFor(reader.answers(s), rs, { decisionSpace: false });
      expectVerdictAnswers(reader.verdictAnswers(s), rs, { decisionSpace: false });
    });
    expect(sets.flatMap((_, s) => Object.keys(reader.answers(s)))).toEqual(sets.flatMap((rs) => (rs.questions.some((q) => q.id === 'decisionSpace') ? ['decisionSpace'] : [])));
  });

  it('reads a rule set asking a question no profile asks with profileFor itself (the fallback), the same answers', () => {
    const base = ruleSets.criteria as RuleSet;
    const odd = { ...base, questions: [...base.questions, { ...base.questions[0]!, id: 'notInAnyProfile' }] } as RuleSet;
    const reader = new RowReader([odd, base], undefined);
    for (const p of profiles(50, 5).map((x, i) => (i % 2 ? { ...x, notInAnyProfile: 'yes' } : x))) {
      const row = reader.read(p);
      expectProfileFor(reader.answers(0), odd, p);
      expectProfileFor(reader.verdictAnswers(0), odd, p);
      expect('notInAnyProfile' in reader.answers(0)).toBe('notInAnyProfile' in p);
      expectProfileFor(reader.answers(1), base, p);
      expectVerdictAnswers(reader.verdictAnswers(1), base, p);
      // Still an unknown key: no profile question has that id.
      expect(row.unknown).toEqual('notInAnyProfile' in p ? ['notInAnyProfile'] : []);
    }
  });

  it('gives the same verdict with the reused object as with the answers, and refuses bad answers with the same problems', () => {
    const reader = new RowReader(sets, undefined);
    const bad: Record<string, unknown>[] = [{ controversy: 'contestd' }, { decisionSpace: 'yes' }, { stakeholders: ['practitioners', 'practitioners'] }, { stakeholders: 'practitioners' }, { stakeholderGroups: -3 }, { annualBudget: Number.NaN }];
    let refused = 0;
    profiles(300, 33).forEach((p, i) => {
      const row = i % 5 === 0 ? { ...p, ...bad[(i / 5) % bad.length] } : p;
      reader.read(row);
      sets.forEach((rs, s) => {
        const want = outcome(rs, reader.answers(s));
        if (Array.isArray(want)) refused++;
        expect(outcome(rs, reader.verdictAnswers(s))).toEqual(want);
      });
    });
    expect(refused).toBeGreaterThan(10);
  });
});
