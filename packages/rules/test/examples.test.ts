import { describe, expect, it } from 'vitest';
import { evaluateAll, type RuleSetKey } from '../src';
import { examples } from '../src/examples';

describe('worked examples', () => {
  it('covers the five cases from the sources', () => {
    expect(examples.map((e) => e.id)).toEqual(['bristol-km-team', 'telehealth-evaluation', 'contested-evaluation', 'implementation-study', 'evidence-review-service']);
  });

  for (const ex of examples) {
    describe(ex.title, () => {
      const results = evaluateAll(ex.profile);
      for (const key of Object.keys(ex.expected) as RuleSetKey[]) {
        it(`${key}: ${ex.expected[key].verdict}, because of ${ex.expected[key].keyRules.join(', ') || 'too few answers'}`, () => {
          const r = results[key];
          expect(r.verdict.id).toBe(ex.expected[key].verdict);
          const fired = r.rules.filter((x) => x.status === 'fired').map((x) => x.id);
          expect(fired).toEqual(expect.arrayContaining([...ex.expected[key].keyRules]));
        });
      }
    });
  }

  it('Bristol: the embedded team ranks first, with its enablers named', () => {
    const r = evaluateAll(examples[0]!.profile).brokering;
    expect(r.ranking[0]).toMatchObject({ option: 'team', rank: 1 });
    expect(r.ranking[0]!.because).toEqual(expect.arrayContaining(['aim-new', 'stable', 'ring-fenced', 'senior-support', 'team-manager']));
    expect(r.advice.map((a) => a.outcome)).toContain('warn-turnover');
  });

  it('telehealth: the timing risk is high and names the case', () => {
    const r = evaluateAll(examples[1]!.profile).costs;
    const late = r.risks.find((x) => x.rule === 'too-late')!;
    expect(late).toMatchObject({ severity: 'high', category: 'process' });
    expect(late.citations[0]).toMatchObject({ guidance: 'risk.timeliness', source: 'wye2019' });
    expect(late.mitigations.map((m) => m.id)).toContain('m-timing');
    expect(r.whatWouldChange.some((c) => c.question === 'researchMonths' && c.to === 6)).toBe(true);
  });

  it('contested evaluation: leans against and points to alternatives', () => {
    const r = evaluateAll(examples[2]!.profile).criteria;
    expect(r.advice.map((a) => a.outcome)).toEqual(expect.arrayContaining(['alternatives', 'do-step-two', 'negative-findings']));
    expect(r.rules.find((x) => x.id === 'controversy-less')!.evidence).toBe('early-thoughts');
  });

  it('implementation study: involvement of the public is a requirement whatever the verdict', () => {
    const r = evaluateAll(examples[3]!.profile).criteria;
    expect(r.advice[0]).toMatchObject({ outcome: 'ppi-required', level: 'requirement' });
  });

  it('evidence-review service: a single broker, with warnings about the setting', () => {
    const r = evaluateAll(examples[4]!.profile).brokering;
    expect(r.ranking[0]!.option).toBe('single');
    // Two communities, not several similar organisations: the cohort model's defining
    // condition fails, so it is listed last whatever its score (Wye et al., models).
    expect(r.ranking.find((o) => o.option === 'cohort')).toMatchObject({ definition: 'not-met' });
    expect(r.ranking.slice(-2).map((o) => o.definition)).toEqual(['not-met', 'not-met']);
    expect(r.advice.map((a) => a.outcome)).toEqual(expect.arrayContaining(['warn-turbulence', 'lone-broker-limits']));
    expect(r.notes!.map((n) => n.id)).toEqual(['impact', 'limitations']);
  });
});
