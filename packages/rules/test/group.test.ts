// These tests read French: register the pack, as an app that uses French does.
import '../src/i18n/fr';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, ValidationError, type RuleSet } from '@coproduce/core';
import { evaluateAll, evaluateGroupAll, localizeGroupResult, messages, profileQuestions, ruleSets, teamAgenda, translate, answerLabel, type Profile, type RuleSetKey } from '../src';
import { examples } from '../src/examples';
import { answer } from './arbitraries';

const keys = Object.keys(ruleSets) as RuleSetKey[];
const partialProfile = fc.record(Object.fromEntries(profileQuestions.map((q) => [q.id, answer(q)])), { requiredKeys: [] }) as fc.Arbitrary<Profile>;

/**
 * Three people describing one project (a worked example): the commissioner gives another
 * answer to a question that would change the criteria verdict (taken from the result's own
 * "what would change"), and the service-user representative leaves a question blank.
 */
const base = examples[1]!.profile as Record<string, unknown>;
const change = evaluateAll(base as Profile).criteria.whatWouldChange[0]!;
const blankQuestion = Object.keys(base).find((q) => q !== change.question)!;
const team = {
  Researcher: base,
  Commissioner: { ...base, [change.question]: change.to },
  'Service-user representative': Object.fromEntries(Object.entries(base).filter(([q]) => q !== blankQuestion)),
} as Record<string, Profile>;

function catchError(f: () => unknown): ValidationError {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('evaluateGroupAll', () => {
  it('gives one respondent the verdicts evaluateAll gives, in every rule set', () => {
    fc.assert(
      fc.property(partialProfile, (profile) => {
        const g = evaluateGroupAll({ Priya: profile });
        const e = evaluateAll(profile);
        expect(Object.keys(g)).toEqual(keys);
        for (const k of keys) {
          expect(g[k].respondents[0]!.verdict).toEqual(e[k].verdict);
          expect(g[k].agreed).toEqual(e[k]);
        }
      }),
      { seed: 20261201, numRuns: 60 },
    );
  });

  it('works out, per rule set, the verdict under each view of a disagreement', () => {
    const g = evaluateGroupAll(team);
    const changing = keys.flatMap((k) => g[k].disagreements.map((d) => [k, d] as const));
    expect(g.criteria.disagreements.map((d) => d.question)).toContain(change.question);
    expect(g.criteria.questions.find((q) => q.question === blankQuestion)!.blank).toEqual(['Service-user representative']);
    for (const [k, d] of changing)
      for (const a of d.adoptions) {
        const e = evaluate(ruleSets[k] as RuleSet, { ...g[k].agreedAnswers, [d.question]: a.answer });
        expect(a.verdict.id).toBe(e.verdict.id);
      }
  });

  it('reports every respondent’s problems together, each under the name, a shared question once', () => {
    const err = catchError(() => evaluateGroupAll({ Priya: { controversy: 'maybe' }, Sam: { colour: 'red' }, Lee: new Map() } as never));
    expect(err.problems.map((p) => p.path)).toEqual([['respondents', 'Sam', 'colour'], ['respondents', 'Lee'], ['respondents', 'Priya', 'controversy']]);
    const shared = catchError(() => evaluateGroupAll({ Priya: { controversy: 'maybe' }, Sam: {} } as never));
    expect(shared.problems.map((p) => p.path)).toEqual([['respondents', 'Priya', 'controversy']]);
    expect(catchError(() => evaluateGroupAll({ __proto__: null, constructor: {} } as never)).problems[0]!.path).toEqual(['respondents', 'constructor']);
  });

  it('checks the options as evaluateAll does', () => {
    expect(() => evaluateGroupAll(team, { fast: true } as never)).toThrow(expect.objectContaining({ target: 'options' }));
    expect(evaluateGroupAll(team, { sensitivity: false }).criteria.agreed.whatWouldChange).toEqual([]);
  });

  it('changes nothing it is given', () => {
    const copy = JSON.parse(JSON.stringify(team));
    evaluateGroupAll(team);
    expect(team).toEqual(copy);
  });
});

describe('teamAgenda', () => {
  it('lists each contested question once, those that change more verdicts first', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom('Ana', 'Kofi', 'Mei', 'Sam'), { minLength: 2, maxLength: 4 }), fc.array(partialProfile, { minLength: 4, maxLength: 4 }), (names, profiles) => {
        const g = evaluateGroupAll(Object.fromEntries(names.map((n, i) => [n, profiles[i]!])));
        const agenda = teamAgenda(g);
        const contested = new Set(keys.flatMap((k) => g[k].agenda.map((a) => a.question)));
        expect(agenda.map((a) => a.question).sort()).toEqual([...contested].sort());
        for (const item of agenda) {
          expect(item.changes).toEqual(keys.filter((k) => g[k].disagreements.some((d) => d.question === item.question)));
          for (const k of keys) expect(item.byRuleSet[k]).toEqual(g[k].agenda.find((a) => a.question === item.question));
          for (const k of keys) for (const c of item.byRuleSet[k]?.citations ?? []) expect(item.citations).toContainEqual(c);
        }
        for (let i = 1; i < agenda.length; i++) expect(agenda[i - 1]!.changes.length).toBeGreaterThanOrEqual(agenda[i]!.changes.length);
      }),
      { seed: 20261201, numRuns: 40 },
    );
  });
});

