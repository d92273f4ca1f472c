// The answer checks (src/answers.ts) against the zod schemas they replace on the answer
// path (src/answers-schema.ts): over 100,000 seeded inputs, the two must agree on what is
// accepted, on the normalised answers, and on every problem (path, message, expected,
// received). The reference below is the zod-based check the library used before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, loadRuleSet, questionAnswerSchema, ValidationError, type AnswerValue, type Problem, type Question, type RuleSet } from '../src';
import { answerIssue, checkAnswersObject, expectedFor, validateAnswers } from '../src/answers';
import { describe as describeValue } from '../src/errors';
import { RESERVED_KEYS } from '../src/model/reserved';
import { zodProblems } from '../src/zod-problems';
import { fitted, flagged, gated, ranking, sample, timing } from './fixtures';
import { arbitraryAnswer, SEED } from './arbitraries';

/** The zod-based answers check, as it was: one problem per question, zod's first complaint. */
function zodValidate(rs: RuleSet, input: unknown): Record<string, AnswerValue> {
  const keys = checkAnswersObject(input, rs.questions.length);
  const byId = new Map(rs.questions.map((q) => [q.id, q]));
  const obj = input as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const k of keys) {
    if (RESERVED_KEYS.has(k)) problems.push({ path: [k], message: `forbidden key "${k}"`, expected: 'question ids only' });
    else if (!byId.has(k)) {
      const shown = k.length > 64 ? `${k.slice(0, 64)}…` : k;
      problems.push({ path: [shown], message: `unknown question id ${JSON.stringify(shown)}`, expected: `one of: ${[...byId.keys()].join(', ')}` });
    }
  }
  const out: Record<string, AnswerValue> = {};
  for (const q of rs.questions) {
    if (!Object.prototype.hasOwnProperty.call(obj, q.id)) continue;
    const v = obj[q.id];
    if (v === undefined) continue;
    if (typeof v === 'string' && v.length > 200) {
      problems.push({ path: [q.id], message: 'value is not an allowed answer', expected: expectedFor(q), received: describeValue(v) });
      continue;
    }
    if (Array.isArray(v) && v.length > 200) {
      problems.push({ path: [q.id], message: 'too many values', expected: expectedFor(q), received: describeValue(v) });
      continue;
    }
    const r = questionAnswerSchema(q).safeParse(v);
    if (!r.success) {
      const first = zodProblems(r.error, [q.id])[0]!;
      const inner = first.path.length > 1 ? (v as unknown[])[first.path[1] as number] : v;
      problems.push({ path: first.path, message: first.message, expected: expectedFor(q), received: describeValue(inner) });
      continue;
    }
    out[q.id] = q.type === 'multi-select' ? q.options.map((o) => o.value).filter((x) => (r.data as string[]).includes(x)) : r.data === 0 ? 0 : (r.data as AnswerValue);
  }
  if (problems.length > 0) throw new ValidationError('answers', problems);
  return out;
}

type Outcome = { ok: true; value: unknown } | { ok: false; problems: unknown };
function outcome(f: () => unknown): Outcome {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return { ok: false, problems: JSON.parse(JSON.stringify(e.problems)) };
  }
}

class Project {
  constructor(readonly name = 'p') {}
}

/** Values near each question's edges, and values of every other kind. */
function nearMiss(q: Question): fc.Arbitrary<unknown> {
  const values = q.type === 'enum' || q.type === 'multi-select' ? q.options.map((o) => o.value) : ['x'];
  const wrongString = fc.oneof(fc.constantFrom(...values.map((v) => v.toUpperCase()), ...values.map((v) => `${v} `), ''), fc.string({ maxLength: 12 }));
  const special = fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    2 ** 60,
    -(2 ** 60),
    1.5,
    null,
    true,
    false,
    new Date(0),
    new Map(),
    new Set(),
    new Project(),
    Object.create(null),
    10n,
    'x'.repeat(201),
    Array.from({ length: 201 }, () => 'a'),
    [1, 2],
    [null],
    // eslint-disable-next-line no-sparse-arrays
    [, 'a'],
  );
  const numbers =
    q.type === 'number'
      ? fc.oneof(fc.integer({ min: q.min - 3, max: q.max + 3 }), fc.double({ min: q.min - 1, max: q.max + 1 }), fc.constantFrom(q.min, q.max, q.min - 0.5, q.max + 0.5, q.max + 1e-9))
      : fc.oneof(fc.integer(), fc.double());
  const arrays = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: wrongString }, { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) }), { maxLength: values.length + 2 });
  return fc.oneof(numbers, wrongString, arrays, special, fc.anything({ maxDepth: 2 }));
}

