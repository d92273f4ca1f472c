import { isFactReference, type Condition, type FactCondition } from './model/condition';
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
 * Compile a condition into closures once, so evaluation is a few numeric comparisons per
 * rule: no interpretation of the JSON, no cloning, no promises, no `eval` (strict CSP).
 * Answers reaching a predicate have been validated and encoded, so json-rules-engine's
 * own operator guards (`Array.isArray`, its number check) always pass and are not
 * repeated. The differential test holds the two engines to the same results.
 */
export function compileCondition(c: Condition, cx: ConditionContext): Predicate {
  if ('all' in c) return junction(c.all.map((x) => compileCondition(x, cx)), FALSE, TRUE);
  if ('any' in c) return junction(c.any.map((x) => compileCondition(x, cx)), TRUE, FALSE);
  if ('not' in c) {
    const inner = compileCondition(c.not, cx);
    return (f) => {
      const r = inner(f);
      return r === UNKNOWN ? UNKNOWN : r === TRUE ? FALSE : TRUE;
    };
  }
  const i = cx.index.get(c.fact)!;
  if (isFactReference(c.value)) return compare(c.operator, i, cx.index.get(c.value.fact)!);
  return leaf(c.operator, i, cx.questions[i]!, c.value as AnswerValue);
}

/**
 * `all` and `any` differ only in which value decides at once (FALSE for `all`, TRUE for
 * `any`) and which value an empty run of the rest gives. Otherwise the result is the
 * largest value seen (see the numbering of Tri). Two parts, the commonest case, get a
 * straight-line closure.
 */
function junction(ps: readonly Predicate[], decides: Tri, start: Tri): Predicate {
  if (ps.length === 1) return ps[0]!;
  if (ps.length === 2) {
    const [a, b] = ps as [Predicate, Predicate];
    return (f) => {
      const x = a(f);
      if (x === decides) return decides;
      const y = b(f);
      return y === decides ? decides : x > y ? x : y;
    };
  }
  return (f) => {
    let r: Tri = start;
    for (let k = 0; k < ps.length; k++) {
      const x = ps[k]!(f);
      if (x === decides) return decides;
      if (x > r) r = x;
    }
    return r;
  };
}

/** One closure per operator, so each leaf is a single comparison. `a !== a`: unanswered. */
function leaf(op: string, i: number, q: Question, value: AnswerValue): Predicate {
  switch (op) {
    case 'equal': {
      const b = encodeValue(q, value);
      return (f) => {
        const a = f[i]!;
        return a === b ? TRUE : a !== a ? UNKNOWN : FALSE;
      };
    }
    case 'notEqual': {
      const b = encodeValue(q, value);
      return (f) => {
        const a = f[i]!;
        return a !== a ? UNKNOWN : a !== b ? TRUE : FALSE;
      };
    }
    case 'in':
    case 'notIn': {
      const yes = op === 'in' ? TRUE : FALSE;
      const no = op === 'in' ? FALSE : TRUE;
      const values = value as readonly AnswerValue[];
      if (q.type === 'enum') {
        // A choice among listed options: one bit test.
        const mask = values.reduce<number>((m, v) => m | bit(encodeValue(q, v)), 0);
        return (f) => {
          const a = f[i]!;
          return a !== a ? UNKNOWN : (mask >> a) & 1 ? yes : no;
        };
      }
      const set = values.map((v) => encodeValue(q, v));
      return (f) => {
        const a = f[i]!;
        return a !== a ? UNKNOWN : set.indexOf(a) > -1 ? yes : no;
      };
    }
    case 'contains':
    case 'doesNotContain': {
      const b = bit(q.type === 'multi-select' ? q.options.findIndex((o) => o.value === value) : -1);
      const yes = op === 'contains' ? TRUE : FALSE;
      const no = op === 'contains' ? FALSE : TRUE;
      return (f) => {
        const a = f[i]!;
        return a !== a ? UNKNOWN : (a & b) !== 0 ? yes : no;
      };
    }
    case 'lessThan': {
      const b = value as number;
      return (f) => {
        const a = f[i]!;
        return a < b ? TRUE : a !== a ? UNKNOWN : FALSE;
      };
    }
    case 'lessThanInclusive': {
      const b = value as number;
      return (f) => {
        const a = f[i]!;
        return a <= b ? TRUE : a !== a ? UNKNOWN : FALSE;
      };
    }
    case 'greaterThan': {
      const b = value as number;
      return (f) => {
        const a = f[i]!;
        return a > b ? TRUE : a !== a ? UNKNOWN : FALSE;
      };
    }
    case 'greaterThanInclusive': {
      const b = value as number;
      return (f) => {
        const a = f[i]!;
        return a >= b ? TRUE : a !== a ? UNKNOWN : FALSE;
      };
    }
  }
  throw new Error(`unknown operator ${op}`); // unreachable: the rule-set schema rejects it
}

