import { IntegrityError, ValidationError, describe, type Problem } from './errors';
import { ruleSetDocumentSchema } from './model/rule-set';
import { isRuleSet, sealRuleSet, type AnswersOf, type RuleSet, type RuleSetInput } from './rule-set';
import { zodProblems } from './zod-problems';

// Rule sets from anywhere: validated by the document schema (zod). Evaluating does not
// import this module, so a bundle that only evaluates the bundled rule sets has no zod.

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

function build(doc: unknown): RuleSet {
  const guard = hostileKeys(doc);
  if (guard.length > 0) throw new ValidationError('rule-set', guard);
  const parsed = ruleSetDocumentSchema.safeParse(doc);
  if (!parsed.success) throw new ValidationError('rule-set', zodProblems(parsed.error));
  return sealRuleSet(parsed.data);
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

