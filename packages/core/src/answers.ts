import { ValidationError, describe, type Problem } from './errors';
import type { AnswerValue, Question } from './model/question';
import { RESERVED_KEYS } from './model/reserved';
import type { RuleSet } from './rule-set';

// Checking answers without zod. The rules and the wording are those of the zod schemas in
// `answers-schema.ts` (zod's first complaint about a value, in zod's English): a
// differential test over 100,000 seeded inputs holds the two to the same problems.

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
 * Every problem is collected (one per question); the input is never mutated.
 */
export function validateAnswers(rs: RuleSet, input: unknown, byId: ReadonlyMap<string, Question>): Record<string, AnswerValue> {
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
    const issue = answerIssue(q, v);
    if (issue) {
      // One problem per question: what the question takes, and the value (or element) at fault.
      const inner = issue.at === undefined ? v : (v as unknown[])[issue.at];
      problems.push({ path: issue.at === undefined ? [q.id] : [q.id, issue.at], message: issue.message, expected: expectedFor(q), received: describe(inner) });
      continue;
    }
    // Normalise: multi-select in option order, -0 as 0 (JSON cannot tell them apart, results must be byte-stable).
    out[q.id] = q.type === 'multi-select' ? q.options.map((o) => o.value).filter((x) => (v as string[]).includes(x)) : v === 0 ? 0 : (v as AnswerValue);
  }
  if (problems.length > 0) throw new ValidationError('answers', problems);
  return out;
}

/**
 * What is wrong with a value as an answer to a question (undefined: nothing), in zod's words;
 * `at` is the position of the offending element of a multi-select answer.
 */
export function answerIssue(q: Question, v: unknown): { message: string; at?: number } | undefined {
  switch (q.type) {
    case 'boolean':
      return typeof v === 'boolean' ? undefined : { message: invalidType('boolean', v) };
    case 'enum':
      return typeof v === 'string' && q.options.some((o) => o.value === v) ? undefined : { message: invalidOption(q.options) };
    case 'number': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return { message: invalidType('number', v) };
      if (q.integer) {
        if (!Number.isInteger(v)) return { message: 'Invalid input: expected int, received number' };
        if (v > Number.MAX_SAFE_INTEGER) return { message: `Too big: expected int to be <=${Number.MAX_SAFE_INTEGER}` };
        if (v < Number.MIN_SAFE_INTEGER) return { message: `Too small: expected int to be >=${Number.MIN_SAFE_INTEGER}` };
      }
      if (v < q.min) return { message: `Too small: expected number to be >=${q.min}` };
      if (v > q.max) return { message: `Too big: expected number to be <=${q.max}` };
      return undefined;
    }
    case 'multi-select': {
      if (!Array.isArray(v)) return { message: invalidType('array', v) };
      // zod's order: the length first (a long array's elements are not read), then each element.
      if (v.length > q.options.length) return { message: `Too big: expected array to have <=${q.options.length} items` };
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (!(typeof x === 'string' && q.options.some((o) => o.value === x))) return { message: invalidOption(q.options), at: i };
      }
      if (new Set(v).size !== v.length) return { message: 'each option may be chosen once' };
      return undefined;
    }
  }
}

function invalidType(expected: string, v: unknown): string {
  return `Invalid input: expected ${expected}, received ${typeName(v)}`;
}

function invalidOption(options: readonly { value: string }[]): string {
  if (options.length === 1) return `Invalid input: expected "${options[0]!.value}"`;
  return `Invalid option: expected one of ${options.map((o) => `"${o.value}"`).join('|')}`;
}

/** The name zod gives a value's type in its messages ("null", "array", "NaN", "Date", ...). */
function typeName(v: unknown): string {
  switch (typeof v) {
    case 'number':
      return Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? 'number' : String(v);
    case 'object': {
      if (v === null) return 'null';
      if (Array.isArray(v)) return 'array';
      if (Object.getPrototypeOf(v) !== Object.prototype && 'constructor' in v && v.constructor) return (v.constructor as { name: string }).name;
      return 'object';
    }
    default:
      return typeof v;
  }
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
