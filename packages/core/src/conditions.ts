import { isFactReference, type Condition } from './model/condition';
import { bit, encodeValue } from './encoding';
import type { AnswerValue, Question } from './model/question';

/**
 * Three-valued logic: a condition on an unanswered question is neither true nor false yet.
 * The numbers are chosen so that, once a FALSE (for `all`) or TRUE (for `any`) has been
 * ruled out, the result of the rest is simply the largest value seen.
 */
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Tri = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/**
 * Answers as codes in an array indexed by question position (see `encoding.ts`): every
 * condition is an indexed load and a numeric comparison. NaN means unanswered.
 */
export type Facts = readonly number[];
export type QuestionIndex = ReadonlyMap<string, number>;
export type Predicate = (facts: Facts) => Tri;
/** Evaluates like a `Predicate` and pushes the positions of the answers that decided it. */
export type Explain = (facts: Facts, sink: number[]) => Tri;

/** What compiling a condition needs to know about the rule set's questions. */
export interface ConditionContext {
  readonly index: QuestionIndex;
  readonly questions: readonly Question[];
}

/**
 * A compiled condition: a small program of fixed-size nodes in prefix order, run by `triAt`
 * (one function, one `switch`), so that the hot loops call no closure per rule. No
 * interpretation of the JSON, no cloning, no promises, no `eval` (strict CSP). Answers
 * reaching a program have been validated and encoded, so json-rules-engine's own operator
 * guards (`Array.isArray`, its number check) always pass and are not repeated. The
 * differential test holds the two engines to the same results.
 */
export interface Program {
  /** NODE slots per node: the operation, two operands, and the position after the node's subtree. */
  readonly code: Int32Array;
  /** Numbers the nodes compare with (a set: its length, then its members). */
  readonly k: Float64Array;
}

// Node layout: [op, a, b, next]. Leaves read fact `a`; `b` is a constant's position in `k`,
// a bit mask, or the other fact. Junctions: `a` unused, children follow until `next`.
const NODE = 4;
const EQ = 0;
const NE = 1;
const LT = 2;
const LE = 3;
const GT = 4;
const GE = 5;
const MASK_IN = 6; // enum in: bit test of the option's position
const MASK_OUT = 7;
const SET_IN = 8; // in / notIn over listed numbers or codes
const SET_OUT = 9;
const HAS = 10; // multi-select contains: bit test of the mask
const HAS_NOT = 11;
const F_EQ = 12; // two answers compared with each other
const F_NE = 13;
const F_LT = 14;
const F_LE = 15;
const F_GT = 16;
const F_GE = 17;
const ALL = 18;
const ANY = 19;
const NOT = 20;

/** The comparisons, in the order of EQ to GE (and of F_EQ to F_GE). */
const COMPARISONS = ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];

/** Compile a condition once into a `Program`. */
export function compileProgram(c: Condition, cx: ConditionContext): Program {
  const code: number[] = [];
  const k: number[] = [];
  const emit = (x: Condition): void => {
    // An `all` or `any` of one part is that part (as json-rules-engine evaluates it).
    if ('all' in x && x.all.length === 1) return emit(x.all[0]!);
    if ('any' in x && x.any.length === 1) return emit(x.any[0]!);
    const at = code.length;
    code.push(0, 0, 0, 0);
    if ('all' in x || 'any' in x) {
      code[at] = 'all' in x ? ALL : ANY;
      for (const part of 'all' in x ? x.all : x.any) emit(part);
    } else if ('not' in x) {
      code[at] = NOT;
      emit(x.not);
    } else {
      const i = cx.index.get(x.fact)!;
      const q = cx.questions[i]!;
      code[at + 1] = i;
      if (isFactReference(x.value)) {
        const op = COMPARISONS.indexOf(x.operator);
        if (op < 0) throw new Error(`operator ${x.operator} cannot compare two answers`); // unreachable: the schema rejects it
        code[at] = F_EQ + op;
        code[at + 2] = cx.index.get(x.value.fact)!;
      } else {
        const value = x.value as AnswerValue;
        const op = x.operator;
        if (op === 'in' || op === 'notIn') {
          const values = value as readonly AnswerValue[];
          if (q.type === 'enum') {
            code[at] = op === 'in' ? MASK_IN : MASK_OUT;
            code[at + 2] = values.reduce<number>((m, v) => m | bit(encodeValue(q, v)), 0);
          } else {
            code[at] = op === 'in' ? SET_IN : SET_OUT;
            code[at + 2] = k.length;
            k.push(values.length, ...values.map((v) => encodeValue(q, v)));
          }
        } else if (op === 'contains' || op === 'doesNotContain') {
          code[at] = op === 'contains' ? HAS : HAS_NOT;
          code[at + 2] = bit(q.type === 'multi-select' ? q.options.findIndex((o) => o.value === value) : -1);
        } else {
          const vop = COMPARISONS.indexOf(op);
          if (vop < 0) throw new Error(`unknown operator ${op}`); // unreachable: the rule-set schema rejects it
          code[at] = EQ + vop;
          code[at + 2] = k.length;
          k.push(op === 'equal' || op === 'notEqual' ? encodeValue(q, value) : (value as number));
        }
      }
    }
    code[at + 3] = code.length;
  };
  emit(c);
  return { code: Int32Array.from(code), k: Float64Array.from(k) };
}