/** Two number answers compared with each other (json-rules-engine's `{ "fact": ... }` value). */
function compare(op: string, i: number, j: number): Predicate {
  const test = ((): ((a: number, b: number) => boolean) => {
    switch (op) {
      case 'equal':
        return (a, b) => a === b;
      case 'notEqual':
        return (a, b) => a !== b;
      case 'lessThan':
        return (a, b) => a < b;
      case 'lessThanInclusive':
        return (a, b) => a <= b;
      case 'greaterThan':
        return (a, b) => a > b;
      case 'greaterThanInclusive':
        return (a, b) => a >= b;
    }
    throw new Error(`operator ${op} cannot compare two answers`); // unreachable: the schema rejects it
  })();
  return (f) => {
    const a = f[i]!;
    const b = f[j]!;
    return a !== a || b !== b ? UNKNOWN : test(a, b) ? TRUE : FALSE;
  };
}

/**
 * Like `compileCondition`, but also records the answers that decided the result: for a
 * true `any` only its true branches, for a false `all` only its false ones; when nothing
 * decided it yet, every answered branch. Positions go into `sink` once each.
 */
export function compileExplain(c: Condition, cx: ConditionContext): Explain {
  if ('all' in c || 'any' in c) {
    const isAll = 'all' in c;
    const parts = isAll ? c.all : c.any;
    const tests = parts.map((k) => compileCondition(k, cx));
    // A leaf child is explained by its own answers: push them directly, no closure call.
    const leafFacts = parts.map((k) => ('fact' in k ? factPositions(k, cx) : undefined));
    const explains = parts.map((k) => ('fact' in k ? undefined : compileExplain(k, cx)));
    const deciding = isAll ? FALSE : TRUE;
    const other = isAll ? TRUE : FALSE;
    // Children's results for the second pass. Safe to share: explaining runs no user code.
    const seen = new Uint8Array(parts.length);
    return (f, sink) => {
      let r: Tri = other;
      for (let k = 0; k < tests.length; k++) {
        const x = tests[k]!(f);
        seen[k] = x;
        if (x === deciding) r = deciding;
        else if (r !== deciding && x > r) r = x;
      }
      for (let k = 0; k < tests.length; k++) {
        const x = seen[k]!;
        if (r === deciding ? x !== deciding : x === UNKNOWN) continue;
        const own = leafFacts[k];
        if (own === undefined) explains[k]!(f, sink);
        else for (let m = 0; m < own.length; m++) if (sink.indexOf(own[m]!) < 0) sink.push(own[m]!);
      }
      return r;
    };
  }
  if ('not' in c) {
    const inner = compileExplain(c.not, cx);
    return (f, sink) => {
      const r = inner(f, sink);
      return r === UNKNOWN ? UNKNOWN : r === TRUE ? FALSE : TRUE;
    };
  }
  const test = compileCondition(c, cx);
  const own = factPositions(c, cx);
  return (f, sink) => {
    const r = test(f);
    if (r !== UNKNOWN) for (let m = 0; m < own.length; m++) if (sink.indexOf(own[m]!) < 0) sink.push(own[m]!);
    return r;
  };
}

/** The positions of the answers a fact condition reads: its own, and the one it compares with. */
function factPositions(c: FactCondition, cx: ConditionContext): number[] {
  const i = cx.index.get(c.fact)!;
  return isFactReference(c.value) ? [i, cx.index.get(c.value.fact)!] : [i];
}
