import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateGroup, ValidationError, type Answers, type GroupResult, type RuleSet } from '../src';
import { arbitraryProfile, protoKeys, SEED, snap } from './arbitraries';
import { ranking, sample, timing } from './fixtures';

const NAMES = ['Priya', 'Sam', 'Lee', 'Ana', 'Kofi', 'Mei', 'José', 'Dr O’Neil'];

/**
 * A team: a shared view of the project that each respondent mostly keeps (so that they
 * agree on some questions), leaves blank here and there, or replaces with a view of their own.
 */
function arbitraryTeam(rs: RuleSet, maxSize = 5): fc.Arbitrary<Record<string, Answers>> {
  const n = rs.questions.length;
  const member = fc.tuple(fc.array(fc.nat(4), { minLength: n, maxLength: n }), arbitraryProfile(rs));
  return fc
    .tuple(arbitraryProfile(rs), fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: maxSize }), fc.array(member, { minLength: maxSize, maxLength: maxSize }))
    .map(([shared, names, members]) =>
      Object.fromEntries(
        names.map((name, r) => {
          const [modes, own] = members[r]!;
          const answers: Record<string, unknown> = {};
          rs.questions.forEach((q, i) => {
            if (modes[i]! <= 2) answers[q.id] = shared[q.id];
            else if (modes[i] === 4) answers[q.id] = own[q.id];
          });
          return [name, answers as Answers];
        }),
      ),
    );
}

const ruleSets: readonly [string, RuleSet][] = [
  ['a verdict rule set', sample as RuleSet],
  ['a ranking rule set', ranking as RuleSet],
  ['a register rule set', timing as RuleSet],
];

