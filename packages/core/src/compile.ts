import type { z } from 'zod';
import { questionAnswerSchema } from './answers';
import { factsOf, isFactReference, leavesOf, type Condition } from './model/condition';
import type { Outcome } from './model/outcome';
import type { AnswerValue, Question } from './model/question';
import type { Band } from './model/rule-set';
import type { Rule } from './model/rule';
import type { RuleSet } from './rule-set';
import type { OutcomeResult } from './result';
import { isPlainObject } from './answers';

/** Three-valued logic: a condition on an unanswered question is neither true nor false yet. */
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Tri = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/**
 * Answers as an array indexed by question position: rules read `f[i]`, a fast, monomorphic
 * load, rather than a property lookup by name on every condition.
 */
export type Facts = readonly (AnswerValue | undefined)[];
export type QuestionIndex = ReadonlyMap<string, number>;
export interface FastFacts {
  readonly facts: (AnswerValue | undefined)[];
  readonly count: number;
}
export type Predicate = (facts: Facts) => Tri;

export interface CompiledRule {
  readonly rule: Rule;
  readonly test: Predicate;
  readonly facts: readonly string[];
  readonly outcomes: readonly Outcome[];
  /** Signal score (verdict kind) or risk points (register kind) the rule adds when it fires. */
  readonly points: number;
  /** Per-option fit (ranking kind). */
  readonly fits: readonly (readonly [number, number])[];
  /** Pushes the answers that decided the rule onto `sink` (see `compileExplain`). */
  readonly explain: Explain;
  /** The rule's outcomes as they appear in results: built once, shared and frozen. */
  readonly outcomeResults: readonly OutcomeResult[];
}

export type Explain = (facts: Facts, sink: string[]) => Tri;

export interface Compiled {
  readonly rs: RuleSet;
  readonly questions: ReadonlyMap<string, Question>;
  readonly schemas: ReadonlyMap<string, z.ZodType>;
  readonly rules: readonly CompiledRule[];
  /** Bands from highest threshold down; the last has no threshold. */
  readonly bands: readonly Band[];
  /** Values worth trying for each question when asking "what would change the verdict". */
  readonly candidates: ReadonlyMap<string, readonly AnswerValue[]>;
  /** Number questions compared with each other: their thresholds move with the other answer. */
  readonly peers: ReadonlyMap<string, readonly string[]>;
  /** For each question id, the indices of the rules that read it (for incremental what-if). */
  readonly rulesOf: ReadonlyMap<string, readonly number[]>;
  /** Question id -> position in a `Facts` array. */
  readonly index: QuestionIndex;
  /** Answers by id -> the `Facts` array the compiled rules read. */
  readonly toFacts: (answers: Readonly<Record<string, AnswerValue | undefined>>) => (AnswerValue | undefined)[];
  /** The facts array back to answers by id, in question order (what a result records). */
  readonly toRecord: (facts: Facts) => Record<string, AnswerValue>;
  /** Validates and normalises answers without allocating errors; undefined when anything is off. */
  readonly fastAnswers: (input: unknown) => FastFacts | undefined;
}

const SEVERITY_POINTS = { low: 1, medium: 2, high: 3 } as const;

/**
 * Compile each condition into a closure once, so evaluation is a few function calls per
 * rule: no deep cloning, no promises, no `eval` (strict CSP).
 */
export function compileCondition(c: Condition, index: QuestionIndex): Predicate {
  if ('all' in c) {
    const parts = c.all.map((x) => compileCondition(x, index));
    return (f) => {
      let unknown = false;
      for (const p of parts) {
        const r = p(f);
        if (r === FALSE) return FALSE;
        if (r === UNKNOWN) unknown = true;
      }
      return unknown ? UNKNOWN : TRUE;
    };
  }
  if ('any' in c) {
    const parts = c.any.map((x) => compileCondition(x, index));
    return (f) => {
      let unknown = false;
      for (const p of parts) {
        const r = p(f);
        if (r === TRUE) return TRUE;
        if (r === UNKNOWN) unknown = true;
      }
      return unknown ? UNKNOWN : FALSE;
    };
  }
  if ('not' in c) {
    const inner = compileCondition(c.not, index);
    return (f) => {
      const r = inner(f);
      return r === UNKNOWN ? UNKNOWN : r === TRUE ? FALSE : TRUE;
    };
  }
  const { value } = c;
  const fact = index.get(c.fact)!;
  if (isFactReference(value)) {
    const other = index.get(value.fact)!;
    const op = c.operator;
    return (f) => {
      const a = f[fact];
      const b = f[other];
      return a === undefined || b === undefined ? UNKNOWN : operatorTest(op, b)(a) ? TRUE : FALSE;
    };
  }
  const test = operatorTest(c.operator, value);
  return (f) => {
    const v = f[fact];
    return v === undefined ? UNKNOWN : test(v) ? TRUE : FALSE;
  };
}

/**
 * Like `compileCondition`, but also records the answers that decided the result: for a
 * true `any` only its true branches, for a false `all` only its false ones. No sets, no
 * copies: the hot path of every explained evaluation.
 */
