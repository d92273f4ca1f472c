import { TRUE, UNKNOWN, triAt, type Facts } from './conditions';
import { T_HIGH, T_MEDIUM, T_SCORE } from './decide';
import { UNANSWERED } from './encoding';
import type { Question } from './model/question';
import type { CompiledRule } from './compile';

/**
 * What the rules that read the same one, two or three questions add up to, for every
 * combination of answers to them, worked out once per rule set (by `evaluateVerdict`, on
 * its first call). Nearly every rule reads a yes/no, choice or small multi-select question
 * or two, so a verdict is one table row per group of questions plus the few other rules:
 * no rule is run for them and (this hot path is bound by mispredicted branches) far fewer
 * branches are taken.
 *
 * Rows are added up in group order, not rule order. That gives the same numbers to the
 * last bit only because every weight is an integer and the sums stay far below 2^53; for
 * rule sets where that does not hold there are no groups and every rule is in `rest`, run
 * (and added up) in rule order.
 */
export interface Tallies {
  /** Numbers per row: score, high flags, medium flags (verdict and register kinds), or each option's fit (ranking). */
  readonly width: number;
  /** Per group: the index of its first row (every question unanswered), and how many rows it has. */
  readonly first: Int32Array;
  readonly sizes: Int32Array;
  /** Per group, GROUP slots: the questions' positions (-1 after the last) and the row stride of each. */
  readonly questions: Int32Array;
  readonly strides: Int32Array;
  /** `width` numbers per row. */
  readonly rows: Float64Array;
  /** Per row: 1 when a tabled rule is undetermined with those answers. */
  readonly unknown: Uint8Array;
  /** Rules in no table, in rule order. */
  readonly rest: Int32Array;
}

/** Questions per group at most. */
export const GROUP = 3;
/** Multi-select questions with up to this many options can be tabled (2^8 = 256 selections). */
const MAX_OPTIONS = 8;
/** Rows per group at most. */
const MAX_ROWS = 1024;
/** Exact integer sums (see above) while every partial sum stays below this. */
const EXACT_LIMIT = 2 ** 52;

/** How many answer codes a question has (codes 0 to n - 1); 0 when too many to table (numbers, large multi-selects). */
export function answerCodes(q: Question): number {
  return q.type === 'boolean' ? 2 : q.type === 'enum' ? q.options.length : q.type === 'multi-select' && q.options.length <= MAX_OPTIONS ? 2 ** q.options.length : 0;
}

/** The row of group g for the answers in f. */
export function rowOf(t: Tallies, g: number, f: Facts): number {
  let row = t.first[g]!;
  for (let s = g * GROUP, end = s + GROUP; s < end; s++) {
    const q = t.questions[s]!;
    if (q < 0) break;
    const v = f[q]!;
    if (v === v) row += (v + 1) * t.strides[s]!;
  }
  return row;
}

/** The tables for a compiled rule set: no groups (every rule in `rest`) when sums could depend on their order. */
export function talliesFor(questions: readonly Question[], rules: readonly CompiledRule[], ranking: boolean, options: number): Tallies {
  // What each rule adds when it fires, as (column, amount) pairs.
  const adds = rules.map((r): readonly (readonly [number, number])[] => (ranking ? r.fits : [[0, r.tally[T_SCORE]!], [1, r.tally[T_HIGH]!], [2, r.tally[T_MEDIUM]!]]));
  const exact = adds.flat().reduce((n, [, w]) => n + (Number.isInteger(w) ? Math.abs(w) : Infinity), 0) < EXACT_LIMIT;
  const codes = questions.map(answerCodes);
  // Rules grouped by the set of questions they read.
  const groups = new Map<string, { qs: number[]; rules: number[] }>();
  const rest: number[] = [];
  rules.forEach((r, i) => {
    const qs = [...new Set(r.factIndex)].sort((a, b) => a - b);
    if (!exact || qs.length === 0 || qs.length > GROUP || !qs.every((q) => codes[q]) || qs.reduce((n, q) => n * (codes[q]! + 1), 1) > MAX_ROWS) return rest.push(i);
    const key = qs.join();
    if (!groups.has(key)) groups.set(key, { qs, rules: [] });
    groups.get(key)!.rules.push(i);
  });
  const gs = [...groups.values()];
  const width = ranking ? options : 3;
  const first = new Int32Array(gs.length);
  const sizes = new Int32Array(gs.length);
  const qsOf = new Int32Array(gs.length * GROUP).fill(-1);
  const strides = new Int32Array(gs.length * GROUP);
  let n = 0;
  gs.forEach((g, gi) => {
    first[gi] = n;
    let stride = 1;
    g.qs.forEach((q, k) => {
      qsOf[gi * GROUP + k] = q;
      strides[gi * GROUP + k] = stride;
      stride *= codes[q]! + 1;
    });
    sizes[gi] = stride;
    n += stride;
  });
  const rows = new Float64Array(n * width);
  const unknown = new Uint8Array(n);
  const facts = questions.map(() => UNANSWERED);
  gs.forEach((g, gi) => {
    for (let offset = 0; offset < sizes[gi]!; offset++) {
      // The answers of this row: digit k of the offset (base codes + 1) is question k's code + 1.
      let rem = offset;
      for (const q of g.qs) {
        const d = rem % (codes[q]! + 1);
        rem = (rem - d) / (codes[q]! + 1);
        facts[q] = d === 0 ? UNANSWERED : d - 1;
      }
      const row = first[gi]! + offset;
      for (const i of g.rules) {
        const t = triAt(rules[i]!.code, rules[i]!.k, 0, facts);
        if (t === UNKNOWN) unknown[row] = 1;
        if (t === TRUE) for (const [o, w] of adds[i]!) rows[row * width + o]! += w;
      }
    }
    for (const q of g.qs) facts[q] = UNANSWERED;
  });
  return {
    width,
    first,
    sizes,
    questions: qsOf,
    strides,
    rows,
    unknown,
    rest: Int32Array.from(rest),
  };
}