describe.each(ruleSets)('evaluateGroup on %s: properties', (_, rs) => {
  it('gives one respondent exactly the verdict, status and result evaluate gives', () => {
    fc.assert(
      fc.property(arbitraryTeam(rs, 1), (team) => {
        const [name, answers] = Object.entries(team)[0]!;
        const g = evaluateGroup(rs, team);
        const e = evaluate(rs, answers);
        expect(g.respondents).toEqual([{ name, status: e.status, answered: e.answered, verdict: e.verdict }]);
        expect(g.agreed).toEqual(e);
        expect(g.counts.contested).toBe(0);
        expect(g.disagreements).toEqual([]);
        expect(g.agenda).toEqual([]);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('finds no disagreement among respondents who answer identically', () => {
    fc.assert(
      fc.property(arbitraryProfile(rs), fc.integer({ min: 2, max: 6 }), (answers, k) => {
        const team = Object.fromEntries(NAMES.slice(0, k).map((n) => [n, { ...answers }]));
        const g = evaluateGroup(rs, team);
        expect(g.questions.every((q) => q.status !== 'contested')).toBe(true);
        expect(g.disagreements).toEqual([]);
        expect(g.agenda).toEqual([]);
        expect(g.verdictsAgree).toBe(true);
        expect(g.agreed.verdict).toEqual(evaluate(rs, answers).verdict);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('reports each respondent’s verdict and answers as evaluate does, and agreement per question', () => {
    fc.assert(
      fc.property(arbitraryTeam(rs), (team) => {
        const g = evaluateGroup(rs, team);
        const names = Object.keys(team);
        const own = names.map((n) => evaluate(rs, team[n]!));
        expect(g.respondents.map((r) => r.name)).toEqual(names);
        g.respondents.forEach((r, i) => expect(r.verdict).toEqual(own[i]!.verdict));
        expect(g.verdictsAgree).toBe(new Set(own.map((e) => e.verdict.id)).size === 1);
        for (const q of g.questions) {
          const given = own.map((e) => e.answers[q.question]);
          expect(q.byRespondent).toEqual(names.map((respondent, i) => ({ respondent, answer: given[i] ?? null })));
          const distinct = new Set(given.filter((x) => x !== undefined).map((x) => JSON.stringify(x)));
          expect(q.status).toBe(distinct.size === 0 ? 'unanswered' : distinct.size === 1 ? 'agreed' : 'contested');
          expect(q.positions.flatMap((p) => p.respondents).length + q.blank.length).toBe(names.length);
          if (q.status === 'agreed') expect(g.agreedAnswers[q.question]).toEqual(q.positions[0]!.answer);
          else expect(q.question in g.agreedAnswers).toBe(false);
        }
        expect(g.agreed).toEqual(evaluate(rs, g.agreedAnswers));
        expect(g.counts.agreed + g.counts.contested + g.counts.unanswered).toBe(rs.questions.length);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('lists exactly the disagreements whose answers, adopted, lead to different verdicts', () => {
    fc.assert(
      fc.property(arbitraryTeam(rs), (team) => {
        const g = evaluateGroup(rs, team);
        const contested = g.questions.filter((q) => q.status === 'contested');
        expect(g.agenda.map((a) => a.question).sort()).toEqual(contested.map((q) => q.question).sort());
        for (const item of g.agenda) {
          // Adopt each answer given, on top of the agreed answers alone, through evaluate itself.
          const under = item.positions.map((p) => evaluate(rs, { ...g.agreedAnswers, [item.question]: p.answer }));
          const ids = new Set(under.map((e) => e.verdict.id));
          expect(item.changesVerdict).toBe(ids.size > 1);
          expect(item.verdicts.map((v) => v.id)).toEqual([...new Set(under.map((e) => e.verdict.id))]);
          // The guidance at stake: the question's own and that of each rule the answers decide differently.
          const q = rs.questions.find((x) => x.id === item.question)!;
          const split = rs.rules.filter((r, i) => new Set(under.map((e) => e.rules[i]!.status)).size > 1);
          const expected = [...q.citations, ...split.flatMap((r) => r.citations)];
          for (const c of expected) expect(item.citations).toContainEqual(c);
          for (const c of item.citations) expect(expected).toContainEqual(c);
          const d = g.disagreements.find((x) => x.question === item.question);
          expect(d !== undefined).toBe(item.changesVerdict);
          if (!d) continue;
          d.adoptions.forEach((a, k) => {
            expect(a.answer).toEqual(item.positions[k]!.answer);
            expect(a.verdict).toEqual({ id: under[k]!.verdict.id, label: under[k]!.verdict.label });
            expect(a.score).toBe(under[k]!.verdict.score);
            expect(a.provisional).toBe(under[k]!.provisional);
            expect(a.sentence).toContain(`"${under[k]!.verdict.label}"`);
          });
        }
        expect(g.counts.changingVerdict).toBe(g.disagreements.length);
        // Agenda order: what changes a verdict first, then more verdicts, then a wider spread.
        for (let i = 1; i < g.agenda.length; i++) {
          const [a, b] = [g.agenda[i - 1]!, g.agenda[i]!];
          const key = (x: typeof a) => [Number(x.changesVerdict), x.verdicts.length, x.scoreSpread];
          const [ka, kb] = [key(a), key(b)];
          const cmp = ka[0]! - kb[0]! || ka[1]! - kb[1]! || ka[2]! - kb[2]!;
          expect(cmp).toBeGreaterThanOrEqual(0);
        }
        expect(g.disagreements.map((x) => x.question)).toEqual(g.agenda.filter((a) => a.changesVerdict).map((a) => a.question));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('is deterministic plain JSON and changes nothing it is given', () => {
    fc.assert(
      fc.property(arbitraryTeam(rs), (team) => {
        const before = snap(team);
        const proto = protoKeys();
        const g = evaluateGroup(rs, team);
        expect(snap(team)).toBe(before);
        expect(protoKeys()).toBe(proto);
        expect(JSON.parse(JSON.stringify(g))).toEqual(g);
        expect(JSON.stringify(evaluateGroup(rs, team))).toBe(JSON.stringify(g));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('names the respondent whose answer is wrong in the error path', () => {
    fc.assert(
      fc.property(arbitraryTeam(rs), fc.nat(), fc.nat(), (team, pick, qPick) => {
        const names = Object.keys(team);
        const name = names[pick % names.length]!;
        const q = rs.questions[qPick % rs.questions.length]!;
        const bad = { ...team, [name]: { ...team[name], [q.id]: { not: 'an answer' } } };
        const before = snap(bad);
        const err = catchError(() => evaluateGroup(rs, bad));
        expect(err.target).toBe('answers');
        expect(err.problems).toContainEqual(expect.objectContaining({ path: ['respondents', name, q.id] }));
        expect(err.problems.every((p) => p.path[0] === 'respondents' && p.path[1] === name)).toBe(true);
        expect(snap(bad)).toBe(before);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});

function catchError(f: () => unknown): ValidationError {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('evaluateGroup: what the team reads', () => {
  const shared = { purpose: 'how', months: 30, motives: ['political'] } as const;

  it('says, in a plain sentence, what adopting each view would make the verdict', () => {
    const g = evaluateGroup(sample, { Priya: { ...shared, contested: true }, Sam: { ...shared, contested: false }, Lee: { ...shared, contested: false } });
    expect(g.counts).toEqual({ respondents: 3, questions: 4, agreed: 3, contested: 1, unanswered: 0, changingVerdict: 1 });
    expect(g.respondents.map((r) => [r.name, r.verdict.id])).toEqual([['Priya', 'conditional'], ['Sam', 'favour'], ['Lee', 'favour']]);
    expect(g.verdictsAgree).toBe(false);
    expect(g.agreed.unanswered.map((u) => u.question)).toEqual(['contested']);
    const contested = g.questions.find((q) => q.question === 'contested')!;
    expect(contested.positions).toEqual([{ answer: false, respondents: ['Sam', 'Lee'] }, { answer: true, respondents: ['Priya'] }]);
    expect(g.disagreements).toHaveLength(1);
    expect(g.disagreements[0]!.adoptions.map((a) => a.sentence)).toEqual([
      'If the team adopts the view of Sam and Lee on "Are findings likely to be contested?" ("no"), the verdict is "Favour".',
      'If the team adopts the view of Priya on "Are findings likely to be contested?" ("yes"), the verdict is "Conditional".',
    ]);
    const item = g.agenda[0]!;
    expect(item).toMatchObject({ question: 'contested', changesVerdict: true, scoreSpread: 3 });
    expect(item.verdicts.map((v) => v.id)).toEqual(['favour', 'conditional']);
    // The question's guidance, and that of the two rules the answers decide differently.
    expect(item.citations.map((c) => c.guidance)).toEqual(['criteria.controversy']);
  });

  it('keeps a name as text, whatever characters it holds', () => {
    const name = '<img src=x onerror=alert(1)> & "Sam"';
    const g = evaluateGroup(sample, { [name]: { ...shared, contested: true }, Lee: { ...shared, contested: false } });
    expect(g.respondents[0]!.name).toBe(name);
    expect(g.disagreements[0]!.adoptions.some((a) => a.sentence.includes(`view of ${name} on`))).toBe(true);
  });

  it('ranks a question that changes the verdict above one that does not', () => {
    // Both disagree on `months`, which only matters with purpose "whether"; and on `contested`, which always matters.
    const g = evaluateGroup(sample, { Priya: { purpose: 'how', contested: true, months: 3, motives: [] }, Sam: { purpose: 'how', contested: false, months: 40, motives: [] } });
    expect(g.agenda.map((a) => [a.question, a.changesVerdict])).toEqual([['contested', true], ['months', false]]);
    expect(g.agenda[1]!.citations.map((c) => c.guidance)).toEqual(['risk.timeliness']);
  });

  it('names the best fit for a ranking rule set', () => {
    const g = evaluateGroup(ranking, { Priya: { aim: 'existing' }, Sam: { aim: 'new' } });
    const d = g.disagreements.find((x) => x.question === 'aim');
    expect(d?.adoptions[0]!.sentence).toMatch(/^If the team adopts the view of Priya on ".+" \(".+"\), the best fit is ".+"\.$/);
  });

  it('lists several names the way a sentence does', () => {
    const team = Object.fromEntries(['Ana', 'Kofi', 'Mei'].map((n) => [n, { ...shared, contested: true }]));
    const g = evaluateGroup(sample, { ...team, Sam: { ...shared, contested: false } });
    expect(g.disagreements[0]!.adoptions.find((a) => a.answer === true)!.sentence).toContain('the view of Ana, Kofi and Mei on');
  });
});

describe('evaluateGroup: bad respondents', () => {
  const ok = { contested: true };
  const problems = (respondents: unknown) => catchError(() => evaluateGroup(sample, respondents as never)).problems;

  it('rejects bad names before reading any answers, naming them in the path', () => {
    expect(problems({ Priya: ok, priya: { contested: 'maybe' } })).toEqual([expect.objectContaining({ path: ['respondents', 'priya'], message: 'the same name as "Priya"' })]);
    expect(problems({})).toEqual([expect.objectContaining({ path: ['respondents'], message: 'no respondents' })]);
  });

  it('reports the problems of every respondent together, each under the name', () => {
    const ps = problems({ Priya: { contested: 'maybe' }, Sam: { colour: 'red' }, Lee: ok, Ana: 'yes' });
    expect(ps.map((p) => p.path)).toEqual([['respondents', 'Priya', 'contested'], ['respondents', 'Sam', 'colour'], ['respondents', 'Ana']]);
    expect(catchError(() => evaluateGroup(sample, { Priya: { contested: 'maybe' } } as never)).message).toContain('respondents.Priya.contested');
  });

  it('checks the options as evaluate does', () => {
    expect(catchError(() => evaluateGroup(sample, { Priya: ok }, { fast: true } as never)).target).toBe('options');
    const g: GroupResult = evaluateGroup(sample, { Priya: ok }, { sensitivity: false });
    expect(g.agreed.whatWouldChange).toEqual([]);
  });
});
