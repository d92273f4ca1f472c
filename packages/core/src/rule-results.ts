import { FALSE, TRUE, UNKNOWN, type Facts, type Tri } from './conditions';
import type { Encoding } from './encoding';
import type { Question } from './model/question';
import type { DecidingAnswer, RuleResult } from './result';
import type { CompiledRule } from './compile';

export interface ExplainedRule {
  readonly status: Tri;
  readonly result: RuleResult;
}

/** Shared by every result part that has nothing to list: frozen, so no result can change another. */
export const NONE: readonly never[] = Object.freeze([]);
/**
 * Distinct answer combinations remembered per rule; past that, parts are made afresh. Small
 * enough that a caller sending endless distinct numbers holds at most a few MB per rule set.
 */
export const CAPACITY = 256;

/**
 * A rule's part of a result (its status, the answers that decided it, what it waits on)
 * depends only on the answers the rule reads. So it is made once per combination of those
 * answers, frozen, and shared by every result with the same combination: most rules read
 * one or two questions with a handful of possible answers each.
 */
export function ruleExplainer(cr: CompiledRule, questions: readonly Question[], encodings: readonly Encoding[]): (f: Facts) => ExplainedRule {
  const idx = cr.factIndex;
  const make = (f: Facts): ExplainedRule => {
    const sink: number[] = [];
    const status = cr.explain(f, sink) as Tri;
    let decidedBy: readonly DecidingAnswer[] = NONE;
    let waitingOn: readonly string[] = NONE;
    if (status === UNKNOWN) waitingOn = Object.freeze(cr.facts.filter((_, k) => Number.isNaN(f[idx[k]!])));
    else if (sink.length)
      decidedBy = Object.freeze(sink.map((q) => Object.freeze({ question: questions[q]!.id, label: questions[q]!.label, answer: encodings[q]!.decode(f[q]!) })));
    const rule = cr.rule;
    const word = status === TRUE ? 'fired' : status === FALSE ? 'not-fired' : 'undetermined';
    // Two literals rather than a spread: fixed shapes, keys in the documented order.
    const result: RuleResult =
      cr.evidence === undefined
        ? { id: rule.id, status: word, explanation: rule.explanation, decidedBy, waitingOn, outcomes: cr.outcomeResults, citations: rule.citations }
        : { id: rule.id, status: word, explanation: rule.explanation, decidedBy, waitingOn, outcomes: cr.outcomeResults, citations: rule.citations, evidence: cr.evidence };
    return Object.freeze({ status, result: Object.freeze(result) });
  };
  let size = 0;
  // Nested maps, one level per answer the rule reads (NaN, unanswered, is a key like any other).
  type Node = Map<number, Node | ExplainedRule>;
  const root: Node = new Map();
  const last = idx.length - 1;
  return (f) => {
    let node = root;
    for (let k = 0; k < last; k++) {
      const key = f[idx[k]!]!;
      let next = node.get(key) as Node | undefined;
      if (next === undefined) {
        if (size >= CAPACITY) return make(f);
        next = new Map();
        node.set(key, next);
      }
      node = next;
    }
    const key = f[idx[last]!]!;
    let e = node.get(key) as ExplainedRule | undefined;
    if (e === undefined) {
      e = make(f);
      if (size++ < CAPACITY) node.set(key, e);
    }
    return e;
  };
}