/** A valid answer; multi-select values in any order (the checks must not depend on it). */
function validAnswer(q: Question): fc.Arbitrary<unknown> {
  return q.type === 'multi-select' ? fc.shuffledSubarray(q.options.map((o) => o.value)) : arbitraryAnswer(q);
}

function answersFor(rs: RuleSet): fc.Arbitrary<unknown> {
  const ids = rs.questions.map((q) => q.id);
  const value = (q: Question) => fc.oneof({ weight: 3, arbitrary: validAnswer(q) }, { weight: 2, arbitrary: nearMiss(q) }, { weight: 1, arbitrary: fc.constant(undefined) });
  const record = fc.record(Object.fromEntries(rs.questions.map((q) => [q.id, value(q)])), { requiredKeys: [] });
  const extraKey = fc.oneof(fc.constantFrom(...RESERVED_KEYS, ...ids.map((i) => `${i}s`), 'x'.repeat(70)), fc.string({ maxLength: 8 }));
  return fc.oneof(
    { weight: 6, arbitrary: record },
    // an unknown or reserved key beside the answers (own keys, as JSON.parse makes them)
    {
      weight: 2,
      arbitrary: fc.tuple(record, extraKey, fc.jsonValue({ maxDepth: 1 })).map(([r, k, v]) => Object.defineProperty({ ...r }, k, { value: v, enumerable: true, writable: true, configurable: true })),
    },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  );
}

/** Questions of every type with random bounds and options, beyond those of the fixtures. */
const arbitraryQuestion: fc.Arbitrary<Question> = fc.oneof(
  fc.constant({ id: 'q', type: 'boolean', label: 'Q' } as Question),
  fc.uniqueArray(fc.stringMatching(/^[a-z][a-z-]{0,8}$/), { minLength: 1, maxLength: 6 }).chain((vs) =>
    fc.constantFrom('enum', 'multi-select').map((type) => ({ id: 'q', type, label: 'Q', options: vs.map((value) => ({ value, label: value })) }) as unknown as Question),
  ),
  fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 2000 }), fc.boolean()).map(([min, span, integer]) => ({ id: 'q', type: 'number', label: 'Q', min, max: min + span, integer }) as unknown as Question),
);

describe('answer checks without zod', () => {
  const ruleSets: RuleSet[] = [sample, ranking, timing, fitted, gated, flagged] as RuleSet[];

  it('100,000 seeded answers objects: the same acceptance, answers and problems as the zod schemas, through validateAnswers and evaluate', { timeout: 600_000 }, () => {
    let accepted = 0;
    let rejected = 0;
    const runs = Math.ceil(100_000 / ruleSets.length);
    for (const [n, rs] of ruleSets.entries()) {
      const byId = new Map(rs.questions.map((q) => [q.id, q]));
      fc.assert(
        fc.property(answersFor(rs), (input) => {
          const ours = outcome(() => validateAnswers(rs, input, byId));
          expect(ours).toEqual(outcome(() => zodValidate(rs, input)));
          // evaluate takes the fast reader first; it must refuse and accept the same
          const viaEvaluate = outcome(() => evaluate(rs, input as never, { sensitivity: false }).answers);
          expect(viaEvaluate.ok).toBe(ours.ok);
          if (!ours.ok) expect(viaEvaluate).toEqual(ours);
          if (ours.ok) accepted++;
          else rejected++;
        }),
        { seed: SEED + n, numRuns: runs },
      );
    }
    // both sides of the comparison were exercised
    expect(accepted).toBeGreaterThan(10_000);
    expect(rejected).toBeGreaterThan(10_000);
  });

  it('random questions of every type: the same first problem as zod for any value', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(
        arbitraryQuestion.chain((q) => fc.tuple(fc.constant(q), fc.oneof(validAnswer(q), nearMiss(q)))),
        ([q, v]) => {
          const r = questionAnswerSchema(q).safeParse(v);
          const issue = answerIssue(q, v);
          expect(issue === undefined).toBe(r.success);
          if (!r.success && issue) {
            const first = zodProblems(r.error)[0]!;
            expect(issue.message).toBe(first.message);
            expect(issue.at === undefined ? [] : [issue.at]).toEqual(first.path);
          }
        },
      ),
      { seed: SEED, numRuns: 30_000 },
    );
  });
});
