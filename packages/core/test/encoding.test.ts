import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema, questionAnswerSchema, type Question, type RuleSet } from '../src';
import { encodingFor } from '../src/encoding';
import { ranking, sample, timing } from './fixtures';
import { arbitraryAnswer, SEED } from './arbitraries';

const questions = ([sample, ranking, timing] as RuleSet[]).flatMap((rs) => rs.questions);
const wide: Question = { id: 'wide', type: 'multi-select', label: 'Thirty-two options', help: 'h', citations: [{ guidance: 'broker.model.team', source: 's', place: 'p' }], options: Array.from({ length: 32 }, (_, i) => ({ value: `o${i}`, label: `Option ${i}` })) };

describe('encoding', () => {
  it('decodes every valid answer to what the zod schema makes of it, and codes are numbers', () => {
    for (const q of [...questions, wide]) {
      const enc = encodingFor(q);
      const schema = questionAnswerSchema(q);
      fc.assert(
        fc.property(arbitraryAnswer(q), (v) => {
          const code = enc.read(v);
          expect(typeof code).toBe('number');
          expect(Number.isNaN(code)).toBe(false);
          expect(enc.decode(code!)).toEqual(schema.parse(v));
        }),
        { numRuns: 300, seed: SEED },
      );
    }
  });

  it('multi-select: any order gives one code, in option order; duplicates, holes and strangers are refused', () => {
    const enc = encodingFor(wide);
    expect(enc.read(['o31', 'o0', 'o5'])).toBe(enc.read(['o0', 'o5', 'o31']));
    expect(enc.decode(enc.read(['o31', 'o0'])!)).toEqual(['o0', 'o31']);
    expect(enc.decode(enc.read([])!)).toEqual([]);
    expect(enc.read(['o1', 'o1'])).toBeUndefined();
    expect(enc.read(['o1', 'nope'])).toBeUndefined();
    // eslint-disable-next-line no-sparse-arrays
    expect(enc.read(['o1', , 'o2'])).toBeUndefined();
    expect(enc.read('o1')).toBeUndefined();
  });

  it('refuses exactly what the zod schema refuses, for single values', () => {
    for (const q of [...questions, wide]) {
      const enc = encodingFor(q);
      const schema = questionAnswerSchema(q);
      fc.assert(
        fc.property(fc.oneof(arbitraryAnswer(q), fc.anything({ maxDepth: 1 }), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1.5, '', [])), (v) => {
          expect(enc.read(v) !== undefined).toBe(schema.safeParse(v).success);
        }),
        { numRuns: 500, seed: SEED },
      );
    }
  });

  it('-0 is read as 0', () => {
    const q = sample.questions.find((x) => x.type === 'number')!;
    expect(Object.is(encodingFor(q).read(-0), 0)).toBe(true);
  });

  it('keeps the answers schema as the reference: a whole profile decodes to its parse', () => {
    const rs = sample as RuleSet;
    fc.assert(
      fc.property(fc.record(Object.fromEntries(rs.questions.map((q) => [q.id, arbitraryAnswer(q)])), { requiredKeys: [] }), (a) => {
        const parsed = answersSchema(rs).parse(a) as Record<string, unknown>;
        for (const q of rs.questions) if (a[q.id] !== undefined) expect(encodingFor(q).decode(encodingFor(q).read(a[q.id])!)).toEqual(parsed[q.id]);
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});
