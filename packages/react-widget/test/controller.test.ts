import { describe, expect, it } from 'vitest';
import { examples } from '@coproduce/rules/examples';
import { createAdvisor } from '../src/controller';
import { loadRuleSet, ValidationError } from '@coproduce/core';
import { messages, profileQuestions, ruleSets } from '@coproduce/rules';
import { readDecisionRecord } from '@coproduce/rules/report';
import { hostileRuleSet } from './hostile-rule-set';

describe('createAdvisor', () => {
  it('starts with no answers and gives "insufficient information", not a guess', () => {
    const a = createAdvisor();
    const s = a.getState();
    expect(s.results.criteria!.verdict.id).toBe('insufficient-information');
    expect(s.progress.answered).toBe(0);
    expect(s.groups.map((g) => g.id)).toEqual(['context', 'resources', 'people', 'motives', 'readiness', 'timing', 'data', 'brokering']);
  });

  it('updates the advice as answers change and notifies subscribers', () => {
    const a = createAdvisor({ ruleSets: ['criteria'] });
    const seen: string[] = [];
    const off = a.subscribe((s) => seen.push(s.results.criteria!.verdict.id));
    a.setAnswers({ controversy: 'contested', conflictsOfInterest: 'hard', relationships: 'good-links' });
    a.setAnswer('controversy', 'widely-supported');
    off();
    a.setAnswer('controversy', undefined);
    expect(seen).toEqual(['less-emphasis', 'conditional']);
    expect(a.getState().answers).toEqual({ conflictsOfInterest: 'hard', relationships: 'good-links' });
    expect(Object.keys(a.getState().results)).toEqual(['criteria']);
  });

  it('keeps valid answers; a bad value gets a plain message on its question and one notice, nothing is thrown', () => {
    const a = createAdvisor({ answers: { controversy: 'contested', resources: 'plenty', ghost: 1, spook: true } });
    const s = a.getState();
    expect(s.answers).toEqual({ controversy: 'contested' });
    const resources = s.groups.flatMap((g) => g.questions).find((q) => q.question.id === 'resources')!;
    expect(resources.error).toBe('Choose one of the answers.');
    expect(s.problems).toHaveLength(2);
    expect(s.problems[0]).toBe('Some saved answers are not questions of this advisor and were left out: ghost, spook.');
    expect(s.problems[1]).toContain(resources.question.label);
    expect(s.problems.join(' ')).not.toMatch(/resources:|expected/);
  });

  it('keeps profile answers that the embedded rule sets do not ask, silently', () => {
    const costsOnly = profileQuestions.find((q) => !ruleSets.criteria.questions.some((c) => c.id === q.id))!;
    const value = costsOnly.type === 'boolean' ? true : costsOnly.type === 'number' ? costsOnly.min : costsOnly.type === 'enum' ? costsOnly.options[0]!.value : [];
    const a = createAdvisor({ ruleSets: ['criteria'], answers: { controversy: 'contested', [costsOnly.id]: value } });
    expect(a.getState().problems).toEqual([]);
    expect(a.getState().answers).toEqual({ controversy: 'contested', [costsOnly.id]: value });
    expect(a.getState().groups.flatMap((g) => g.questions).some((q) => q.question.id === costsOnly.id)).toBe(false);
  });

  it('keeps a number typed out of range as a draft with a plain message, and clears the message once corrected', () => {
    const a = createAdvisor({ ruleSets: ['costs'] });
    const q = a.getState().groups.flatMap((g) => g.questions).map((x) => x.question).find((x) => x.type === 'number' && x.integer)!;
    if (q.type !== 'number') throw new Error('no whole-number question');
    a.setDraft(q.id, String(q.max + 1));
    let view = a.getState().groups.flatMap((g) => g.questions).find((x) => x.question.id === q.id)!;
    expect(view.error).toBe(`Enter a whole number from ${q.min} to ${q.max}.`);
    expect(view.draft).toBe(String(q.max + 1));
    expect(view.value).toBeUndefined();
    a.setDraft(q.id, String(q.max));
    view = a.getState().groups.flatMap((g) => g.questions).find((x) => x.question.id === q.id)!;
    expect(view.error).toBeUndefined();
    expect(view.draft).toBeUndefined();
    expect(a.getState().answers[q.id]).toBe(q.max);
  });

  it('walks the sections as steps, counting answered and total per step, and opens the report after the last', () => {
    const a = createAdvisor();
    const s0 = a.getState();
    expect(s0.step).toBe(0);
    expect(s0.groups.reduce((n, g) => n + g.total, 0)).toBe(s0.progress.total);
    const first = s0.groups[0]!.questions[0]!.question;
    if (first.type !== 'enum') throw new Error('expected a choice first');
    a.setAnswer(first.id, first.options[0]!.value);
    expect(a.getState().groups[0]!.answered).toBe(1);
    a.next();
    expect(a.getState().step).toBe(1);
    a.back();
    expect(a.getState().step).toBe(0);
    a.goTo(s0.groups.length - 1);
    a.next();
    expect(a.getState().view).toBe('report');
    a.back();
    expect(a.getState().view).toBe('form');
    a.goTo(99);
    expect(a.getState().step).toBe(s0.groups.length - 1);
  });

  it('"Start again" clears everything and can be undone until the next answer', () => {
    const a = createAdvisor({ answers: examples[1]!.profile });
    const before = a.getState().answers;
    a.reset();
    expect(a.getState().answers).toEqual({});
    expect(a.getState().canUndo).toBe(true);
    a.undo();
    expect(a.getState().answers).toEqual(before);
    a.reset();
    a.setAnswer('controversy', 'contested');
    expect(a.getState().canUndo).toBe(false);
  });

  it('hides questions that cannot matter any more', () => {
    const a = createAdvisor({ ruleSets: ['criteria'] });
    const visible = () => a.getState().groups.flatMap((g) => g.questions).filter((q) => q.visible).map((q) => q.question.id);
    expect(visible()).toContain('decisionSpace');
    a.setAnswer('researchPurpose', 'how-to-implement');
    expect(visible()).not.toContain('decisionSpace');
    a.setAnswer('researchPurpose', 'whether-it-works');
    expect(visible()).toContain('decisionSpace');
  });

  it('switches language without changing the logic or the stored record', async () => {
    const a = createAdvisor({ answers: examples[2]!.profile });
    const en = a.toDecisionRecord();
    a.setLocale('fr');
    // French is a pack: the advisor loads it, then shows French.
    await new Promise<void>((done) => a.subscribe((x) => x.locale === 'fr' && done()));
    const s = a.getState();
    expect(s.results.criteria!.verdict.label).toBe(messages('fr')[`band.coproduction-criteria.${s.results.criteria!.verdict.id}.label`]);
    expect(s.groups[0]!.questions[0]!.question.label).toBe('Comment la politique ou le programme est-il perçu?');
    const fr = a.toDecisionRecord();
    expect(fr.results).toEqual(en.results);
    expect(fr.locale).toBe('fr');
  });

  it('exports a compact decision record with rule-set versions and hashes, and the shared report in Markdown', () => {
    const a = createAdvisor({ answers: examples[1]!.profile });
    const rec = readDecisionRecord(JSON.parse(JSON.stringify(a.toDecisionRecord())));
    expect(rec.format).toBe('coproduce/decision-record@1');
    expect(rec.ruleSets.map((r) => r.id)).toEqual(['coproduction-criteria', 'coproduction-costs', 'brokering-model']);
    expect(rec.ruleSets[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rec.ruleSets[1]!.verdict.id).toBe(a.getState().canonical.costs!.verdict.id);
    expect(rec.answers).toEqual(a.getState().answers);
    expect(rec.results).toBeUndefined();
    expect(a.toDecisionRecord({ full: true }).results!.costs!.verdict.id).toBe(rec.ruleSets[1]!.verdict.id);
    a.setProjectName('River pilot');
    expect(a.toDecisionRecord().projectName).toBe('River pilot');
    const md = a.toMarkdown();
    expect(md).toContain('River pilot');
    for (const k of ['criteria', 'costs', 'brokering']) expect(md).toContain(a.getState().results[k]!.verdict.label);
  });

  it('shows markup in a bad key only as text in its notice', () => {
    const a = createAdvisor({ answers: { '<script>alert(1)</script>': 1 } });
    expect(a.getState().problems[0]).toContain('<script>alert(1)</script>');
  });

  it('takes a rule set of your own next to the built-in ones', () => {
    const a = createAdvisor({ ruleSets: ['brokering', loadRuleSet(hostileRuleSet)] });
    expect(a.getState().ruleSets).toEqual(['brokering', 'hostile-text']);
    a.setAnswers({ q: 'a', brokeringAim: 'use-existing' });
    expect(a.getState().results['hostile-text']!.verdict.id).toBe('yes');
    expect(a.getState().results.brokering!.verdict.id).toBe('single');
    expect(a.toDecisionRecord().ruleSets.map((r) => r.id)).toEqual(['brokering-model', 'hostile-text']);
    expect(() => loadRuleSet({ ...hostileRuleSet, rules: [] })).toThrow(/Invalid rule-set/);
    // a document that was not loaded is refused with a typed error naming the entry
    expect(() => createAdvisor({ ruleSets: ['brokering', hostileRuleSet as never] })).toThrow(ValidationError);
    expect(() => createAdvisor({ ruleSets: ['brokering', hostileRuleSet as never] })).toThrow(/ruleSets\[1\]: not a loaded rule set/);
  });
});
