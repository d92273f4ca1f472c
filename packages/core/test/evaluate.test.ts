import { describe, expect, it } from 'vitest';
import { evaluate, evaluateVerdict, INSUFFICIENT, loadRuleSet, ValidationError } from '../src';
import { ranking, sample, timing } from './fixtures';

describe('evaluate: verdicts', () => {
  it('adds up signals into a band and explains every rule', () => {
    const r = evaluate(sample, { contested: false, purpose: 'how', months: 30, motives: ['political'] });
    expect(r.status).toBe('complete');
    expect(r.provisional).toBe(false);
    expect(r.verdict).toMatchObject({ id: 'favour', score: 3, label: 'Favour' });
    expect(r.rules.map((x) => [x.id, x.status])).toEqual([
      ['r-contested', 'not-fired'],
      ['r-uncontested', 'fired'],
      ['r-how', 'fired'],
      ['r-whether-soon', 'not-fired'],
      ['r-political', 'fired'],
    ]);
    const how = r.rules.find((x) => x.id === 'r-how')!;
    expect(how.decidedBy).toEqual([{ question: 'purpose', label: 'Prime purpose', answer: 'how' }]);
    expect(how.citations[0]).toMatchObject({ guidance: 'criteria.purpose', source: 'oliver2019' });
    expect(r.ruleSet).toEqual({ id: 'sample-criteria', version: '1.0.0', hash: sample.hash, kind: 'verdict', title: 'Sample criteria' });
  });

  it('names only the deciding answers of a false "all"', () => {
    const r = evaluate(sample, { contested: true, purpose: 'how', months: 5, motives: [] });
    const ws = r.rules.find((x) => x.id === 'r-whether-soon')!;
    expect(ws.status).toBe('not-fired');
    expect(ws.decidedBy.map((d) => d.question)).toEqual(['purpose']);
    expect(r.verdict.id).toBe('conditional'); // -2 + 1 = -1
  });

  it('gives the weakest evidence level the source attaches to a rule', () => {
    const r = evaluate(sample, { purpose: 'whether', months: 3 });
    const ws = r.rules.find((x) => x.id === 'r-whether-soon')!;
    expect(ws.status).toBe('fired');
    expect(ws.evidence).toBe('early-thoughts');
    expect(r.advice).toEqual([expect.objectContaining({ outcome: 'o-warn', level: 'warning', rule: 'r-whether-soon' })]);
  });

  it('marks partial answers provisional and says what each undetermined rule waits on', () => {
    const r = evaluate(sample, { purpose: 'how' });
    expect(r.status).toBe('provisional');
    expect(r.provisional).toBe(true);
    expect(r.verdict.id).toBe('conditional');
    const c = r.rules.find((x) => x.id === 'r-contested')!;
    expect(c.status).toBe('undetermined');
    expect(c.waitingOn).toEqual(['contested']);
  });

  it('gives "insufficient information", never a guess, when nothing is answered', () => {
    const r = evaluate(sample, {});
    expect(r.status).toBe(INSUFFICIENT);
    expect(r.verdict).toMatchObject({ id: INSUFFICIENT, score: null });
    expect(r.rules.every((x) => x.status === 'undetermined')).toBe(true);
    expect(evaluateVerdict(sample, {})).toEqual({ id: INSUFFICIENT, score: null, provisional: true });
  });

  it('evaluateVerdict stays right when reading the answers calls it again (a getter)', () => {
    // The verdict reads answers into an array it reuses: a call from inside that reading
    // must neither see nor spoil the outer call's answers.
    const plain = { contested: false, purpose: 'how', months: 30, motives: ['political'] } as const;
    const inner = { contested: true, purpose: 'whether', months: 5, motives: [] } as const;
    let seen: unknown;
    const tricky = { contested: false } as Record<string, unknown>;
    Object.defineProperty(tricky, 'purpose', {
      enumerable: true,
      get: () => {
        seen = evaluateVerdict(sample, inner);
        return 'how';
      },
    });
    Object.assign(tricky, { months: 30, motives: ['political'] });
    expect(evaluateVerdict(sample, tricky)).toEqual(evaluateVerdict(sample, plain));
    expect(seen).toEqual(evaluateVerdict(sample, inner));
    expect(evaluate(sample, tricky).verdict.id).toBe(evaluate(sample, plain).verdict.id);
  });

  it('is complete when the unanswered questions cannot change any rule', () => {
    const r = evaluate(sample, { contested: true, purpose: 'how', motives: [] });
    expect(r.status).toBe('complete');
    expect(r.unanswered).toEqual([{ question: 'months', label: 'Months until the decision', couldChangeVerdict: false, reachableVerdicts: ['conditional'], scoreSpread: 0 }]);
  });
});

