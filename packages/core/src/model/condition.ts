import type { Problem } from '../errors';
import { describe } from '../errors';
import type { Question } from './question';

/**
 * Conditions use json-rules-engine's documented JSON format (all / any / not and fact
 * conditions with its built-in operators), so an exported rule set runs unchanged on a
 * plain json-rules-engine `Engine`. We accept the subset whose meaning is unambiguous
 * for questionnaire answers: no JSONPath `path`, no `params`, no fact-to-fact values,
 * no operator decorators and no empty `all`/`any` (json-rules-engine treats an empty
 * `any` as true, which is never what an author means).
 */
export const operators = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;
export type Operator = (typeof operators)[number];

/** json-rules-engine's way of comparing one fact with another: `"value": { "fact": "otherQuestion" }`. */
export interface FactReference {
  readonly fact: string;
}
export interface FactCondition {
  readonly fact: string;
  readonly operator: Operator;
  readonly value: boolean | number | string | readonly (number | string)[] | FactReference;
}

export const isFactReference = (v: unknown): v is FactReference =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as { fact?: unknown }).fact === 'string';
export interface AllCondition {
  readonly all: readonly Condition[];
}
export interface AnyCondition {
  readonly any: readonly Condition[];
}
export interface NotCondition {
  readonly not: Condition;
}
export type Condition = FactCondition | AllCondition | AnyCondition | NotCondition;
/** json-rules-engine requires a boolean operator at the top of a rule. */
export type TopCondition = AllCondition | AnyCondition | NotCondition;

export const MAX_CONDITION_DEPTH = 16;
export const MAX_CONDITION_NODES = 256;

