import type { TopCondition } from './model/condition';
import type { RuleSet } from './rule-set';

/** A rule in json-rules-engine's documented JSON rule format. */
export interface JsonRulesEngineRule {
  name: string;
  priority: number;
  conditions: Mutable<TopCondition>;
  event: { type: string; params: { ruleSet: string; version: string; outcomes: string[] } };
}

/** The export is a fresh copy, so its type is mutable, as json-rules-engine's own types expect. */
type Mutable<T> = T extends readonly (infer U)[] ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;

/**
 * Export a rule set's rules as plain json-rules-engine rules. Load them into
 * `new Engine(rules, { allowUndefinedFacts: true })` and run with the answers as facts:
 * the same rules fire as in `evaluate` (json-rules-engine is our reference semantics).
 * The event type is the rule id.
 */
export function toJsonRulesEngine(rs: RuleSet): JsonRulesEngineRule[] {
  return rs.rules.map((r) => ({
    name: r.id,
    priority: r.priority ?? 1,
    // A structural copy: json-rules-engine annotates the condition objects it is given.
    conditions: JSON.parse(JSON.stringify(r.conditions)) as Mutable<TopCondition>,
    event: { type: r.id, params: { ruleSet: rs.id, version: rs.version, outcomes: [...r.outcomes] } },
  }));
}