export function compileExplain(c: Condition, index: QuestionIndex): Explain {
  if ('all' in c || 'any' in c) {
    const isAll = 'all' in c;
    const kids = (isAll ? c.all : c.any).map((k) => ({ test: compileCondition(k, index), explain: compileExplain(k, index) }));
    const test = compileCondition(c, index);
    const deciding = isAll ? FALSE : TRUE;
    return (f, sink) => {
      const r = test(f);
      for (const k of kids) {
        const kr = k.test(f);
        // Decided: report the children that decided it. Otherwise: every answered child.
        if (r === deciding ? kr === deciding : kr !== UNKNOWN) k.explain(f, sink);
      }
      return r;
    };
  }
  if ('not' in c) {
    const inner = compileExplain(c.not, index);
    return (f, sink) => {
      const r = inner(f, sink);
      return r === UNKNOWN ? UNKNOWN : r === TRUE ? FALSE : TRUE;
    };
  }
  const test = compileCondition(c, index);
  const other = isFactReference(c.value) ? c.value.fact : undefined;
  const fact = c.fact;
  return (f, sink) => {
    const r = test(f);
    if (r !== UNKNOWN) {
      if (!sink.includes(fact)) sink.push(fact);
      if (other !== undefined && !sink.includes(other)) sink.push(other);
    }
    return r;
  };
}

/** json-rules-engine 7's built-in operators, with its fact-value validators. */
function operatorTest(op: string, b: unknown): (a: AnswerValue) => boolean {
  const isNum = (a: unknown) => Number.parseFloat(a as string).toString() !== 'NaN';
  switch (op) {
    case 'equal':
      return (a) => a === b;
    case 'notEqual':
      return (a) => a !== b;
    case 'in':
      return (a) => (b as unknown[]).indexOf(a) > -1;
    case 'notIn':
      return (a) => (b as unknown[]).indexOf(a) === -1;
    case 'contains':
      return (a) => Array.isArray(a) && a.indexOf(b as string) > -1;
    case 'doesNotContain':
      return (a) => Array.isArray(a) && a.indexOf(b as string) === -1;
    case 'lessThan':
      return (a) => isNum(a) && (a as number) < (b as number);
    case 'lessThanInclusive':
      return (a) => isNum(a) && (a as number) <= (b as number);
    case 'greaterThan':
      return (a) => isNum(a) && (a as number) > (b as number);
    case 'greaterThanInclusive':
      return (a) => isNum(a) && (a as number) >= (b as number);
    default:
      throw new Error(`unknown operator ${op}`); // unreachable: the rule-set schema rejects it
  }
}

const cache = new WeakMap<RuleSet, Compiled>();

export function compile(rs: RuleSet): Compiled {
  const hit = cache.get(rs);
  if (hit) return hit;
  const questions = new Map(rs.questions.map((q) => [q.id, q]));
  const index = new Map(rs.questions.map((q, i) => [q.id, i]));
  const ids = rs.questions.map((q) => q.id);
  const toFacts = (a: Readonly<Record<string, AnswerValue | undefined>>) => ids.map((id) => a[id]);
  const toRecord = (f: Facts) => {
    const out: Record<string, AnswerValue> = {};
    for (let i = 0; i < ids.length; i++) if (f[i] !== undefined) out[ids[i]!] = f[i]!;
    return out;
  };
  const outcomes = new Map(rs.outcomes.map((o) => [o.id, o]));
  const optionIndex = new Map(rs.options.map((o, i) => [o.id, i]));
  const rules = rs.rules.map((rule): CompiledRule => {
    const os = rule.outcomes.map((id) => outcomes.get(id)!);
    let points = 0;
    const fits: (readonly [number, number])[] = [];
    for (const o of os) {
      const e = o.effect;
      if (e.type === 'signal') points += e.direction === 'for' ? e.weight : -e.weight;
      else if (e.type === 'flag') points += SEVERITY_POINTS[e.severity];
      else if (e.type === 'fit') fits.push([optionIndex.get(e.option)!, e.weight]);
    }
    const outcomeResults = os.map((o) => Object.freeze({ id: o.id, label: o.label, detail: o.detail, effect: o.effect, citations: o.citations }));
    return { rule, test: compileCondition(rule.conditions, index), explain: compileExplain(rule.conditions, index), facts: factsOf(rule.conditions), outcomes: os, points, fits, outcomeResults: Object.freeze(outcomeResults) };
  });
  const rulesOf = new Map<string, number[]>(rs.questions.map((q) => [q.id, []]));
  rules.forEach((r, i) => r.facts.forEach((q) => rulesOf.get(q)!.push(i)));
  const bands = [...rs.bands].sort((a, b) => (b.atLeast ?? -Infinity) - (a.atLeast ?? -Infinity));
  const peers = peersOf(rs.rules);
  const compiled: Compiled = {
    rs,
    questions,
    schemas: new Map(rs.questions.map((q) => [q.id, questionAnswerSchema(q)])),
    rules,
    bands,
    candidates: withPeerCandidates(new Map(rs.questions.map((q) => [q.id, candidatesFor(q, rs.rules)])), peers, questions),
    peers,
    rulesOf,
    index,
    toFacts,
    toRecord,
    fastAnswers: fastValidator(rs.questions),
  };
  cache.set(rs, compiled);
  return compiled;
}

