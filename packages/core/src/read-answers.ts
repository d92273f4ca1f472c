import { isPlainObject } from './answers';
import { UNANSWERED, answerTables, readAnswer } from './encoding';
import type { Question } from './model/question';

// Question kinds of `answerTables` read here with lookups (the others by `readAnswer`).
const ENUM = 1;
const MULTI = 3;

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
  const kind = tables.kind;
  const { min, max, integer } = tables;
  // Each option's position by its value, per question: one lookup instead of comparing the
  // answer with each option in turn (most of the reading time went there).
  const positions = tables.values.map((vs) => {
    const o: Record<string, number> = Object.create(null);
    vs.forEach((v, p) => (o[v] ??= p)); // the first option with the value, as comparing in turn finds
    return o;
  });
  /** The code of question i's answer v, or undefined: `readAnswer` of `encoding.ts` (which the fuzz tests hold to the schema), with lookups. */
  const read = (i: number, v: unknown): number | undefined => {
    switch (kind[i]) {
      case ENUM:
        return typeof v === 'string' ? positions[i]![v] : undefined;
      case MULTI: {
        if (!Array.isArray(v) || v.length > tables.values[i]!.length) return undefined;
        const at = positions[i]!;
        let mask = 0;
        for (let k = 0; k < v.length; k++) {
          const x: unknown = v[k];
          // A hole (undefined), not a string, an unknown option, or one chosen twice: not accepted here.
          const p = typeof x === 'string' ? at[x] : undefined;
          if (p === undefined || mask & (1 << p)) return undefined;
          mask |= 1 << p;
        }
        return mask;
      }
    }
    return readAnswer(tables, i, v);
  };
  const ids = questions.map((q) => q.id);
  const n = ids.length;
  // Question id -> position, in an object without a prototype (for keys out of order).
  const index: Record<string, number> = Object.create(null);
  ids.forEach((id, i) => (index[id] = i));
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
      // Inherited keys (a polluted prototype) are refused rather than read. Written out in
      // full, so that the compiler knows the function and, inside this for-in, reduces the
      // check to one comparison of the object's shape (through a variable it is a call).
      if (!Object.prototype.hasOwnProperty.call(input, k)) return -1;
      const v = input[k];
      if (v === undefined) continue;
      const code = read(i, v);
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
