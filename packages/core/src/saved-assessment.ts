import { isPlainObject } from './answers';
import { ValidationError, describe, type Problem } from './errors';
import type { AnswerValue } from './model/question';
import { RESULT_FORMAT, type EvaluationResult } from './result';

// Reading a saved assessment needs no schema (and so no zod): kept apart from comparing one,
// which may load a rule-set document.

/** What a saved assessment must carry to be re-run: the answers and the rule set it used. */
export interface SavedAssessment {
  readonly format: typeof RESULT_FORMAT;
  readonly ruleSet: { readonly id: string; readonly version: string; readonly hash: string };
  readonly answers: Readonly<Record<string, AnswerValue>>;
}

/** Check that a value (typically parsed JSON) is a saved assessment, with typed errors. */
export function parseAssessment(input: unknown): SavedAssessment & Partial<EvaluationResult> {
  const problems: Problem[] = [];
  if (!isPlainObject(input)) throw new ValidationError('assessment', [{ path: [], message: 'a saved assessment must be an object', expected: 'a result returned by evaluate()', received: describe(input) }]);
  if (input.format !== RESULT_FORMAT) problems.push({ path: ['format'], message: 'unknown assessment format', expected: JSON.stringify(RESULT_FORMAT), received: describe(input.format) });
  const rs = input.ruleSet;
  if (!isPlainObject(rs)) problems.push({ path: ['ruleSet'], message: 'missing rule set reference', expected: '{ id, version, hash }', received: describe(rs) });
  else
    for (const k of ['id', 'version', 'hash'] as const)
      if (typeof rs[k] !== 'string') problems.push({ path: ['ruleSet', k], message: `missing rule set ${k}`, expected: 'a string', received: describe(rs[k]) });
  if (!isPlainObject(input.answers)) problems.push({ path: ['answers'], message: 'missing answers', expected: 'an object', received: describe(input.answers) });
  if (problems.length) throw new ValidationError('assessment', problems);
  return input as unknown as SavedAssessment & Partial<EvaluationResult>;
}
