import { isPlainObject } from './answers';
import { UNANSWERED, answerTables, readAnswer } from './encoding';
import type { Question } from './model/question';

/** Answer codes in question order (see `encoding.ts`); NaN where a question is unanswered. */
export type FactsArray = number[];
export type ReadAnswers = (input: unknown) => FactsArray | undefined;
/** Writes the codes into `facts` (which must be all NaN); returns how many were answered, or -1 for "look closer". */
export type ReadInto = (input: unknown, facts: FactsArray) => number;

/** `answerFiller`, making a fresh facts array per call. */
export function answerReader(questions: readonly Question[]): ReadAnswers {
  const fill = answerFiller(questions);
  const blank: FactsArray = questions.map(() => UNANSWERED);
  return (input) => {
    const facts = blank.slice();
    return fill(input, facts) < 0 ? undefined : facts;
  };
}

/**
 * The answers check on the hot path: plain comparisons derived from the same question
 * definitions as the zod schema, writing codes straight into the array the rules read.
 * It only says yes or "look closer": anything it does not accept goes through the zod
 * schema, which produces the detailed errors. The fuzz tests check that the two agree.
 */
export function answerFiller(questions: readonly Question[]): ReadInto {
  const tables = answerTables(questions);
  const ids = questions.map((q) => q.id);
  const n = ids.length;
  // Question id -> position, in an object without a prototype (for keys out of order).
  const index: Record<string, number> = Object.create(null);
  ids.forEach((id, i) => (index[id] = i));
  const own = Object.prototype.hasOwnProperty;
  return (input, facts) => {
    if (!isPlainObject(input)) return -1;
    let answered = 0;
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
        if (found === undefined) return -1;
        i = found;
      }
      next = i + 1;
      // Inherited keys (a polluted prototype) are refused rather than read.
      if (!own.call(input, k)) return -1;
      const v = input[k];
      if (v === undefined) continue;
      const code = readAnswer(tables, i, v);
      if (code === undefined) return -1;
      facts[i] = code;
      answered++;
    }
    return answered;
  };
}

/** How many questions have an answer. */
export function countAnswered(facts: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < facts.length; i++) if (facts[i] === facts[i]) n++; // NaN is unanswered
  return n;
}
