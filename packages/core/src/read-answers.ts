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
  const index = new Map(questions.map((q, i) => [q.id, i]));
  const blank: FactsArray = questions.map(() => UNANSWERED);
  const own = Object.prototype.hasOwnProperty;
  // Callers usually send answers with the same keys in the same order: remember the last
  // order seen, so a key costs a pointer comparison instead of a map lookup.
  let lastKeys: string[] = [];
  let lastIndex: number[] = [];
  return (input) => {
    if (!isPlainObject(input)) return undefined;
    const facts = blank.slice();
    let j = 0;
    let same = true;
    for (const k in input) {
      let i: number | undefined;
      if (same && lastKeys[j] === k) i = lastIndex[j]!;
      else {
        if (same) {
          same = false;
          lastKeys = lastKeys.slice(0, j);
          lastIndex = lastIndex.slice(0, j);
        }
        i = index.get(k);
        if (i === undefined) return undefined;
        lastKeys.push(k);
        lastIndex.push(i);
      }
      j++;
      // Inherited keys (a polluted prototype) are refused rather than read.
      if (!own.call(input, k)) return undefined;
      const v = input[k];
      if (v === undefined) continue;
      const code = readAnswer(tables, i, v);
      if (code === undefined) return undefined;
      facts[i] = code;
    }
    if (same && j !== lastKeys.length) {
      lastKeys = lastKeys.slice(0, j);
      lastIndex = lastIndex.slice(0, j);
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