describe('evaluate: sensitivity', () => {
  it('ranks unanswered questions by whether they could change the verdict', () => {
    const r = evaluate(sample, { purpose: 'how', motives: [] });
    // contested=false -> +1 => score 2 favour; contested=true -> -1 conditional
    expect(r.verdict.id).toBe('conditional');
    expect(r.unanswered[0]).toMatchObject({ question: 'contested', couldChangeVerdict: true, scoreSpread: 3 });
    expect([...r.unanswered[0]!.reachableVerdicts].sort()).toEqual(['conditional', 'favour']);
    expect(r.unanswered.find((u) => u.question === 'months')).toMatchObject({ couldChangeVerdict: false });
  });

  it('says which single changes would change the verdict, closest number first', () => {
    const r = evaluate(sample, { contested: false, purpose: 'whether', months: 20, motives: ['political'] });
    expect(r.verdict.id).toBe('favour'); // +1 +1
    const months = r.whatWouldChange.filter((c) => c.question === 'months');
    expect(months).toEqual([
      expect.objectContaining({ from: 20, to: 11, verdict: { id: 'conditional', label: 'Conditional' } }),
    ]);
    expect(months[0]!.sentence).toBe('If "Months until the decision" were 11 months instead of 20 months, the verdict would become "Conditional".');
    const c = r.whatWouldChange.find((x) => x.question === 'contested')!;
    expect(c).toMatchObject({ from: false, to: true, verdict: { id: 'conditional' } }); // -2 + 1
    const m = r.whatWouldChange.find((x) => x.question === 'motives')!;
    expect(m).toMatchObject({ from: ['political'], to: [], verdict: { id: 'conditional' } });
  });

  it('can skip the sensitivity analysis for bulk work', () => {
    const r = evaluate(sample, { contested: false }, { sensitivity: false });
    expect(r.whatWouldChange).toEqual([]);
    expect(r.unanswered.map((u) => u.question)).toEqual(['purpose', 'months', 'motives']);
  });
});

describe('evaluate: rankings', () => {
  it('ranks options and names the rules that moved them', () => {
    const r = evaluate(ranking, { aim: 'new' });
    expect(r.verdict).toMatchObject({ id: 'team', score: 3 });
    expect(r.ranking.map((x) => [x.option, x.rank, x.score])).toEqual([
      ['team', 1, 3],
      ['single', 2, 0],
    ]);
    expect(r.ranking[0]!.because).toEqual(['r-new']);
    expect(r.whatWouldChange).toEqual([expect.objectContaining({ question: 'aim', to: 'existing', verdict: { id: 'single', label: 'Single broker' } })]);
  });
});

describe('evaluate: determinism and purity', () => {
  it('gives byte-identical JSON for the same input, whatever the key order', () => {
    const a = JSON.stringify(evaluate(sample, { contested: true, purpose: 'both', months: 4, motives: ['political', 'substantive'] }));
    const b = JSON.stringify(evaluate(sample, { motives: ['substantive', 'political'], months: 4, purpose: 'both', contested: true }));
    expect(a).toBe(b);
    expect(JSON.parse(a).answers.motives).toEqual(['substantive', 'political']);
  });

  it('never mutates its arguments', () => {
    const answers = { contested: true, motives: ['political'] as const };
    const before = JSON.stringify(answers);
    const r = evaluate(sample, answers);
    expect(JSON.stringify(answers)).toBe(before);
    expect(r.answers).not.toBe(answers);
    expect(Object.isFrozen(sample)).toBe(true);
  });

  it('refuses a plain JSON document with a typed error saying to load it, and evaluates it the same once loaded', () => {
    const json = JSON.parse(JSON.stringify(sample));
    const answers = { contested: false, purpose: 'how', months: 1, motives: [] };
    let err: unknown;
    try {
      evaluate(json, answers as never);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).target).toBe('rule-set');
    expect((err as ValidationError).problems[0]!.message).toMatch(/loadRuleSet\(\)/);
    expect(evaluate(loadRuleSet(json), answers as never)).toEqual(evaluate(sample, answers as never));
  });
});

describe('evaluate: comparing two answers', () => {
  it('flags a risk when one answer exceeds another, and says how close the other would need to be', () => {
    const r = evaluate(timing, { due: 6, takes: 24 });
    expect(r.verdict.id).toBe('high');
    expect(r.risks).toEqual([expect.objectContaining({ rule: 'r-late', severity: 'high', category: 'process' })]);
    expect(r.rules[0]!.decidedBy.map((d) => d.question)).toEqual(['takes', 'due']);
    expect(r.whatWouldChange.map((c) => [c.question, c.to])).toEqual([
      ['due', 24],
      ['takes', 6],
    ]);
  });

  it('waits for both answers', () => {
    const r = evaluate(timing, { due: 6 });
    expect(r.status).toBe('provisional');
    expect(r.rules[0]!.waitingOn).toEqual(['takes']);
  });
});

import { relevantQuestions } from '../src';
describe('relevantQuestions', () => {
  it('hides a question that can no longer change any rule', () => {
    expect(relevantQuestions(sample, {})).toEqual(['contested', 'purpose', 'months', 'motives']);
    // "months" only matters when the purpose is "whether"
    expect(relevantQuestions(sample, { purpose: 'how' })).toEqual(['contested', 'purpose', 'motives']);
    expect(relevantQuestions(sample, { purpose: 'whether' })).toEqual(['contested', 'purpose', 'months', 'motives']);
  });
  it('keeps answered questions so they can be changed', () => {
    expect(relevantQuestions(sample, { purpose: 'how', months: 3 })).toContain('months');
  });
  it('rejects what evaluate rejects, with the same ValidationError', () => {
    for (const bad of [new Date(), new Map(), [], { purpose: 'sometimes' }, Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, 1]))]) {
      let mine: unknown;
      let theirs: unknown;
      try {
        relevantQuestions(sample, bad as never);
      } catch (e) {
        mine = e;
      }
      try {
        evaluate(sample, bad as never);
      } catch (e) {
        theirs = e;
      }
      expect(mine).toBeInstanceOf(ValidationError);
      expect((mine as ValidationError).problems).toEqual((theirs as ValidationError).problems);
    }
  });
});

describe('relevantQuestions with compared answers', () => {
  it('shows both sides of a comparison until they are answered', () => {
    expect(relevantQuestions(timing, {})).toEqual(['due', 'takes']);
    expect(relevantQuestions(timing, { due: 6 })).toEqual(['due', 'takes']);
  });
});