/** A condition as a predicate (for code off the hot paths; those call `triAt` directly). */
export function compileCondition(c: Condition, cx: ConditionContext): Predicate {
  const { code, k } = compileProgram(c, cx);
  return (f) => triAt(code, k, 0, f);
}

/**
 * The three-valued result of the node at `pc`. `a !== a`: unanswered (NaN). `all` and
 * `any` differ only in which value decides at once (FALSE for `all`, TRUE for `any`) and
 * which value an empty run of the rest gives; otherwise the result is the largest value
 * seen (see the numbering of Tri).
 */
export function triAt(code: Int32Array, k: Float64Array, pc: number, f: Facts): Tri {
  const op = code[pc]!;
  if (op < ALL) {
    const a = f[code[pc + 1]!]!;
    const b = code[pc + 2]!;
    switch (op) {
      case EQ:
        return a === k[b] ? TRUE : a !== a ? UNKNOWN : FALSE;
      case NE:
        return a !== a ? UNKNOWN : a !== k[b] ? TRUE : FALSE;
      case LT:
        return a < k[b]! ? TRUE : a !== a ? UNKNOWN : FALSE;
      case LE:
        return a <= k[b]! ? TRUE : a !== a ? UNKNOWN : FALSE;
      case GT:
        return a > k[b]! ? TRUE : a !== a ? UNKNOWN : FALSE;
      case GE:
        return a >= k[b]! ? TRUE : a !== a ? UNKNOWN : FALSE;
      case MASK_IN:
        return a !== a ? UNKNOWN : (b >> a) & 1 ? TRUE : FALSE;
      case MASK_OUT:
        return a !== a ? UNKNOWN : (b >> a) & 1 ? FALSE : TRUE;
      case SET_IN:
      case SET_OUT: {
        if (a !== a) return UNKNOWN;
        let found = false;
        for (let m = b + 1, end = b + 1 + k[b]!; m < end; m++)
          if (k[m] === a) {
            found = true;
            break;
          }
        return found === (op === SET_IN) ? TRUE : FALSE;
      }
      case HAS:
        return a !== a ? UNKNOWN : (a & b) !== 0 ? TRUE : FALSE;
      case HAS_NOT:
        return a !== a ? UNKNOWN : (a & b) !== 0 ? FALSE : TRUE;
    }
    const y = f[b]!;
    if (a !== a || y !== y) return UNKNOWN;
    switch (op) {
      case F_EQ:
        return a === y ? TRUE : FALSE;
      case F_NE:
        return a !== y ? TRUE : FALSE;
      case F_LT:
        return a < y ? TRUE : FALSE;
      case F_LE:
        return a <= y ? TRUE : FALSE;
      case F_GT:
        return a > y ? TRUE : FALSE;
      default:
        return a >= y ? TRUE : FALSE;
    }
  }
  const end = code[pc + 3]!;
  if (op === NOT) {
    const r = triAt(code, k, pc + NODE, f);
    return r === UNKNOWN ? UNKNOWN : r === TRUE ? FALSE : TRUE;
  }
  const decides = op === ALL ? FALSE : TRUE;
  let r: Tri = op === ALL ? TRUE : FALSE;
  for (let p = pc + NODE; p < end; p = code[p + 3]!) {
    const x = triAt(code, k, p, f);
    if (x === decides) return decides;
    if (x > r) r = x;
  }
  return r;
}

/**
 * Like `triAt`, but also records the answers that decided the result: for a true `any`
 * only its true branches, for a false `all` only its false ones; when nothing decided it
 * yet, every answered branch. Positions go into `sink` once each.
 */
export function explainAt(code: Int32Array, k: Float64Array, pc: number, f: Facts, sink: number[]): Tri {
  const op = code[pc]!;
  if (op < ALL) {
    const r = triAt(code, k, pc, f);
    if (r !== UNKNOWN) {
      push(sink, code[pc + 1]!);
      if (op >= F_EQ) push(sink, code[pc + 2]!);
    }
    return r;
  }
  if (op === NOT) {
    const r = explainAt(code, k, pc + NODE, f, sink);
    return r === UNKNOWN ? UNKNOWN : r === TRUE ? FALSE : TRUE;
  }
  const r = triAt(code, k, pc, f);
  const deciding = op === ALL ? FALSE : TRUE;
  for (let p = pc + NODE, end = code[pc + 3]!; p < end; p = code[p + 3]!) {
    const x = triAt(code, k, p, f);
    if (r === deciding ? x === deciding : x !== UNKNOWN) explainAt(code, k, p, f, sink);
  }
  return r;
}

function push(sink: number[], q: number): void {
  if (sink.indexOf(q) < 0) sink.push(q);
}
