import { isPlainObject } from './answers';
import { UNANSWERED, answerTables, readAnswer } from './encoding';
import type { Question } from './model/question';

/** Answer codes in question order (see `encoding.ts`); NaN where a question is unanswered. */
export type FactsArray = number[];
export type ReadAnswers = (input: unknown) => FactsArray | undefined;

/**
 * The answers check on the hot path: plain comparisons derived from the same question
 * definitions as the zod schema, writing codes straight into the array the rules read.
 * It only says yes or "look closer": anything it does not accept goes through the zod
 * schema, which produces the detailed errors. The fuzz tests check that the two agree.
 */
export function answerReader(questions: readonly Question[]): ReadAnswers {
  const tables = answerTables(questions);
  const ids = questions.map((q) => q.id);
  const n = ids.length;
  // Question id -> position, in an object without a prototype (for keys out of order).
  const index: Record<string, number> = Object.create(null);
  ids.forEach((id, i) => (index[id] = i));
  const blank: FactsArray = questions.map(() => UNANSWERED);
  const own = Object.prototype.hasOwnProperty;
  return (input) => {
    if (!isPlainObject(input)) return undefined;
    const facts = blank.slice();
    // Answers usually come in question order, some left out: the next key is most likely one
    // of the next few questions, found by comparing the (interned) strings, no lookup.
    let next = 0;
    for (const k in input) {
      let i = -1;
      for (let q = next, end = next + 4 < n ? next + 4 : n; q < end; q++)
        if (ids[q] === k) {
          i = q;
          break;
        }
      if (i < 0) {
        const found = index[k];
        if (found === undefined) return undefined;
        i = found;
      }
      next = i + 1;
      // Inherited keys (a polluted prototype) are refused rather than read.
      if (!own.call(input, k)) return undefined;
      const v = input[k];
      if (v === undefined) continue;
      const code = readAnswer(tables, i, v);
      if (code === undefined) return undefined;
      facts[i] = code;
    }
    return facts;
  };
}

/** How many questions have an answer. */
export function countAnswered(facts: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < facts.length; i++) if (facts[i] === facts[i]) n++; // NaN is unanswered
  return n;
}
