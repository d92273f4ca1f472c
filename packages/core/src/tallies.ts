import { TRUE, UNKNOWN, triAt } from './conditions';
import { T_HIGH, T_MEDIUM, T_SCORE } from './decide';
import { UNANSWERED } from './encoding';
import type { Question } from './model/question';
import type { CompiledRule } from './compile';

/**
 * What the rules that read one question add up to, per answer to it, worked out at compile
 * time. Most rules read a single yes/no, choice or small multi-select question, so a
 * verdict is one table row per question plus the few other rules, and a what-if is the
 * difference of two rows: no rule is run for them, and (the hot paths are bound by
 * mispredicted branches) far fewer branches are taken.
 *
 * Rows are added up in question order, not rule order. That gives the same numbers to the
 * last bit only because every weight is an integer and the sums stay far below 2^53; for
 * rule sets where that does not hold there are no tables and everything runs rule by rule.
 */
export interface Tallies {
  /** Numbers per row: score, high flags, medium flags (verdict and register kinds), or each option's fit (ranking). */
  readonly width: number;
  /** Per question position: the index of its first row (for "unanswered"), or -1 when no rule is tabled on it. Row of code v: first + v + 1. */
  readonly first: Int32Array;
  /** `width` numbers per row. */
  readonly rows: Float64Array;
  /** Per row: 1 when a tabled rule is undetermined with that answer. */
  readonly unknown: Uint8Array;
  /** Per row: bit k set when the k-th requirement-level rule tabled on the question fires with that answer. */
  readonly requirements: Int32Array;
  /** Rules in no table, in rule order. */
  readonly rest: Int32Array;
  /** Per question position: the rules that read it and are in no table, in rule order. */
  readonly restOf: readonly Int32Array[];
}

/** Multi-select questions with up to this many options get a row per selection (2^8 = 256). */
const MAX_OPTIONS = 8;
/** Exact integer sums (see above) while every partial sum stays below this. */
const EXACT_LIMIT = 2 ** 52;

/** The tables for a compiled rule set, or undefined when sums could depend on their order. */
export function talliesFor(questions: readonly Question[], rules: readonly CompiledRule[], ranking: boolean, options: number): Tallies | undefined {
  let total = 0;
  for (const r of rules) {
    const values = ranking ? r.fits.map(([, w]) => w) : [r.tally[T_SCORE]!, r.tally[T_HIGH]!, r.tally[T_MEDIUM]!];
    for (const v of values) {
      if (!Number.isInteger(v)) return undefined;
      total += Math.abs(v);
    }
  }
  if (!(total < EXACT_LIMIT)) return undefined;
  const codes = questions.map((q) => (q.type === 'boolean' ? 2 : q.type === 'enum' ? q.options.length : q.type === 'multi-select' && q.options.length <= MAX_OPTIONS ? 2 ** q.options.length : 0));
  // A rule is tabled on its question when it reads that one question only, and the
  // question has few enough answers; at most 31 of them may give requirement-level advice.
  const local = questions.map((): number[] => []);
  const rest: number[] = [];
  rules.forEach((r, i) => {
    const q = r.factIndex.length === 1 ? r.factIndex[0]! : -1;
    if (q >= 0 && codes[q]! > 0 && local[q]!.filter((j) => rules[j]!.requirement).length < (r.requirement ? 31 : Infinity)) local[q]!.push(i);
    else rest.push(i);
  });
  const width = ranking ? options : 3;
  const first = new Int32Array(questions.length).fill(-1);
  let n = 0;
  questions.forEach((_, q) => {
    if (local[q]!.length === 0) return;
    first[q] = n;
    n += codes[q]! + 1;
  });
  const rows = new Float64Array(n * width);
  const unknown = new Uint8Array(n);
  const requirements = new Int32Array(n);
  const facts = questions.map(() => UNANSWERED);
  questions.forEach((_, q) => {
    if (first[q]! < 0) return;
    for (let v = -1; v < codes[q]!; v++) {
      const row = first[q]! + v + 1;
      facts[q] = v < 0 ? UNANSWERED : v;
      let bit = 0;
      for (const i of local[q]!) {
        const r = rules[i]!;
        const t = triAt(r.code, r.k, 0, facts);
        if (t === UNKNOWN) unknown[row] = 1;
        if (t === TRUE) {
          if (ranking) for (const [o, w] of r.fits) rows[row * width + o]! += w;
          else {
            rows[row * 3]! += r.tally[T_SCORE]!;
            rows[row * 3 + 1]! += r.tally[T_HIGH]!;
            rows[row * 3 + 2]! += r.tally[T_MEDIUM]!;
          }
          if (r.requirement) requirements[row]! |= 1 << bit;
        }
        if (r.requirement) bit++;
      }
    }
    facts[q] = UNANSWERED;
  });
  const inRest = new Set(rest);
  return {
    width,
    first,
    rows,
    unknown,
    requirements,
    rest: Int32Array.from(rest),
    restOf: questions.map((_, q) => Int32Array.from(rules.flatMap((r, i) => (inRest.has(i) && r.factIndex.includes(q) ? [i] : [])))),
  };
}
