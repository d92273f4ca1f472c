import { describe, expect, it } from 'vitest';
import { ValidationError } from '@coproduce/core';
import { brokering, costs, criteria, evaluateAll, profileFor, profileQuestions } from '../src';
import { profileJsonSchema } from '../src/profile-schema';

describe('shared profile', () => {
  it('asks each shared question with one definition', () => {
    const seen = new Map<string, unknown>();
    for (const rs of [criteria, costs, brokering])
      for (const q of rs.questions) {
        if (seen.has(q.id)) expect(q, q.id).toEqual(seen.get(q.id));
        else seen.set(q.id, q);
      }
    expect(profileQuestions.length).toBe(seen.size);
    const shared = [...seen.keys()].filter((id) => [criteria, costs, brokering].filter((rs) => rs.questions.some((q) => q.id === id)).length > 1);
    expect(shared).toEqual(expect.arrayContaining(['controversy', 'resources', 'engagementMode', 'decisionDueMonths', 'researchMonths']));
  });

  it('feeds each rule set only its own questions', () => {
    expect(profileFor(brokering, { controversy: 'contested', brokeringAim: 'use-existing' })).toEqual({ brokeringAim: 'use-existing' });
  });

  it("gives the rule set's questions in its own order, without undefined or inherited answers, and leaves the profile alone", () => {
    const ids = criteria.questions.map((q) => q.id);
    const profile: Record<string, unknown> = Object.assign(Object.create({ [ids[0]!]: 'inherited' }) as object, { brokeringAim: 'use-existing', [ids[2]!]: undefined });
    for (const id of [...ids].reverse().slice(0, 5)) profile[id] = criteria.questions.find((q) => q.id === id)!.type === 'boolean' ? true : 'x';
    const before = JSON.stringify(profile);
    const part = profileFor(criteria, profile) as Record<string, unknown>;
    expect(Object.keys(part)).toEqual(ids.filter((id) => Object.prototype.hasOwnProperty.call(profile, id) && profile[id] !== undefined));
    expect(Object.keys(part)).toEqual([...ids].reverse().slice(0, 5).reverse());
    expect(Object.getPrototypeOf(part)).toBe(Object.prototype);
    expect(JSON.stringify(profile)).toBe(before);
  });

  it('evaluates all three rule sets from one profile', () => {
    const all = evaluateAll({ controversy: 'contested', brokeringAim: 'use-existing', publication: 'not-agreed', resources: 'limited', engagementMode: 'partnership' });
    expect(Object.keys(all)).toEqual(['criteria', 'costs', 'brokering']);
    expect(all.brokering.verdict.id).toBe('single');
    expect(all.costs.risks.map((r) => r.rule)).toEqual(expect.arrayContaining(['co-option', 'publication-unagreed']));
  });

  it('reports unknown keys and bad answers from all rule sets in one error, once each', () => {
    try {
      evaluateAll({ controversy: 'maybe', resources: 3, ghost: true } as never);
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).problems.map((p) => p.path[0])).toEqual(['ghost']);
    }
    try {
      evaluateAll({ controversy: 'maybe', resources: 3 } as never);
      throw new Error('no error');
    } catch (e) {
      expect((e as ValidationError).problems.map((p) => p.path[0])).toEqual(['controversy', 'resources']);
    }
  });

  it('exports a JSON Schema of the whole profile', () => {
    const s = profileJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(s.properties)).toEqual(profileQuestions.map((q) => q.id));
  });
});
