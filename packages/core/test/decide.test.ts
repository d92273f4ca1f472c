import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_CLEAR_FIT, ValidationError, evaluate, evaluateVerdict, loadRuleSet, serializeRuleSet, type RuleSet } from '../src';
import { arbitraryAnswer, SEED } from './arbitraries';
import { fitted, flagged, gated, sample } from './fixtures';

/** Answers with each question either answered or left open. */
const partial = (rs: RuleSet) =>
  fc.record(Object.fromEntries(rs.questions.map((q) => [q.id, fc.option(arbitraryAnswer(q), { nil: undefined })]))).map((a) =>
    Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)),
  );

describe('ranking: the best fit', () => {
  it('names the one option whose fit leads', () => {
    const r = evaluate(fitted, { aim: 'new' });
    expect(r.verdict).toMatchObject({ id: 'team', score: 2 });
    expect(r.verdict.tied).toBeUndefined();
  });

  it('says "no clear fit" for a tie at the top, naming the options that tie', () => {
    // aim "both": single, cohort (if eligible) and team all fit 2.
    const r = evaluate(fitted, { aim: 'both', similar: false });
    expect(r.verdict.id).toBe(NO_CLEAR_FIT);
    expect(r.verdict.label).toBe(fitted.noClearFit!.label);
    expect(r.verdict.tied!.map((o) => o.option)).toEqual(['single', 'team']);
  });

  it('says "no clear fit" when nothing fits (top fit zero), and the aim is the question to answer first', () => {
    const r = evaluate(fitted, { stable: true, budget: 9 });
    expect(r.verdict.id).toBe(NO_CLEAR_FIT);
    expect(r.verdict.score).toBe(0);
    expect(r.unanswered[0]).toMatchObject({ question: 'aim', couldChangeVerdict: true });
    // "existing" would tie the single broker with a cohort whose defining condition is still open.
    expect([...r.unanswered[0]!.reachableVerdicts].sort()).toEqual([NO_CLEAR_FIT, 'team']);
  });

  it('never lets feasibility outrank the fit: a big budget for the single broker does not beat the aim', () => {
    const r = evaluate(fitted, { aim: 'new', budget: 10, stable: false });
    expect(r.verdict.id).toBe('team');
    expect(r.ranking[0]).toMatchObject({ option: 'team', score: 2, feasibility: -5 });
    expect(r.ranking.find((o) => o.option === 'single')).toMatchObject({ score: 0, feasibility: 8 });
  });

  it('orders options of equal fit by feasibility, and puts options whose defining conditions fail last', () => {
    const r = evaluate(fitted, { aim: 'existing', similar: false, budget: 9 });
    expect(r.verdict.id).toBe('single');
    expect(r.ranking.map((o) => [o.option, o.definition])).toEqual([
      ['single', undefined],
      ['team', undefined],
      ['cohort', 'not-met'],
    ]);
  });

  it('does not name an option whose defining conditions are still open', () => {
    // aim "existing" ties single and cohort at 2; with "similar" open, cohort might still qualify.
    const open = evaluate(fitted, { aim: 'existing' });
    expect(open.verdict.id).toBe(NO_CLEAR_FIT);
    expect(open.ranking.find((o) => o.option === 'cohort')!.definition).toBe('open');
    expect(evaluate(fitted, { aim: 'existing', similar: false }).verdict.id).toBe('single');
    expect(evaluate(fitted, { aim: 'existing', similar: true }).verdict.id).toBe(NO_CLEAR_FIT);
  });

  it('gives no ranking with too few answers', () => {
    const { hash: _hash, ...doc } = JSON.parse(serializeRuleSet(fitted)) as Record<string, unknown>;
    const thin = loadRuleSet({ ...doc, minimumAnswers: 2 });
    const r = evaluate(thin, { aim: 'new' });
    expect(r.status).toBe('insufficient-information');
    expect(r.ranking).toEqual([]);
  });

  it('property: a best fit is named only when it alone leads, above zero, with its defining conditions met', () => {
    fc.assert(
      fc.property(partial(fitted), (a) => {
        const r = evaluate(fitted, a);
        expect(evaluateVerdict(fitted, a).id).toBe(r.verdict.id);
        if (r.verdict.id === NO_CLEAR_FIT || r.status === 'insufficient-information') return;
        const best = r.ranking.find((o) => o.option === r.verdict.id)!;
        expect(best.score).toBeGreaterThan(0);
        expect(best.definition === undefined || best.definition === 'met').toBe(true);
        const rivals = r.ranking.filter((o) => o.option !== best.option && o.definition !== 'not-met');
        for (const o of rivals) expect(o.score).toBeLessThan(best.score);
      }),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('shows the notes once in every result, the same frozen items', () => {
    const a = evaluate(fitted, { aim: 'new' });
    const b = evaluate(fitted, {});
    expect(a.notes).toEqual([{ id: 'caveat', title: 'One case study', text: 'The evidence is one case study.', citations: fitted.references[0]!.citations }]);
    expect(b.notes).toBe(a.notes);
    expect(Object.isFrozen(a.notes)).toBe(true);
  });

  it('lists first, after verdict-changing questions, those that could add a requirement', () => {
    const r = evaluate(fitted, { aim: 'new', stable: true, budget: 1 });
    const mandate = r.unanswered.find((u) => u.question === 'mandate')!;
    expect(mandate).toMatchObject({ couldChangeVerdict: false, couldAddRequirement: true, scoreSpread: 0 });
    expect(r.unanswered.indexOf(mandate)).toBeLessThan(r.unanswered.findIndex((u) => u.question === 'similar'));
  });
});

describe('bands: required answers and what the summary says', () => {
  it('keeps the verdict below a band whose condition does not hold, and says which questions it reads', () => {
    const r = evaluate(gated, { money: true, people: true, skills: true });
    expect(r.verdict).toMatchObject({ id: 'conditional', score: 3, summary: 'Practical only.', signals: { for: 3, against: 0 } });
    expect(r.verdict.needsAnswer).toEqual(['nature', 'purpose']);
    // One of them answered for is enough, even with another answered against.
    const against = evaluate(gated, { money: true, people: true, skills: true, purpose: true, nature: false });
    expect(against.verdict).toMatchObject({ id: 'favour', score: 3 });
    expect(evaluate(gated, { money: true, people: true, purpose: true }).verdict.id).toBe('favour');
  });

  it('says the answers point both ways only when they do', () => {
    expect(evaluate(gated, { nature: true, money: false }).verdict).toMatchObject({ id: 'conditional', summary: 'Both ways.', signals: { for: 1, against: 1 } });
    expect(evaluate(gated, { nature: true }).verdict).toMatchObject({ id: 'conditional', summary: 'Too few.', signals: { for: 1, against: 0 } });
  });

  it('reaches a register band by the count of serious flags as well as by the score', () => {
    expect(evaluate(flagged, { a: false, b: false, c: true }).verdict).toMatchObject({ id: 'low', flags: { high: 0, medium: 0, low: 1 } });
    // One high flag scores 3, under the "moderate" threshold of 4: it is moderate all the same.
    expect(evaluate(flagged, { a: true, b: false, c: false }).verdict).toMatchObject({ id: 'moderate', score: 3 });
    expect(evaluate(flagged, { a: true, b: true, c: false }).verdict).toMatchObject({ id: 'high', score: 6, flags: { high: 2, medium: 0, low: 0 } });
    expect(evaluateVerdict(flagged, { a: true }).id).toBe('moderate');
  });

  it('property: evaluateVerdict gives the id, score and provisional flag of evaluate, to the last bit', () => {
    // Integer weights are added up from per-question tables (see tallies.ts); other weights,
    // where the order of adding changes the last bits, rule by rule in rule order.
    const { hash: _h, ...doc } = JSON.parse(serializeRuleSet(sample)) as { hash: string; outcomes: { effect: { weight?: number } }[] };
    doc.outcomes.forEach((o, k) => {
      if (o.effect.weight !== undefined) o.effect.weight = [0.1, 0.7, 0.2, 0.3, 0.6][k % 5]!;
    });
    const fractional = loadRuleSet(doc);
    for (const rs of [sample, fractional, gated, flagged, fitted] as RuleSet[])
      fc.assert(
        fc.property(partial(rs), (a) => {
          const r = evaluate(rs, a);
          expect(evaluateVerdict(rs, a)).toStrictEqual({ id: r.verdict.id, score: r.verdict.score, provisional: r.provisional });
        }),
        { numRuns: 300, seed: SEED },
      );
  });

  it('property: evaluateVerdict agrees with evaluate on every sample rule set', () => {
    for (const rs of [gated, flagged] as RuleSet[])
      fc.assert(
        fc.property(partial(rs), (a) => {
          expect(evaluateVerdict(rs, a).id).toBe(evaluate(rs, a).verdict.id);
        }),
        { numRuns: 500, seed: SEED },
      );
  });
});

describe('format 1 rule sets are evaluated as they always were', () => {
  it('rejects the decision fields in a format-1 document, naming the field', () => {
    const { hash: _h, ...doc } = JSON.parse(serializeRuleSet(fitted)) as Record<string, unknown>;
    try {
      loadRuleSet({ ...doc, format: 'coproduce/rule-set@1' });
      expect.unreachable();
    } catch (e) {
      const paths = (e as ValidationError).problems.map((p) => p.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['noClearFit', 'notes', 'options.1.requires', 'outcomes.3.effect.scale']));
    }
  });

  it('gives format-1 results without the format-2 fields, so saved results reproduce byte for byte', () => {
    const r = evaluate(sample, { contested: true });
    expect('notes' in r).toBe(false);
    expect('signals' in r.verdict).toBe(false);
    for (const u of r.unanswered) expect('couldAddRequirement' in u).toBe(false);
  });
});

describe('rule-set checks for the decision fields', () => {
  const doc = () => JSON.parse(serializeRuleSet(gated)) as Record<string, unknown> & { bands: Record<string, unknown>[] };
  const problems = (d: unknown) => {
    try {
      loadRuleSet(d);
    } catch (e) {
      if (e instanceof ValidationError) return e.problems.map((p) => `${p.path.join('.')}: ${p.message}`);
      throw e;
    }
    return [];
  };

  it('rejects band conditions on unknown questions, flag counts outside registers, and a bottom band with either', () => {
    const d = doc();
    delete d['hash'];
    d.bands[0]!['requires'] = { all: [{ fact: 'nope', operator: 'equal', value: true }] };
    d.bands[1]!['minFlags'] = { high: 1 };
    d.bands[2]!['requires'] = { all: [{ fact: 'nature', operator: 'equal', value: true }] };
    const found = problems(d);
    expect(found.some((p) => p.startsWith('bands.0.requires'))).toBe(true);
    expect(found).toEqual(expect.arrayContaining(['bands.1.minFlags: only register rule sets count flags; this one is "verdict"', 'bands.2: the bottom band is always reachable']));
  });

  it('rejects "no clear fit" outside rankings, notes that name no reference, and bad defining conditions', () => {
    const d = doc();
    delete d['hash'];
    d['noClearFit'] = { label: 'x', summary: 'y' };
    d['notes'] = ['missing'];
    expect(problems(d)).toEqual(expect.arrayContaining(['noClearFit: only ranking rule sets name a best fit; this one is "verdict"', 'notes.0: unknown reference "missing"']));
    const f = JSON.parse(serializeRuleSet(fitted)) as { options: Record<string, unknown>[]; hash?: string };
    delete f.hash;
    f.options[1]!['requires'] = { all: [{ fact: 'nope', operator: 'equal', value: true }] };
    expect(problems(f).some((p) => p.startsWith('options.1.requires'))).toBe(true);
  });
});
