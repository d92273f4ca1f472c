import { readFacts, resolve } from './evaluate';
import type { RuleSet } from './rule-set';

/**
 * The questions that can still matter, given the answers so far: answered questions, and
 * unanswered ones for which some answer would change how at least one rule comes out.
 * A form can hide the rest (for example, "could the decision still be reversed?" once the
 * research is about how to implement, not whether). Answers are checked as `evaluate`
 * checks them: bad input throws the same `ValidationError`.
 */
export function relevantQuestions<A>(ruleSet: RuleSet<A>, answers: A): string[] {
  const c = resolve(ruleSet);
  const facts = readFacts(c, answers);
  const scratch = facts.slice();
  const at = (id: string) => c.index.get(id)!;
  const out: string[] = [];
  for (const q of c.rs.questions) {
    if (facts[at(q.id)] === facts[at(q.id)]) {
      out.push(q.id);
      continue;
    }
    const tries = c.candidates[at(q.id)]!;
    let matters = false;
    for (const i of c.rulesOf[at(q.id)]!) {
      const rule = c.rules[i]!;
      // q matters to this rule if, for some answers to the rule's other open questions,
      // two answers to q give the rule different outcomes.
      const open = rule.facts.filter((f) => f !== q.id && Number.isNaN(facts[at(f)]));
      const combos = open.reduce((n, f) => n * Math.max(1, c.candidates[at(f)]!.length), 1);
      if (combos > 512) {
        matters = true; // too many to try: keep the question rather than guess
        break;
      }
      const assign = (k: number): boolean => {
        if (k === open.length) {
          let first: number | undefined;
          for (const v of tries) {
            scratch[at(q.id)] = v;
            const r = rule.test(scratch);
            if (first === undefined) first = r;
            else if (r !== first) return true;
          }
          return false;
        }
        const f = open[k]!;
        for (const v of c.candidates[at(f)]!) {
          scratch[at(f)] = v;
          if (assign(k + 1)) return true;
        }
        return false;
      };
      matters = assign(0);
      for (const f of open) scratch[at(f)] = Number.NaN;
      if (matters) break;
    }
    scratch[at(q.id)] = Number.NaN;
    if (matters) out.push(q.id);
  }
  return out;
}
