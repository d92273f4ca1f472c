import { describe, expect, it } from 'vitest';
import { MAX_RESPONDENTS, respondentNames, ValidationError } from '../src';

const ok = { contested: true };

function problems(respondents: unknown): ValidationError['problems'] {
  try {
    respondentNames(respondents);
  } catch (e) {
    if (e instanceof ValidationError) return e.problems;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('respondentNames', () => {
  it('treats names that look the same as the same name', () => {
    // "José" typed with a combining accent, and in capitals: the same person to a reader.
    expect(problems({ 'José': ok, 'JOSE\u0301': ok })).toEqual([expect.objectContaining({ path: ['respondents', 'JOSE\u0301'], message: 'the same name as "José"' })]);
  });

  it('gives the names in the order given', () => {
    expect(respondentNames({ Priya: ok, 'Dr O’Neil': ok, Sam: {} })).toEqual(['Priya', 'Dr O’Neil', 'Sam']);
  });

  it('needs a plain object of 1 to 50 respondents', () => {
    for (const bad of [null, [], 'Priya', new Map([['Priya', ok]]), 3]) expect(problems(bad)).toEqual([expect.objectContaining({ path: ['respondents'], message: expect.stringMatching(/plain object/) })]);
    expect(problems({})).toEqual([expect.objectContaining({ path: ['respondents'], message: 'no respondents' })]);
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`Person ${i + 1}`, ok]));
    expect(problems(many)).toEqual([expect.objectContaining({ path: ['respondents'], message: 'too many respondents', received: '51 respondents' })]);
    delete many['Person 51'];
    expect(respondentNames(many)).toHaveLength(MAX_RESPONDENTS);
  });

  it('checks every name and reports all the problems at once', () => {
    const long = 'x'.repeat(81);
    const team = JSON.parse(JSON.stringify({ '': ok, ' Priya': ok, [long]: ok, 'Sam\nLee': ok, constructor: ok, Mei: ok, MEI: ok, prototype: ok }));
    Object.defineProperty(team, '__proto__', { value: ok, enumerable: true, configurable: true, writable: true });
    const ps = problems(team);
    const at = (name: string) => ps.find((p) => p.path[1] === name)?.message;
    expect(ps.every((p) => p.path.length === 2 && p.path[0] === 'respondents')).toBe(true);
    expect(at('')).toMatch(/must not be blank/);
    expect(at(' Priya')).toMatch(/must not start or end with spaces/);
    expect(at(`${'x'.repeat(64)}…`)).toMatch(/too long/);
    expect(at('Sam\nLee')).toMatch(/control characters/);
    expect(at('constructor')).toMatch(/cannot be used/);
    expect(at('prototype')).toMatch(/cannot be used/);
    expect(at('__proto__')).toMatch(/cannot be used/);
    expect(at('MEI')).toMatch(/the same name as "Mei"/);
    expect(at('Mei')).toBeUndefined();
  });

});
