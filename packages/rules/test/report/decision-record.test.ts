// These tests read French: register the pack, as an app that uses French does.
import '../../src/i18n/fr';
import { ValidationError } from '@coproduce/core';
import { describe, expect, it } from 'vitest';
import { DECISION_RECORD_FORMAT, decisionRecord, readDecisionRecord } from '../../src/report';
import { cases } from './fixtures';

const problemsOf = (input: unknown): string[] => {
  try {
    readDecisionRecord(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).problems.map((p) => p.path.join('.'));
  }
  throw new Error('accepted');
};

describe('decision records', () => {
  for (const c of cases)
    it(`${c.name}: holds the answers and each rule set's version, hash, verdict and status, and round-trips`, () => {
      const rec = decisionRecord(c.results, { created: '2026-12-01', projectName: 'P', locale: 'fr' });
      expect(rec.format).toBe(DECISION_RECORD_FORMAT);
      expect(rec.results).toBeUndefined();
      expect(rec.ruleSets.map((e) => e.key)).toEqual(Object.keys(c.results));
      for (const e of rec.ruleSets) {
        const r = c.results[e.key]!;
        expect(e).toEqual({ key: e.key, id: r.ruleSet.id, version: r.ruleSet.version, hash: r.ruleSet.hash, verdict: { id: r.verdict.id, label: r.verdict.label }, status: r.status });
        for (const [q, v] of Object.entries(r.answers)) expect(rec.answers[q]).toEqual(v);
      }
      expect(readDecisionRecord(JSON.stringify(rec))).toEqual(rec);
      const full = decisionRecord(c.results, { full: true });
      expect(readDecisionRecord(JSON.parse(JSON.stringify(full)))).toEqual(full);
      expect(full.results).toEqual(JSON.parse(JSON.stringify(c.results)));
    });

  it('is a copy: changing the record changes nothing in the results', () => {
    const c = cases[0]!;
    const before = JSON.stringify(c.results);
    const rec = decisionRecord(c.results, { full: true }) as { answers: Record<string, unknown> };
    rec.answers.controversy = 'changed';
    expect(JSON.stringify(c.results)).toBe(before);
  });

  it('rejects bad records with typed errors that name the field', () => {
    const good = JSON.parse(JSON.stringify(decisionRecord(cases[0]!.results, { created: '2026-12-01', full: true })));
    const edit = (f: (r: any) => void) => {
      const r = structuredClone(good);
      f(r);
      return r;
    };
    expect(problemsOf('{not json')).toEqual(['']);
    expect(problemsOf(null)).toEqual(['']);
    expect(problemsOf([])).toEqual(['']);
    expect(problemsOf(edit((r) => (r.format = 'coproduce/decision-record@9')))).toContain('format');
    expect(problemsOf(edit((r) => (r.created = 'soon')))).toContain('created');
    expect(problemsOf(edit((r) => (r.ruleSets[0].hash = 'abc')))).toContain('ruleSets.0.hash');
    expect(problemsOf(edit((r) => (r.ruleSets[1].status = 'maybe')))).toContain('ruleSets.1.status');
    expect(problemsOf(edit((r) => delete r.ruleSets[0].verdict))).toContain('ruleSets.0.verdict');
    expect(problemsOf(edit((r) => (r.answers.x = { nested: true })))).toContain('answers.x');
    expect(problemsOf(edit((r) => (r.extra = 1)))).toContain('');
    expect(problemsOf(edit((r) => (r.ruleSets[1].key = r.ruleSets[0].key)))).toContain('ruleSets.1.key');
    expect(problemsOf(edit((r) => (r.results.criteria.format = 'x')))).toContain('results.criteria.format');
    expect(problemsOf(edit((r) => (r.results.criteria.ruleSet.version = '0.0.1')))).toContain('results.criteria.ruleSet');
    // Several problems are reported together.
    expect(problemsOf(edit((r) => ((r.format = 'x'), (r.created = 1)))).length).toBeGreaterThanOrEqual(2);
  });

  it('does not mutate what it reads', () => {
    const rec = JSON.parse(JSON.stringify(decisionRecord(cases[0]!.results)));
    const before = JSON.stringify(rec);
    readDecisionRecord(rec);
    expect(JSON.stringify(rec)).toBe(before);
  });

  it('rejects bad options with typed errors', () => {
    expect(() => decisionRecord(cases[0]!.results, { created: 'never' })).toThrow(ValidationError);
    expect(() => decisionRecord('x' as never)).toThrow(ValidationError);
  });
});
