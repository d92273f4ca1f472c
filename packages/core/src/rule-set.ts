import { canonicalJson } from './canonical';
import { IntegrityError, ValidationError, describe, type Problem } from './errors';
import type { AnswerValue } from './model/question';
import { ruleSetDocumentSchema, type RuleSetDocument, type RuleSetDocumentInput } from './model/rule-set';
import { sha256Hex } from './sha256';
import { zodProblems } from './zod-problems';

declare const answersType: unique symbol;

/** Answers as a plain object: question id -> value. Omit a key to leave the question unanswered. */
export type Answers = { readonly [questionId: string]: AnswerValue | undefined };

/**
 * A validated, frozen rule set with its content hash. `A` is the answers type inferred
 * from the questions by `defineRuleSet`, so `evaluate` checks answers at compile time.
 */
export type RuleSet<A = Answers> = Readonly<RuleSetDocument> & {
  /** SHA-256 of the canonical JSON of the document (without this field). */
  readonly hash: string;
  /** Type-level only: never present at run time. */
  readonly [answersType]?: A;
};

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** What an author writes: the document, readonly so literal types are kept. */
export type RuleSetInput = DeepReadonly<RuleSetDocumentInput>;

type OptionValue<O> = O extends { readonly value: infer V extends string } ? V : never;

/** The answer type of one question. */
export type AnswerOf<Q> = Q extends { readonly type: 'boolean' }
  ? boolean
  : Q extends { readonly type: 'number' }
    ? number
    : Q extends { readonly type: 'enum'; readonly options: readonly (infer O)[] }
      ? OptionValue<O>
      : Q extends { readonly type: 'multi-select'; readonly options: readonly (infer O)[] }
        ? readonly OptionValue<O>[]
        : never;

/** The answers object for a list of questions: every key optional (partial answers are allowed). */
export type AnswersOf<Qs> = Qs extends readonly unknown[]
  ? { readonly [Q in Qs[number] as Q extends { readonly id: infer I extends string } ? I : never]?: AnswerOf<Q> }
  : never;

/** The answers type of a rule set. */
export type AnswersFor<R> = R extends RuleSet<infer A> ? A : never;

const frozen = new WeakSet<object>();

/**
 * Define a rule set in TypeScript. Validates it (throwing `ValidationError` with every
 * problem), computes its hash and returns a deep-frozen copy whose answer type is
 * inferred from the questions.
 */
export function defineRuleSet<const D extends RuleSetInput>(doc: D): RuleSet<AnswersOf<D['questions']>> {
  return build(doc) as RuleSet<AnswersOf<D['questions']>>;
}

/**
 * Load a rule set from untrusted JSON (a string or a parsed value). If it carries a `hash`,
 * the content must match it: a tampered rule set throws `IntegrityError` rather than being used.
 */
export function loadRuleSet(json: unknown): RuleSet {
  let value = json;
  if (typeof json === 'string') {
    if (json.length > 5_000_000)
      throw new ValidationError('rule-set', [{ path: [], message: 'rule set JSON is too large', expected: 'at most 5,000,000 characters', received: describe(json) }]);
    try {
      value = JSON.parse(json);
    } catch (e) {
      throw new ValidationError('rule-set', [{ path: [], message: `not valid JSON: ${(e as Error).message}`, expected: 'a JSON object' }]);
    }
  }
  if (isRuleSet(value)) return value;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ValidationError('rule-set', [{ path: [], message: 'a rule set must be an object', expected: 'an object', received: describe(value) }]);
  const { hash, ...doc } = value as Record<string, unknown>;
  const rs = build(doc);
  if (hash !== undefined && hash !== rs.hash) {
    if (typeof hash !== 'string')
      throw new ValidationError('rule-set', [{ path: ['hash'], message: 'hash must be a string', expected: 'a 64-character hex string', received: describe(hash) }]);
    throw new IntegrityError(rs.id, hash, rs.hash);
  }
  return rs;
}

/** True for rule sets produced by `defineRuleSet` or `loadRuleSet` (validated and frozen). */
export function isRuleSet(value: unknown): value is RuleSet {
  return typeof value === 'object' && value !== null && frozen.has(value);
}

/** The content hash of a rule-set document (a `hash` member, if any, is ignored). */
export function hashRuleSet(doc: RuleSetDocument | RuleSet): string {
  const { hash: _ignored, ...rest } = doc as RuleSet;
  return sha256Hex(canonicalJson(rest));
}

/** Plain JSON of a rule set, hash included, ready to publish or store. */
export function serializeRuleSet(rs: RuleSet): string {
  return canonicalJson(rs);
}

function build(doc: unknown): RuleSet {
  const guard = hostileKeys(doc);
  if (guard.length > 0) throw new ValidationError('rule-set', guard);
  const parsed = ruleSetDocumentSchema.safeParse(doc);
  if (!parsed.success) throw new ValidationError('rule-set', zodProblems(parsed.error));
  const data = parsed.data;
  deepFreeze(data);
  // The hash is computed on first read: hashing a large rule set costs more than validating
  // it, and a page that embeds the rule sets needs the hash only when it stores a record.
  let hash: string | undefined;
  const rs = Object.defineProperty({ ...data }, 'hash', { enumerable: true, get: () => (hash ??= hashRuleSet(data)) });
  Object.freeze(rs);
  frozen.add(rs);
  return rs as unknown as RuleSet;
}

/** Reject prototype-polluting keys, holes and cycles before any schema walks the value. */
function hostileKeys(root: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack = new Set<object>();
  const path: (string | number)[] = []; // shared and copied only when reporting, to keep the walk cheap
  const report = (message: string, expected: string, key?: string | number) =>
    problems.push({ path: key === undefined ? [...path] : [...path, key], message, expected });
  let visited = 0;
  const walk = (v: unknown): void => {
    if (problems.length > 50 || typeof v !== 'object' || v === null) return;
    if (++visited > 200_000) {
      if (visited === 200_001) report('rule set is too large', 'at most 200,000 nodes');
      return;
    }
    if (path.length > 40) return void report('nested too deeply', 'at most 40 levels');
    if (stack.has(v)) return void report('cyclic reference', 'a tree (JSON has no cycles)');
    stack.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        // Holes (from `delete arr[i]`) are skipped by forEach and would slip past every check.
        if (!(i in v)) report('missing array element (a hole)', 'a dense array', i);
        else {
          path.push(i);
          walk(v[i]);
          path.pop();
        }
      }
      // An array can carry named own keys too; a "constructor" there breaks Array methods.
      if (Object.keys(v).length !== v.length)
        for (const k of Object.keys(v)) if (!/^\d+$/.test(k)) report(`unexpected key "${k.slice(0, 40)}" on an array`, 'a plain JSON array', k);
    } else
      for (const k of Object.keys(v)) {
        if (k === '__proto__' || k === 'constructor' || k === 'prototype') {
          report(`forbidden key "${k}"`, 'no __proto__, constructor or prototype keys', k);
          continue;
        }
        path.push(k);
        walk((v as Record<string, unknown>)[k]);
        path.pop();
      }
    stack.delete(v);
  };
  walk(root);
  return problems;
}

function deepFreeze(v: unknown): void {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return;
  Object.freeze(v);
  for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
}
