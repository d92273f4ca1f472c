// Scenarios written from the sources alone (issue 11), run through the public API as a
// user would. Each quotes, in a comment, the passage it rests on.
import { compareAssessments, evaluate, NO_CLEAR_FIT, ValidationError } from '@coproduce/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokering as brokeringV1 } from '../src/brokering/v1';
import { criteria as criteriaV1 } from '../src/criteria/v1';
import { costsRuleSet as costsV1 } from '../src/costs/v1';
import { brokering, costs, criteria, evaluateAll, guidanceText, profileFor } from '../src';
import { arbitraryPartialProfile } from './arbitraries';

describe('brokering: the aim decides the model (Wye et al., Discussion: Implications)', () => {
  // "brokering models need to be selected with the intended aims ... in mind. If the purpose
  // is to increase the impact of existing research knowledge ... a single, externally-positioned
  // broker ... could suffice".
  it('names the single broker for existing research even in a setting that favours a team', () => {
    const r = evaluate(brokering, { brokeringAim: 'use-existing', settingStability: 'stable', ringFencedFunding: true, seniorSupport: true, embedding: true, teamManager: true, secondment: 'part-time-two-years' });
    expect(r.verdict.id).toBe('single');
  });

  it('gives no best fit from the setting alone: "stable organisations" does not name the team', () => {
    const r = evaluate(brokering, { settingStability: 'stable' });
    expect(r.verdict.id).toBe(NO_CLEAR_FIT);
    expect(r.unanswered[0]!.question).toBe('brokeringAim');
    // No option is lifted above the others in the list either.
    expect(new Set(r.ranking.filter((o) => o.definition !== 'not-met').map((o) => o.rank))).toEqual(new Set([1]));
  });

  // "A ... cohort of brokers from the same profession deployed across similar organisations".
  it('never names a model whose defining conditions do not hold, nor one nobody\'s answers support', () => {
    const r = evaluate(brokering, { organisations: 'similar', professions: 'one-profession' });
    expect(r.verdict.id).toBe(NO_CLEAR_FIT);
    const r2 = evaluate(brokering, { brokeringAim: 'use-existing', organisations: 'two-communities' });
    expect(r2.ranking.find((o) => o.option === 'cohort')!.definition).toBe('not-met');
    expect(r2.ranking.findIndex((o) => o.option === 'cohort')).toBeGreaterThan(r2.ranking.findIndex((o) => o.option === 'secondments'));
  });

  // "... although this lone individual may struggle to tackle the structural, contextual and
  // system-level barriers that prevent managers from drawing on research".
  it('warns, in the result itself, that a lone broker may struggle with system-level barriers', () => {
    const r = evaluate(brokering, { brokeringAim: 'use-existing' });
    expect(r.verdict.id).toBe('single');
    expect(r.advice.map((a) => a.outcome)).toContain('lone-broker-limits');
  });

  // "We really do not know if brokering (of any description) 'works'." (Impact of brokering)
  it('shows the evidence on impact and the limits of the case study with every result', () => {
    const r = evaluate(brokering, {});
    expect(r.notes!.map((n) => n.id)).toEqual(['impact', 'limitations']);
    expect(r.notes![0]!.text).toMatch(/really do not know/);
    expect(r.notes![0]!.text).toMatch(/before-and-after study \(not a trial\)/);
  });

  it('gives no ranking with too few answers', () => {
    const thin = evaluate(brokering, {});
    expect(thin.status).toBe('insufficient-information');
    expect(thin.ranking).toEqual([]);
  });

  it('property: no result names a best fit when the top is tied or at zero or less, or without the aim', () => {
    fc.assert(
      fc.property(arbitraryPartialProfile(brokering), (a) => {
        const r = evaluate(brokering, a);
        if (r.verdict.id === NO_CLEAR_FIT || r.status === 'insufficient-information') return;
        expect(a['brokeringAim']).toBeDefined();
        const best = r.ranking.find((o) => o.option === r.verdict.id)!;
        expect(best.score).toBeGreaterThan(0);
        for (const o of r.ranking) if (o !== best && o.definition !== 'not-met') expect(o.score).toBeLessThan(best.score);
        if (r.verdict.id === 'single') expect(r.advice.map((x) => x.outcome)).toContain('lone-broker-limits');
      }),
      { numRuns: 3000, seed: 20261201 },
    );
  });
});