/** Which operators make sense for which question type, and what value each takes. */
const allowed: Record<Question['type'], readonly Operator[]> = {
  boolean: ['equal', 'notEqual'],
  enum: ['equal', 'notEqual', 'in', 'notIn'],
  'multi-select': ['contains', 'doesNotContain'],
  number: ['equal', 'notEqual', 'in', 'notIn', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'],
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Check a condition tree against the rule set's questions. Collects every problem, and
 * bounds depth and size so hostile (deep or cyclic) input cannot exhaust the stack.
 */
export function checkCondition(
  input: unknown,
  questions: ReadonlyMap<string, Question>,
  path: (string | number)[],
  problems: Problem[],
  top = true,
): void {
  let nodes = 0;
  const visit = (node: unknown, p: (string | number)[], depth: number, isTop: boolean): void => {
    if (++nodes > MAX_CONDITION_NODES) {
      if (nodes === MAX_CONDITION_NODES + 1)
        problems.push({ path: p, message: 'condition tree is too large', expected: `at most ${MAX_CONDITION_NODES} conditions` });
      return;
    }
    if (depth > MAX_CONDITION_DEPTH) {
      problems.push({ path: p, message: 'conditions are nested too deeply', expected: `at most ${MAX_CONDITION_DEPTH} levels` });
      return;
    }
    if (!isPlainObject(node)) {
      problems.push({ path: p, message: 'not a condition', expected: 'an object', received: describe(node) });
      return;
    }
    const keys = Object.keys(node);
    const bool: string[] = keys.filter((k) => k === 'all' || k === 'any' || k === 'not');
    if (bool.length > 0) {
      const extra = keys.filter((k) => !bool.includes(k));
      if (bool.length > 1 || extra.length > 0) {
        problems.push({
          path: p,
          message: `a boolean condition has exactly one key; found ${keys.map((k) => JSON.stringify(k)).join(', ')}`,
          expected: 'one of "all", "any", "not"',
        });
        return;
      }
      const k = bool[0]!;
      const child = node[k];
      if (k === 'not') {
        visit(child, [...p, 'not'], depth + 1, false);
        return;
      }
      if (!Array.isArray(child) || child.length === 0) {
        problems.push({ path: [...p, k], message: `"${k}" needs a non-empty array of conditions`, expected: 'a non-empty array', received: describe(child) });
        return;
      }
      child.forEach((c, i) => visit(c, [...p, k, i], depth + 1, false));
      return;
    }
    if (isTop) {
      problems.push({ path: p, message: 'a rule\'s conditions must start with "all", "any" or "not"', expected: 'one of "all", "any", "not"' });
      return;
    }
    checkFact(node, questions, p, problems);
  };
  visit(input, path, 0, top);
}

function checkFact(
  node: Record<string, unknown>,
  questions: ReadonlyMap<string, Question>,
  p: (string | number)[],
  problems: Problem[],
): void {
  const unknownKeys = Object.keys(node).filter((k) => k !== 'fact' && k !== 'operator' && k !== 'value');
  if (unknownKeys.length > 0) {
    problems.push({
      path: [...p, unknownKeys[0]!],
      message: `unsupported key ${JSON.stringify(unknownKeys[0]!.slice(0, 40))} in a fact condition`,
      expected: 'only "fact", "operator" and "value"',
    });
    return;
  }
  const { fact, operator, value } = node;
  if (typeof fact !== 'string') {
    problems.push({ path: [...p, 'fact'], message: 'missing fact', expected: 'a question id', received: describe(fact) });
    return;
  }
  const q = questions.get(fact); // a Map: no prototype keys to trip over
  if (!q) {
    problems.push({ path: [...p, 'fact'], message: `condition on undefined question ${JSON.stringify(fact.slice(0, 64))}`, expected: 'the id of a question in this rule set' });
    return;
  }
  const ops = allowed[q.type];
  if (typeof operator !== 'string' || !(operators as readonly string[]).includes(operator)) {
    problems.push({ path: [...p, 'operator'], message: 'unknown operator', expected: `one of: ${operators.join(', ')}`, received: describe(operator) });
    return;
  }
  if (!ops.includes(operator as Operator)) {
    problems.push({ path: [...p, 'operator'], message: `operator "${operator}" does not apply to ${q.type} question "${q.id}"`, expected: `one of: ${ops.join(', ')}` });
    return;
  }
  const scalarOk = (v: unknown): string | undefined => {
    switch (q.type) {
      case 'boolean':
        return typeof v === 'boolean' ? undefined : 'true or false';
      case 'number':
        return typeof v === 'number' && Number.isFinite(v) ? undefined : 'a finite number';
      case 'enum':
      case 'multi-select':
        return typeof v === 'string' && q.options.some((o) => o.value === v)
          ? undefined
          : `one of: ${q.options.map((o) => o.value).join(', ')}`;
    }
  };
  if (isFactReference(value)) {
    // Comparing two answers, e.g. "research takes longer than the decision can wait".
    const other = questions.get(value.fact);
    if (!other) problems.push({ path: [...p, 'value', 'fact'], message: `comparison with undefined question ${JSON.stringify(value.fact.slice(0, 64))}`, expected: 'the id of a question in this rule set' });
    else if (q.type !== 'number' || other.type !== 'number' || operator === 'in' || operator === 'notIn')
      problems.push({ path: [...p, 'value'], message: 'only number questions can be compared with each other', expected: 'two number questions and a comparison operator' });
    return;
  }
  if (operator === 'in' || operator === 'notIn') {
    if (!Array.isArray(value) || value.length === 0) {
      problems.push({ path: [...p, 'value'], message: `"${operator}" needs a non-empty array`, expected: 'a non-empty array', received: describe(value) });
      return;
    }
    value.forEach((v, i) => {
      const exp = scalarOk(v);
      if (exp) problems.push({ path: [...p, 'value', i], message: `value not allowed for question "${q.id}"`, expected: exp, received: describe(v) });
    });
    return;
  }
  const exp = scalarOk(value);
  if (exp) problems.push({ path: [...p, 'value'], message: `value not allowed for question "${q.id}"`, expected: exp, received: describe(value) });
}

/** The fact conditions at the leaves of a condition tree, left to right. */
export function leavesOf(c: Condition, out: FactCondition[] = []): FactCondition[] {
  if ('all' in c) c.all.forEach((x) => leavesOf(x, out));
  else if ('any' in c) c.any.forEach((x) => leavesOf(x, out));
  else if ('not' in c) leavesOf(c.not, out);
  else out.push(c);
  return out;
}

/** Every question id a condition reads, in first-seen order. */
export function factsOf(c: Condition): string[] {
  const out: string[] = [];
  for (const leaf of leavesOf(c)) {
    if (!out.includes(leaf.fact)) out.push(leaf.fact);
    if (isFactReference(leaf.value) && !out.includes(leaf.value.fact)) out.push(leaf.value.fact);
  }
  return out;
}
