// These tests read French: register the pack, as an app that uses French does.
import '../../src/i18n/fr';
import { evaluate, ValidationError, type EvaluationResult, type RuleSet } from '@coproduce/core';
import { describe, expect, it } from 'vitest';
import { evaluateAll, profileFor, ruleSets } from '../../src';
import { changelog } from '../../src/changelog';
import { examples } from '../../src/examples';
import { brokering as brokering1 } from '../../src/brokering/v1';
import { costsRuleSet as costs1 } from '../../src/costs/v1';
import { criteria as criteria1 } from '../../src/criteria/v1';
import { publishedRuleSet, publishedVersions } from '../../src/published';
import { buildRecheckReport, decisionRecord, recheckRecord, renderText, teamMessages } from '../../src/report';

const profile = examples[0]!.profile;
const v1 = { criteria: criteria1, costs: costs1, brokering: brokering1 } as unknown as Record<string, RuleSet>;
const oldResults = Object.fromEntries(Object.entries(v1).map(([k, rs]) => [k, evaluate(rs, profileFor(rs, profile))])) as Record<string, EvaluationResult>;
const oldRecord = decisionRecord(oldResults, { created: '2026-11-25' });
const nowRecord = decisionRecord(evaluateAll(profile) as unknown as Record<string, EvaluationResult>, { created: '2026-12-01' });
const text = (r: ReturnType<typeof recheckRecord>, locale: 'en' | 'fr' = 'en') => renderText(buildRecheckReport(r, { locale, date: '2026-12-01' }), { width: 1000 });

describe('publishedRuleSet', () => {
  it('finds every published version by id and version, and nothing else', () => {
    for (const rs of [...Object.values(v1), ...Object.values(ruleSets)] as RuleSet[]) expect(publishedRuleSet(rs.id, rs.version)).toBe(rs);
    expect(publishedRuleSet('coproduction-criteria', '9.9.9')).toBeUndefined();
    expect(publishedVersions('coproduction-criteria')).toEqual([criteria1.version, ruleSets.criteria.version]);
  });
});

describe('recheckRecord', () => {
  it('a record from an older version: integrity checked against that version, re-evaluated under the current one, the changelog quoted', () => {
    const r = recheckRecord(oldRecord, { publishedRuleSet });
    expect(r.ok).toBe(true);
    const out = text(r);
    for (const c of r.ruleSets) {
      const now = (Object.values(ruleSets) as RuleSet[]).find((x) => x.id === c.id)!;
      expect(c.integrity).toBe('ok');
      expect(c.current!.version).toBe(now.version);
      const fresh = evaluate(now, profileFor(now, profile));
      expect(c.current!.verdict!.id).toBe(fresh.verdict.id);
      expect(c.current!.verdictChanged).toBe(fresh.verdict.id !== c.recorded.verdict.id);
      // Both versions named, and every changelog entry in between quoted.
      expect(out).toContain(teamMessages.en['rc.versions'].replace('{version}', c.recorded.version).replace('{current}', now.version));
      const entries = changelog[c.id]!.filter((e) => e.version !== c.recorded.version);
      expect(c.changelog.map((e) => e.version)).toEqual(entries.map((e) => e.version));
      for (const e of entries) for (const line of e.changes) expect(out).toContain(line);
    }
  });

  it('without the published lookup an older version is unknown, never reinterpreted', () => {
    const r = recheckRecord(oldRecord);
    expect(r.ok).toBe(false);
    expect(r.ruleSets.every((c) => c.integrity === 'unknown-version')).toBe(true);
    expect(r.problems).toHaveLength(r.ruleSets.length);
  });

  it('a record of the current version: nothing to re-evaluate, the verdicts reproduce', () => {
    const r = recheckRecord(nowRecord, { publishedRuleSet });
    expect(r.ok).toBe(true);
    for (const c of r.ruleSets) {
      expect(c.current!.version).toBe(c.recorded.version);
      expect(c.changelog).toEqual([]);
      expect(c.recomputed!.id).toBe(c.recorded.verdict.id);
      expect(c.current!.ruleChanges).toEqual([]);
    }
    expect(text(r)).toContain(teamMessages.en['rc.sameVersion']);
  });

  it('a hash that is not the published one, or a version never published, is reported', () => {
    const bad = JSON.parse(JSON.stringify(nowRecord));
    bad.ruleSets[0].hash = 'a'.repeat(64);
    bad.ruleSets[1].version = '7.0.0';
    const r = recheckRecord(bad, { publishedRuleSet, locale: 'fr' });
    expect(r.ok).toBe(false);
    expect(r.ruleSets.map((c) => c.integrity)).toEqual(['hash-mismatch', 'unknown-version', 'ok']);
    expect(r.problems).toHaveLength(2);
    expect(text(r, 'fr')).toContain('aaaaaaaaaaaa');
  });

  it('answers that no longer validate are reported with the field', () => {
    const bad = JSON.parse(JSON.stringify(nowRecord));
    const q = ruleSets.criteria.questions.find((x) => x.type === 'enum')!;
    bad.answers[q.id] = 'not-an-option';
    const r = recheckRecord(bad, { publishedRuleSet });
    expect(r.ok).toBe(false);
    const c = r.ruleSets.find((x) => x.key === 'criteria')!;
    expect(c.answerProblems!.map((p) => p.path[0])).toContain(q.id);
    expect(c.current!.verdict).toBeNull();
  });

  it('a record that is not one is a typed error', () => {
    expect(() => recheckRecord({ format: 'x' })).toThrow(ValidationError);
    expect(() => recheckRecord('{')).toThrow(ValidationError);
  });
});