describe('costs: the band reflects the worst risk (Oliver et al. 2019, Table 1)', () => {
  // Table 1: "Researchers or stakeholders may be prevented from sharing unwanted findings".
  it('never calls a project with one high-severity risk "low"', () => {
    const r = evaluate(costs, { engagementMode: 'partnership', publication: 'partner-approval' });
    expect(r.risks.filter((x) => x.severity === 'high').length).toBe(1);
    expect(r.verdict.id).toBe('moderate');
    expect(r.verdict.summary).toMatch(/this tool’s own choices/);
  });

  it('calls two high-severity risks "high"', () => {
    const r = evaluate(costs, { engagementMode: 'partnership', publication: 'partner-approval', facilitationBudget: false });
    expect(r.verdict.id).toBe('high');
  });

  // "These interpersonal conflicts can lead to – as can the additional work associated with
  // coproduction – serious stress and burnout"; costs borne "in our experience, often [by]
  // the most junior, temporary ...".
  it('flags a high personal cost when the work falls on junior staff without resources', () => {
    const r = evaluate(costs, { leadResearcher: 'junior-or-temporary', facilitationBudget: false });
    expect(r.risks.find((x) => x.category === 'personal')).toMatchObject({ severity: 'high' });
  });

  it('gives a project that only shares findings the lighter register', () => {
    const answers = { stakeholderGroups: 5, partnersAnalyse: true, identifiableParticipants: true, publication: 'not-agreed' } as const;
    const sharing = evaluate(costs, { ...answers, engagementMode: 'recipients' });
    const partnering = evaluate(costs, { ...answers, engagementMode: 'partnership' });
    expect(sharing.risks.map((x) => x.rule)).not.toEqual(expect.arrayContaining(['team-dominance']));
    expect(sharing.risks.length).toBeLessThan(partnering.risks.length);
    expect(partnering.risks.map((x) => x.rule)).toEqual(expect.arrayContaining(['team-dominance', 'joint-analysis', 'ethics', 'publication-unagreed']));
  });
});

describe('criteria (Oliver et al. 2019, Table 2)', () => {
  const practical = { resources: 'available', partnershipExpertise: true, relationships: 'need-building', implementerCooperation: 'essential' } as const;

  // Table 2 rows 1-6 are about the nature and purpose of the research; rows 7-9 and the
  // slides' "access to expertise in partnership working" are practical.
  it('does not favour co-production on practical answers alone, and says which questions to answer', () => {
    const r = evaluate(criteria, practical);
    expect(r.verdict.id).toBe('conditional');
    expect(r.verdict.signals).toEqual({ for: 4, against: 0 });
    expect(r.verdict.summary).toMatch(/nature and purpose of the research/);
    expect(r.verdict.needsAnswer).toEqual(expect.arrayContaining(['controversy', 'researchPurpose']));
    expect(evaluate(criteria, { ...practical, controversy: 'unsure' }).verdict.id).toBe('conditional');
    expect(evaluate(criteria, { ...practical, controversy: 'contested' }).verdict.id).toBe('conditional');
    expect(evaluate(criteria, { ...practical, researchPurpose: 'how-to-implement' }).verdict.id).toBe('favour');
  });

  it('says the answers point both ways only when they do', () => {
    const mixed = evaluate(criteria, { controversy: 'contested', useOfFindings: 'direct', resources: 'available' });
    expect(mixed.verdict).toMatchObject({ id: 'conditional', signals: { for: 2, against: 1 } });
    expect(mixed.verdict.summary).toMatch(/both ways/);
    const weak = evaluate(criteria, { useOfFindings: 'direct', controversy: 'unsure', resources: 'available' });
    expect(weak.verdict.summary).not.toMatch(/both ways/);
  });

  // "Some early thinking ... summarised in Table 2, which particularly relates to coproduction
  // of evaluations with policy-makers and service managers"; "all the implementation type
  // tools, frameworks and processes cannot design away these tensions" (Conclusions).
  it('shows the scope of Table 2 and the limits of any tool once in every result, and weighs co-production with decision-makers', () => {
    const r = evaluate(criteria, {});
    expect(r.notes!.map((n) => n.id)).toEqual(['scope', 'limits-of-tools']);
    for (const b of criteria.bands) expect(b.label).toMatch(/with decision-makers/);
  });

  it('counts a question that only adds a requirement (the involvement mandate) as worth answering', () => {
    const r = evaluate(criteria, { controversy: 'widely-supported', useOfFindings: 'direct', resources: 'available' });
    expect(r.unanswered.find((u) => u.question === 'ppiRequired')).toMatchObject({ couldAddRequirement: true });
  });
});

