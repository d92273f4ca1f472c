import { z } from './zod';
import { ValidationError, describe, type Problem } from './errors';
import type { AnswerValue, Question } from './model/question';
import { RESERVED_KEYS } from './model/ids';
import type { RuleSet } from './rule-set';
import { zodProblems } from './zod-problems';

/** The zod schema of one question's answer: the single source of truth for checking it. */
export function questionAnswerSchema(q: Question): z.ZodMiniType<AnswerValue> {
  switch (q.type) {
    case 'boolean':
      return z.boolean().check(z.describe(q.label));
    case 'enum':
      return z.enum(q.options.map((o) => o.value) as [string, ...string[]]).check(z.describe(q.label));
    case 'number':
      return (q.integer ? z.int() : z.number()).check(z.gte(q.min), z.lte(q.max), z.describe(q.label));
    case 'multi-select':
      return z.array(z.enum(q.options.map((o) => o.value) as [string, ...string[]])).check(
        z.maxLength(q.options.length),
        z.refine((xs) => new Set(xs).size === xs.length, 'each option may be chosen once'),
        z.describe(q.label),
      );
  }
}

const schemaCache = new WeakMap<object, z.ZodMiniObject>();

/** The zod schema of a rule set's answers object (every question optional, no other keys). */
export function answersSchema(rs: RuleSet): z.ZodMiniObject {
  let s = schemaCache.get(rs);
  if (!s) {
    s = z.strictObject(Object.fromEntries(rs.questions.map((q) => [q.id, z.optional(questionAnswerSchema(q))])));
    schemaCache.set(rs, s);
  }
  return s;
}

/** JSON Schema (draft 2020-12) of a rule set's answers, for non-TypeScript users and form builders. */
export function answersJsonSchema(rs: RuleSet): Record<string, unknown> {
  return {
    $id: `urn:coproduce:${rs.id}:${rs.version}:answers`,
    title: `Answers for ${rs.title} (${rs.id} ${rs.version})`,
    ...z.toJSONSchema(answersSchema(rs)),
  };
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * The checks every entry point that takes answers makes first: a plain object (not a Date,
 * Map, Set, array or class instance), with not far more keys than there are questions, so
 * that a flood of unknown keys gives one problem rather than a list as long as the flood.
 * Returns the object's own keys.
 */
export function checkAnswersObject(input: unknown, questionCount: number, target: 'answers' = 'answers'): string[] {
  if (!isPlainObject(input))
    throw new ValidationError(target, [
      { path: [], message: 'answers must be a plain object mapping question ids to values', expected: 'an object such as { "questionId": value }', received: describe(input) },
    ]);
  const keys = Object.keys(input);
  if (keys.length > questionCount + 50)
    throw new ValidationError(target, [{ path: [], message: 'too many keys', expected: `at most ${questionCount} question ids`, received: `${keys.length} keys` }]);
  return keys;
}

/**
 * Check answers against the questions and return a normalised copy in question order.
 * Every problem is collected; the input is never mutated.
 */
export function validateAnswers(rs: RuleSet, input: unknown, byId: ReadonlyMap<string, Question>, schemas: ReadonlyMap<string, z.ZodMiniType>): Record<string, AnswerValue> {
  const keys = checkAnswersObject(input, rs.questions.length);
  const obj = input as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const k of keys) {
    if (RESERVED_KEYS.has(k)) {
      problems.push({ path: [k], message: `forbidden key "${k}"`, expected: 'question ids only' });
    } else if (!byId.has(k)) {
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
      problems.push({ path: [q.id], message: 'value is not an allowed answer', expected: expectedFor(q), received: describe(v) });
      continue;
    }
    if (Array.isArray(v) && v.length > 200) {
      problems.push({ path: [q.id], message: 'too many values', expected: expectedFor(q), received: describe(v) });
      continue;
    }
    const r = schemas.get(q.id)!.safeParse(v);
    if (!r.success) {
      // One problem per question: what the question takes, whatever zod's first complaint was.
      const first = zodProblems(r.error, [q.id])[0]!;
      const inner = first.path.length > 1 ? (v as unknown[])[first.path[1] as number] : v;
      problems.push({ path: first.path, message: first.message, expected: expectedFor(q), received: describe(inner) });
      continue;
    }
    // Normalise: multi-select in option order, -0 as 0 (JSON cannot tell them apart, results must be byte-stable).
    out[q.id] = q.type === 'multi-select' ? q.options.map((o) => o.value).filter((x) => (r.data as string[]).includes(x)) : r.data === 0 ? 0 : (r.data as AnswerValue);
  }
  if (problems.length > 0) throw new ValidationError('answers', problems);
  return out;
}

export function expectedFor(q: Question): string {
  switch (q.type) {
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of: ${q.options.map((o) => o.value).join(', ')}`;
    case 'number':
      return `a${q.integer ? ' whole' : ''} number from ${q.min} to ${q.max}`;
    case 'multi-select':
      return `an array of distinct values from: ${q.options.map((o) => o.value).join(', ')}`;
  }
}