/**
 * Two numbers compared with each other have no fixed threshold: give both a value in the
 * middle of their shared range, and its neighbours, so that "what if" can land either side.
 */
function withPeerCandidates(cands: Map<string, AnswerValue[]>, peers: Map<string, string[]>, questions: ReadonlyMap<string, Question>): Map<string, AnswerValue[]> {
  for (const [a, bs] of peers)
    for (const b of bs) {
      const qa = questions.get(a)!;
      const qb = questions.get(b)!;
      if (qa.type !== 'number' || qb.type !== 'number') continue;
      const mid = Math.floor((Math.max(qa.min, qb.min) + Math.min(qa.max, qb.max)) / 2);
      const extra = [mid - 1, mid, mid + 1].filter((x) => x >= qa.min && x <= qa.max && (!qa.integer || Number.isInteger(x)));
      cands.set(a, [...new Set([...(cands.get(a) as number[]), ...extra])].sort((x, y) => x - y));
    }
  return cands;
}

function peersOf(rules: readonly Rule[]): Map<string, string[]> {
  const peers = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const xs = peers.get(a) ?? [];
    if (!xs.includes(b)) xs.push(b);
    peers.set(a, xs);
  };
  for (const r of rules)
    for (const leaf of leavesOf(r.conditions))
      if (isFactReference(leaf.value)) {
        link(leaf.fact, leaf.value.fact);
        link(leaf.value.fact, leaf.fact);
      }
  return peers;
}

function candidatesFor(q: Question, rules: readonly Rule[]): AnswerValue[] {
  switch (q.type) {
    case 'boolean':
      return [true, false];
    case 'enum':
      return q.options.map((o) => o.value);
    case 'multi-select':
      // Single choices and none: toggles of the current answer are added at evaluation time.
      return [[], ...q.options.map((o) => [o.value])];
    case 'number': {
      // Each threshold a rule compares this number with, and its neighbours on either side.
      const ts = new Set<number>([q.min, q.max]);
      for (const r of rules)
        for (const leaf of leavesOf(r.conditions))
          if (leaf.fact === q.id)
            for (const t of Array.isArray(leaf.value) ? leaf.value : [leaf.value]) if (typeof t === 'number') [t - 1, t, t + 1].forEach((x) => ts.add(x));
      return [...ts].filter((x) => x >= q.min && x <= q.max && (!q.integer || Number.isInteger(x))).sort((a, b) => a - b);
    }
  }
}

/**
 * The answers check on the hot path: plain comparisons derived from the same question
 * definitions as the zod schema. It only says yes or "look closer": anything it does not
 * accept goes through zod, which produces the detailed errors. The fuzz tests check that
 * the two agree on every input they try.
 */
function fastValidator(questions: readonly Question[]): (input: unknown) => FastFacts | undefined {
  type Check = (v: unknown) => AnswerValue | undefined;
  const checks = new Map<string, Check>();
  for (const q of questions) {
    let check: Check;
    switch (q.type) {
      case 'boolean':
        check = (v) => (typeof v === 'boolean' ? v : undefined);
        break;
      case 'enum': {
        const allowed = new Set(q.options.map((o) => o.value));
        check = (v) => (typeof v === 'string' && allowed.has(v) ? v : undefined);
        break;
      }
      case 'number': {
        const { min, max, integer } = q;
        check = (v) => (typeof v === 'number' && v >= min && v <= max && Number.isFinite(v) && (!integer || Number.isInteger(v)) ? (v === 0 ? 0 : v) : undefined);
        break;
      }
      case 'multi-select': {
        const order = q.options.map((o) => o.value);
        const allowed = new Set(order);
        check = (v) => {
          if (!Array.isArray(v) || v.length > order.length) return undefined;
          for (let i = 0; i < v.length; i++) {
            const x: unknown = v[i];
            if (!(i in v) || typeof x !== 'string' || !allowed.has(x) || v.indexOf(x) !== i) return undefined;
          }
          return order.filter((x) => v.includes(x));
        };
        break;
      }
    }
    checks.set(q.id, check);
  }
  const ids = questions.map((q) => q.id);
  const checkList = ids.map((id) => checks.get(id)!);
  const known = new Set(ids);
  return (input) => {
    if (!isPlainObject(input)) return undefined;
    const keys = Object.keys(input);
    if (keys.length > ids.length) return undefined;
    for (const k of keys) if (!known.has(k)) return undefined;
    // Straight into the array the rules read; `count` answers "how many were answered".
    const facts = new Array<AnswerValue | undefined>(ids.length).fill(undefined);
    let count = 0;
    for (let i = 0; i < ids.length; i++) {
      const v = input[ids[i]!];
      if (v === undefined || !Object.prototype.hasOwnProperty.call(input, ids[i]!)) continue;
      const ok = checkList[i]!(v);
      if (ok === undefined) return undefined;
      facts[i] = ok;
      count++;
    }
    return { facts, count };
  };
}
