import { describe, expect, it } from 'vitest';
import { examples } from '@coproduce/rules';
import { createAdvisor } from '../src/controller';
import { escapeMarkdown } from '../src/markdown';
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

  it('keeps valid answers and reports invalid ones instead of throwing', () => {
    const a = createAdvisor({ answers: { controversy: 'contested', resources: 'plenty', ghost: 1 } });
    const s = a.getState();
    expect(s.answers).toEqual({ controversy: 'contested' });
    expect(s.problems).toHaveLength(2);
    expect(s.problems[0]).toMatch(/^resources: /);
    expect(s.problems[1]).toMatch(/^ghost: no rule set asks "ghost"/);
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

  it('switches language without changing the logic or the stored record', () => {
    const a = createAdvisor({ answers: examples[2]!.profile });
    const en = a.toDecisionRecord();
    a.setLocale('fr');
    const s = a.getState();
    expect(s.results.criteria!.verdict.label).toBe('Moins de place à la coproduction');
    expect(s.groups[0]!.questions[0]!.question.label).toBe('Comment la politique ou le programme est-il perçu?');
    const fr = a.toDecisionRecord();
    expect(fr.results).toEqual(en.results);
    expect(fr.locale).toBe('fr');
  });

  it('exports a decision record with rule-set versions and hashes, and a Markdown summary', () => {
    const a = createAdvisor({ answers: examples[1]!.profile });
    const rec = JSON.parse(JSON.stringify(a.toDecisionRecord()));
    expect(rec.format).toBe('coproduce/decision-record@1');
    expect(rec.ruleSets.map((r: { id: string }) => r.id)).toEqual(['coproduction-criteria', 'coproduction-costs', 'brokering-model']);
    expect(rec.ruleSets[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rec.results.costs.verdict.id).toBe('high');
    const md = a.toMarkdown();
    expect(md).toContain('# Co-production advisor');
    expect(md).toContain('**High** Findings after the decision');
    expect(md).toContain('wye2019, Findings: the telehealth evaluation');
    expect(md).toContain('CC BY 2.5');
  });

  it('reports what it received, and escapes Markdown so a summary cannot smuggle markup', () => {
    const a = createAdvisor({ answers: { controversy: '<script>alert(1)</script>' } });
    expect(a.getState().problems[0]).toContain('received "<script>alert(1)</script>"');
    expect(escapeMarkdown('<img src=x onerror=alert(1)> *b* [l](u)')).toBe('\\<img src=x onerror=alert(1)\\> \\*b\\* \\[l\\](u)');
  });

  it('takes a rule set of your own next to the built-in ones', () => {
    const a = createAdvisor({ ruleSets: ['brokering', hostileRuleSet as never] });
    expect(a.getState().ruleSets).toEqual(['brokering', 'hostile-text']);
    a.setAnswers({ q: 'a', brokeringAim: 'use-existing' });
    expect(a.getState().results['hostile-text']!.verdict.id).toBe('yes');
    expect(a.getState().results.brokering!.verdict.id).toBe('single');
    expect(a.toDecisionRecord().ruleSets.map((r) => r.id)).toEqual(['brokering-model', 'hostile-text']);
    expect(() => createAdvisor({ ruleSets: [{ ...hostileRuleSet, rules: [] } as never] })).toThrow(/Invalid rule-set/);
  });
});
