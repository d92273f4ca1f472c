import { describe, expect, it } from 'vitest';
import { answersJsonSchema, evaluate, ValidationError } from '../src';
import { sample } from './fixtures';

function problemsOf(answers: unknown) {
  try {
    evaluate(sample, answers as never);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    const v = e as ValidationError;
    expect(v.target).toBe('answers');
    return v.problems;
  }
  throw new Error('expected a ValidationError');
}

describe('answers validation', () => {
  it('lists every problem with its path and what was expected', () => {
    const ps = problemsOf({ contested: 'yes', purpose: 'maybe', months: 500, motives: ['political', 'nope'], extra: 1 });
    expect(ps.map((p) => p.path)).toEqual([['extra'], ['contested'], ['purpose'], ['months'], ['motives', 1]]);
    expect(ps[0]).toMatchObject({ message: 'unknown question id "extra"' });
    expect(ps[0]!.expected).toContain('contested');
    expect(ps[1]).toMatchObject({ expected: 'true or false', received: '"yes"' });
    expect(ps[2]).toMatchObject({ expected: 'one of: how, whether, both', received: '"maybe"' });
    expect(ps[3]).toMatchObject({ expected: 'a whole number from 0 to 120', received: '500' });
    expect(ps[4]).toMatchObject({ received: '"nope"' });
  });

  it.each([
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['-Infinity', Number.NEGATIVE_INFINITY, '-Infinity'],
    ['a fraction for an integer question', 2.5, '2.5'],
    ['a numeric string', '12', '"12"'],
  ])('rejects %s for a number', (_n, value, received) => {
    expect(problemsOf({ months: value })).toEqual([expect.objectContaining({ path: ['months'], received })]);
  });

  it.each([
    ['null', null, 'null'],
    ['an array', [], 'array(0)'],
    ['a string', 'contested', '"contested"'],
    ['a number', 3, '3'],
    ['undefined', undefined, 'undefined'],
    ['a Map', new Map(), 'object'],
    ['a Date', new Date(0), 'object'],
  ])('rejects %s as the answers object', (_n, value, received) => {
    expect(problemsOf(value)).toEqual([expect.objectContaining({ path: [], received })]);
  });

  it('rejects __proto__, constructor and prototype keys without touching any prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"x": 1}, "prototype": 1, "contested": true}');
    const ps = problemsOf(hostile);
    expect(ps.map((p) => p.path[0])).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(ps[0]!.message).toBe('forbidden key "__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('does not echo a huge string back', () => {
    const huge = 'x'.repeat(10_000_000);
    const ps = problemsOf({ purpose: huge, [huge.slice(0, 5000)]: 1 });
    expect(ps).toHaveLength(2);
    expect(ps[1]).toMatchObject({ path: ['purpose'], received: 'string of 10000000 characters' });
    expect(JSON.stringify(ps).length).toBeLessThan(2000);
  });

  it('rejects deeply nested and cyclic values without overflowing the stack', () => {
    let deep: unknown = 'how';
    for (let i = 0; i < 100_000; i++) deep = { x: deep };
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const ps = problemsOf({ purpose: deep, motives: [cyclic], contested: cyclic });
    expect(ps.map((p) => p.path[0])).toEqual(['contested', 'purpose', 'motives']);
    expect(ps.map((p) => p.received)).toEqual(['object', 'object', 'object']);
  });

  it('rejects duplicate multi-select choices and null answers', () => {
    expect(problemsOf({ motives: ['political', 'political'] })[0]).toMatchObject({ path: ['motives'] });
    expect(problemsOf({ contested: null })[0]).toMatchObject({ path: ['contested'], received: 'null' });
  });

  it('treats an undefined value as unanswered', () => {
    expect(evaluate(sample, { contested: undefined, purpose: 'how' }).answers).toEqual({ purpose: 'how' });
  });

  it('rejects unknown evaluate options', () => {
    expect(() => evaluate(sample, {}, { fast: true } as never)).toThrow(ValidationError);
    expect(() => evaluate(sample, {}, { sensitivity: 'no' } as never)).toThrow(/sensitivity/);
  });

  it('has a readable message', () => {
    expect(() => evaluate(sample, { months: -1 } as never)).toThrow(/Invalid answers: 1 problem\n {2}- months: .*expected a whole number from 0 to 120, received -1/);
  });
});

describe('answersJsonSchema', () => {
  it('exports a JSON Schema derived from the same zod schema', () => {
    const s = answersJsonSchema(sample) as { properties: Record<string, Record<string, unknown>>; additionalProperties: boolean; $id: string };
    expect(s.$id).toBe('urn:coproduce:sample-criteria:1.0.0:answers');
    expect(s.additionalProperties).toBe(false);
    expect(s.properties.contested).toMatchObject({ type: 'boolean' });
    expect(s.properties.purpose).toMatchObject({ enum: ['how', 'whether', 'both'] });
    expect(s.properties.months).toMatchObject({ type: 'integer', minimum: 0, maximum: 120 });
    expect(s.properties.motives).toMatchObject({ type: 'array', items: { enum: ['substantive', 'political'] } });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
