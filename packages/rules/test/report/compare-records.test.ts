// These tests read French: register the pack, as an app that uses French does.
import '../../src/i18n/fr';
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src';
import { examples } from '../../src/examples';
import { compareRecords, decisionRecord } from '../../src/report';

const profile = examples[0]!.profile;
const results = evaluateAll(profile);

describe('compareRecords', () => {
  it('finds nothing between a record and itself, compact or full', () => {
    for (const full of [false, true]) {
      const rec = decisionRecord(results, { full });
      const cmp = compareRecords(rec, JSON.stringify(rec));
      expect(cmp.same).toBe(true);
      expect(cmp.answers).toEqual([]);
      for (const c of cmp.ruleSets) expect(c.ruleChanges).toEqual([]);
    }
  });

  it('names changed answers, verdicts, statuses and rules, re-running compact records on their rule set', () => {
    // Find a single answer change that changes some verdict, from the results themselves.
    const change = Object.entries(results).flatMap(([key, r]) => r.whatWouldChange.map((w) => ({ key, w })))[0]!;
    const other = evaluateAll({ ...profile, [change.w.question]: change.w.to } as never);
    for (const full of [false, true]) {
      const cmp = compareRecords(decisionRecord(results, { full }), decisionRecord(other, { full }));
      expect(cmp.same).toBe(false);
      expect(cmp.answers.map((a) => a.question)).toEqual([change.w.question]);
      const c = cmp.ruleSets.find((x) => x.key === change.key)!;
      expect(c.verdictChanged).toBe(true);
      expect(c.after!.verdict.id).toBe(change.w.verdict.id);
      expect(c.ruleChanges!.length).toBeGreaterThan(0);
      for (const rc of c.ruleChanges!) {
        const before = results[change.key as keyof typeof results].rules.find((x) => x.id === rc.id)!.status;
        const after = other[change.key as keyof typeof other].rules.find((x) => x.id === rc.id)!.status;
        expect([rc.before, rc.after]).toEqual([before, after]);
      }
      expect(cmp.summary.some((s) => s.includes(change.w.verdict.label))).toBe(true);
    }
  });

  it('reports version and hash changes, and says when rules cannot be compared', () => {
    const rec = decisionRecord(results);
    const e0 = rec.ruleSets[0]!;
    const newer = { ...rec, ruleSets: [{ ...e0, version: '9.0.0', hash: 'f'.repeat(64) }, ...rec.ruleSets.slice(1)] };
    const cmp = compareRecords(rec, newer);
    const c = cmp.ruleSets[0]!;
    expect(c.versionChanged).toBe(true);
    expect(c.hashChanged).toBe(false);
    expect(c.ruleChanges).toBeNull();
    expect(cmp.summary.some((s) => s.includes('9.0.0'))).toBe(true);
    const tampered = { ...rec, ruleSets: [{ ...e0, hash: 'f'.repeat(64) }, ...rec.ruleSets.slice(1)] };
    expect(compareRecords(rec, tampered).ruleSets[0]!.hashChanged).toBe(true);
  });

  it('notes rule sets only in one record, and speaks French when asked', () => {
    const a = decisionRecord({ criteria: results.criteria });
    const b = decisionRecord({ criteria: results.criteria, costs: results.costs });
    const cmp = compareRecords(a, b, { locale: 'fr' });
    const costs = cmp.ruleSets.find((x) => x.key === 'costs')!;
    expect(costs.before).toBeNull();
    expect(costs.after!.id).toBe(results.costs.ruleSet.id);
    expect(cmp.summary.join(' ')).toMatch(/seulement dans le dossier le plus récent/);
  });

  it('says a status change in words, in the locale', () => {
    const none = decisionRecord(evaluateAll({}));
    const some = decisionRecord(results);
    const changed = compareRecords(none, some, { locale: 'fr' });
    expect(changed.ruleSets.some((c) => c.statusChanged)).toBe(true);
    const text = changed.summary.join(' ');
    expect(text).not.toMatch(/insufficient-information|provisional|complete\b/);
    expect(text).toContain('réponses insuffisantes');
  });

  it('checks both records first', () => {
    expect(() => compareRecords({}, decisionRecord(results))).toThrow(/format/);
  });
});
