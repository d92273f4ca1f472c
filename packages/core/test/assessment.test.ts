import { describe, expect, it } from 'vitest';
import { compareAssessments, evaluate, loadRuleSet, ValidationError } from '../src';
import { sample } from './fixtures';

const answers = { contested: false, purpose: 'whether', months: 6, motives: ['political'] } as const;
const saved = () => JSON.parse(JSON.stringify(evaluate(sample, answers)));

/** A later version of the sample: one weight changed, one rule added, one question removed. */
function nextVersion() {
  const doc = JSON.parse(JSON.stringify(sample));
  delete doc.hash;
  doc.version = '1.1.0';
  doc.outcomes.find((o: { id: string }) => o.id === 'o-against').effect.weight = 3;
  doc.questions = doc.questions.filter((q: { id: string }) => q.id !== 'motives');
  doc.rules = doc.rules.filter((r: { id: string }) => r.id !== 'r-political');
  doc.rules.push({ id: 'r-soon', conditions: { all: [{ fact: 'months', operator: 'lessThan', value: 3 }] }, outcomes: ['o-warn'], explanation: 'Very soon.', citations: [{ guidance: 'risk.timeliness', source: 'oliver2019', place: 'x' }] });
  return loadRuleSet(doc);
}

describe('saved assessments', () => {
  it('re-evaluates a saved assessment against the same version byte for byte', () => {
    const json = JSON.stringify(evaluate(sample, answers));
    const c = compareAssessments(JSON.parse(json), sample);
    expect(c.relation).toBe('same-version');
    expect(c.identical).toBe(true);
    expect(JSON.stringify(c.result)).toBe(json);
    expect(c.summary).toEqual(['Re-evaluation gives a byte-identical result.']);
  });

  it('explains what a newer version changes, and why', () => {
    const c = compareAssessments(saved(), nextVersion());
    expect(c.relation).toBe('newer-version');
    expect(c.identical).toBe(false);
    expect(c.before.verdict).toEqual({ id: 'conditional', label: 'Conditional', score: 0 }); // +1 -2 +1
    expect(c.after.verdict).toEqual({ id: 'less', label: 'Less emphasis', score: -2 });
    expect(c.verdictChanged).toBe(true);
    expect(c.droppedAnswers).toEqual(['motives']);
    expect(c.ruleChanges).toEqual([
      { id: 'r-soon', before: 'absent', after: 'not-fired', explanation: 'Very soon.' },
      { id: 'r-political', before: 'fired', after: 'absent', explanation: 'Political motive.' },
    ]);
    expect(c.summary).toEqual([
      'Re-evaluated with sample-criteria 1.1.0 (the assessment used 1.0.0).',
      'The verdict changed from "Conditional" (0) to "Less emphasis" (-2).',
      'Rule "r-soon" is new and does not apply: Very soon.',
      'Rule "r-political" was removed: Political motive.',
      'Answers no longer asked, left out: motives.',
    ]);
  });

  it('reports a rule set changed without a new version instead of trusting it', () => {
    const doc = JSON.parse(JSON.stringify(sample));
    delete doc.hash;
    doc.rules[0].explanation = 'Edited quietly.';
    const c = compareAssessments(saved(), loadRuleSet(doc));
    expect(c.relation).toBe('hash-mismatch');
    expect(c.summary[0]).toMatch(/^Rule set sample-criteria 1\.0\.0 is not the one this assessment used: .* It was changed without a new version\.$/);
  });

  it('rejects something that is not a saved assessment, naming what is missing', () => {
    try {
      compareAssessments({ format: 'x', ruleSet: { id: 1 }, answers: [] }, sample);
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).target).toBe('assessment');
      expect((e as ValidationError).problems.map((p) => p.path.join('.'))).toEqual(['format', 'ruleSet.id', 'ruleSet.version', 'ruleSet.hash', 'answers']);
    }
  });

  it('gives invalid saved answers the usual typed error', () => {
    const s = saved();
    s.answers.months = 'soon';
    expect(() => compareAssessments(s, sample)).toThrow(ValidationError);
  });
});
