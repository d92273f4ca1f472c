// Compile-time checks: `pnpm test` type-checks this file first, so a wrong answer type that
// compiles (an unused @ts-expect-error) fails the build. The runtime assertions keep vitest honest.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { evaluate, evaluateGroup, ValidationError, type AnswersFor } from '../src';
import { sample } from './fixtures';

type SampleAnswers = AnswersFor<typeof sample>;

describe('inferred answer types', () => {
  it('infers each question id and value type from the rule set', () => {
    expectTypeOf<SampleAnswers>().toEqualTypeOf<{
      readonly contested?: boolean;
      readonly purpose?: 'how' | 'whether' | 'both';
      readonly months?: number;
      readonly motives?: readonly ('substantive' | 'political')[];
    }>();
    expect(evaluate(sample, { purpose: 'how', motives: ['political'] }).answered).toBe(2);
  });

  it('rejects wrong answers at compile time (and at run time)', () => {
    // @ts-expect-error: not an option of "purpose"
    expect(() => evaluate(sample, { purpose: 'sometimes' })).toThrow(ValidationError);
    // @ts-expect-error: "contested" is a boolean
    expect(() => evaluate(sample, { contested: 'yes' })).toThrow(ValidationError);
    // @ts-expect-error: unknown question id
    expect(() => evaluate(sample, { ghost: 1 })).toThrow(ValidationError);
  });
});

describe('inferred answer types in team mode', () => {
  it('checks every respondent’s answers at compile time (and at run time)', () => {
    expect(evaluateGroup(sample, { Priya: { purpose: 'how' }, Sam: { contested: true } }).respondents).toHaveLength(2);
    // @ts-expect-error: not an option of "purpose"
    expect(() => evaluateGroup(sample, { Priya: { purpose: 'how' }, Sam: { purpose: 'sometimes' } })).toThrow(ValidationError);
    // @ts-expect-error: "contested" is a boolean
    expect(() => evaluateGroup(sample, { Priya: { contested: 'yes' } })).toThrow(ValidationError);
  });
});