describe('localizeGroupResult', () => {
  const g = evaluateGroupAll(team);

  it('gives a French agenda across the rule sets from French results', () => {
    const fr = Object.fromEntries(keys.map((k) => [k, localizeGroupResult(g[k], 'fr')])) as typeof g;
    const agenda = teamAgenda(fr);
    expect(agenda.map((a) => a.question)).toEqual(teamAgenda(g).map((a) => a.question));
    for (const a of agenda) expect(a.label).toBe(messages('fr')[`q.${a.question}.label`]);
  });

  it('writes the English sentences from the same templates the other locales translate', () => {
    let n = 0;
    for (const k of keys) {
      const rs = ruleSets[k] as RuleSet;
      expect(localizeGroupResult(g[k], 'en')).toBe(g[k]);
      for (const d of g[k].disagreements)
        for (const a of d.adoptions) {
          n++;
          const q = rs.questions.find((x) => x.id === d.question)!;
          const names = a.respondents.length === 1 ? a.respondents[0]! : `${a.respondents.slice(0, -1).join(', ')} and ${a.respondents.at(-1)}`;
          const key = rs.kind === 'ranking' ? 'ui.group.adopt.ranking' : 'ui.group.adopt.verdict';
          expect(a.sentence).toBe(translate('en', key, { names, question: q.label, answer: answerLabel(q, a.answer, 'en'), verdict: a.verdict.label }));
        }
    }
    expect(n).toBeGreaterThan(0);
  });

  it('translates labels, verdicts and sentences, keeping names, ids, answers and scores', () => {
    const fr = messages('fr');
    for (const k of keys) {
      const rs = ruleSets[k] as RuleSet;
      const f = localizeGroupResult(g[k], 'fr');
      const verdictKey = (id: string) => (rs.kind === 'ranking' ? `option.${rs.id}.${id}.label` : `band.${rs.id}.${id}.label`);
      expect(f.respondents.map((r) => [r.name, r.verdict.id, r.verdict.score])).toEqual(g[k].respondents.map((r) => [r.name, r.verdict.id, r.verdict.score]));
      f.respondents.forEach((r) => expect(r.verdict.label).toBe(r.verdict.score === null ? fr['ui.insufficient.label'] : fr[verdictKey(r.verdict.id)]));
      f.questions.forEach((q) => expect(q.label).toBe(fr[`q.${q.question}.label`]));
      expect(f.agreed.verdict.id).toBe(g[k].agreed.verdict.id);
      f.disagreements.forEach((d, i) =>
        d.adoptions.forEach((a, j) => {
          expect(a.answer).toEqual(g[k].disagreements[i]!.adoptions[j]!.answer);
          expect(a.sentence.startsWith('Si l’équipe retient l’avis de ')).toBe(true);
          for (const name of a.respondents) expect(a.sentence).toContain(name);
          expect(a.sentence).toContain(`« ${a.verdict.label} »`);
        }),
      );
      f.agenda.forEach((a) => expect(a.verdicts.map((v) => v.id)).toEqual(g[k].agenda.find((x) => x.question === a.question)!.verdicts.map((v) => v.id)));
    }
  });
});
