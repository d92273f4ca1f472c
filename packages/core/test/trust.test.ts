import { describe, expect, it } from 'vitest';
import { documentDigest, evaluate, hashRuleSet, IntegrityError, isRuleSet, trustRuleSet, type RuleSet, type RuleSetInput } from '../src';
import { flagged, ranking, sample } from './fixtures';

/** A fixture as an author would write it: the members the schema fills in by default left out. */
function authored(rs: RuleSet): Record<string, any> {
  const doc = JSON.parse(JSON.stringify(rs)) as Record<string, any>;
  delete doc.hash;
  if (doc.minimumAnswers === 1) delete doc.minimumAnswers;
  for (const k of ['bands', 'options', 'references']) if (doc[k].length === 0) delete doc[k];
  for (const o of doc.outcomes) if (o.effect.type === 'flag' && o.effect.mitigations.length === 0) delete o.effect.mitigations;
  return doc;
}

describe('trustRuleSet', () => {
  it('gives the rule set defineRuleSet gives, without running a schema, when the hash is the validated one', () => {
    for (const rs of [sample, ranking, flagged] as RuleSet[]) {
      const doc = authored(rs);
      const trusted = trustRuleSet(doc as RuleSetInput, rs.hash);
      expect(isRuleSet(trusted)).toBe(true);
      expect(trusted.hash).toBe(rs.hash);
      expect(hashRuleSet(trusted)).toBe(rs.hash);
      expect(JSON.parse(JSON.stringify(trusted))).toEqual(JSON.parse(JSON.stringify(rs)));
      expect(Object.isFrozen(trusted.questions[0])).toBe(true);
      const answers = Object.fromEntries(rs.questions.slice(0, 2).map((q) => [q.id, q.type === 'boolean' ? true : q.type === 'number' ? q.min : q.type === 'enum' ? q.options[0]!.value : []]));
      expect(JSON.stringify(evaluate(trusted, answers as never))).toBe(JSON.stringify(evaluate(rs, answers as never)));
    }
  });

  it('refuses a document changed after it was validated, naming the rule set and both hashes', () => {
    const doc = authored(sample);
    doc.questions[0].label = 'Changed after validation';
    let err: unknown;
    try {
      trustRuleSet(doc as RuleSetInput, sample.hash);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as IntegrityError).ruleSetId).toBe(sample.id);
    expect((err as IntegrityError).expectedHash).toBe(sample.hash);
    expect((err as IntegrityError).actualHash).toMatch(/^[0-9a-f]{64}$/);
    expect((err as IntegrityError).actualHash).not.toBe(sample.hash);
  });

  it('uses a plain-JSON copy: the document is neither frozen nor kept, and non-JSON members cannot slip in', () => {
    const doc = authored(sample);
    const before = JSON.stringify(doc);
    const trusted = trustRuleSet(doc as RuleSetInput, sample.hash);
    expect(JSON.stringify(doc)).toBe(before);
    expect(Object.isFrozen(doc)).toBe(false);
    expect(trusted.questions).not.toBe(doc.questions);
    // a function where JSON has none: the copy drops it, so it is not what was validated
    doc.questions[0].label = (() => 'x') as never;
    expect(() => trustRuleSet(doc as RuleSetInput, sample.hash)).toThrow(IntegrityError);
  });

  it('with the digest the build records: the same rule set, without computing SHA-256, and a changed text still refused', () => {
    const doc = authored(sample);
    const validated = { hash: sample.hash, digest: documentDigest(doc as RuleSetInput) };
    expect(validated.digest).toMatch(/^[0-9a-f]{16}$/);
    const trusted = trustRuleSet(doc as RuleSetInput, validated);
    expect(trusted.hash).toBe(sample.hash);
    expect(JSON.parse(JSON.stringify(trusted))).toEqual(JSON.parse(JSON.stringify(sample)));
    // one character changed anywhere changes the digest; the document is then hashed in full and refused
    doc.questions[1].options[0].label += '.';
    expect(documentDigest(doc as RuleSetInput)).not.toBe(validated.digest);
    expect(() => trustRuleSet(doc as RuleSetInput, validated)).toThrow(IntegrityError);
    // the same content in another key order is the same rule set, and gets the recorded hash
    const reordered = Object.fromEntries(Object.entries(authored(sample)).reverse());
    expect(trustRuleSet(reordered as RuleSetInput, sample.hash).hash).toBe(sample.hash);
  });
});