describe('citations carry the guidance itself', () => {
  it('gives every cited guidance id its text in the result', () => {
    const all = evaluateAll({ brokeringAim: 'use-existing', controversy: 'contested', engagementMode: 'partnership' });
    for (const r of Object.values(all))
      for (const rule of r.rules) for (const c of rule.citations) expect(c.text, `${r.ruleSet.id}/${rule.id}`).toBe(guidanceText[c.guidance]);
  });
});

describe('versions', () => {
  // The published 1.0.0 rule sets are kept byte for byte: their hashes are their identity.
  it('keeps rule sets 1.0.0 exactly as published', () => {
    expect(criteriaV1.hash).toBe('647422fd4cc3a3497405043a88ea9190f0f79adbc2568eb59f9d2f8f1838d3de');
    expect(costsV1.hash).toBe('65deacedbf6a8799941abb2e7ea416d5aec3569a679ee642dc9211050d114cb0');
    expect(brokeringV1.hash).toBe('8b6094f566250ba395cb29817166f22deaefa1983e6518d32ddf778db1581596');
    for (const rs of [criteria, costs, brokering]) expect(rs.version).toBe('2.0.0');
  });

  it('keeps rule sets 2.0.0 exactly as published', () => {
    expect(criteria.hash).toBe('bc8861d96014f9a7dcafb1fe0be37ad736a2304a48ecf55d20df137127160c6b');
    expect(costs.hash).toBe('cc30004d32c204867247724d3dd9875c270543643ca02935f8d30b310a846919');
    expect(brokering.hash).toBe('58caa68eb222e1b84e0c0cc6b860ce06100d18be9b3dd6ab3912480ace10f84b');
  });

  it('shows an old 1.0.0 assessment against the new version, with what changed', () => {
    const answers = { organisations: 'similar', professions: 'one-profession' } as const;
    const saved = JSON.parse(JSON.stringify(evaluate(brokeringV1, answers)));
    expect(saved.verdict.id).toBe('cohort');
    const cmp = compareAssessments(saved, brokering);
    expect(cmp.relation).toBe('newer-version');
    expect(cmp.verdictChanged).toBe(true);
    expect(cmp.after.verdict.id).toBe(NO_CLEAR_FIT);
    expect(cmp.summary.join(' ')).toMatch(/Re-evaluated with brokering-model 2\.0\.0 \(the assessment used 1\.0\.0\)/);
    // Against its own version it reproduces exactly.
    expect(compareAssessments(saved, brokeringV1).identical).toBe(true);
  });
});

describe('bad input to evaluateAll is rejected as evaluate rejects it', () => {
  class Answers {
    controversy = 'contested';
  }
  for (const [name, value] of [['a Date', new Date()], ['a Map', new Map()], ['a Set', new Set()], ['a class instance', new Answers()], ['an array', []]] as const)
    it(`rejects ${name} with a ValidationError`, () => {
      expect(() => evaluateAll(value as never)).toThrow(ValidationError);
      expect(() => evaluate(criteria, value as never)).toThrow(ValidationError);
    });

  it('caps a flood of unknown keys into one problem', () => {
    const flood = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, 1]));
    try {
      evaluateAll(flood as never);
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).problems).toHaveLength(1);
      expect((e as ValidationError).problems[0]!.message).toBe('too many keys');
    }
  });

  it('feeds each rule set only its questions (unchanged)', () => {
    expect(profileFor(criteria, { brokeringAim: 'use-existing', controversy: 'contested' })).toEqual({ controversy: 'contested' });
  });
});
