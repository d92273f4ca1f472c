import { compile } from './compile';
import type { AnswerValue } from './model/question';
import { isRuleSet, loadRuleSet, type RuleSet } from './rule-set';

/**
 * The questions that can still matter, given the answers so far: answered questions, and
 * unanswered ones for which some answer would change how at least one rule comes out.
 * A form can hide the rest (for example, "could the decision still be reversed?" once the
 * research is about how to implement, not whether). Answers are not validated here: pass
 * answers that `evaluate` accepts.
 */
export function relevantQuestions<A>(ruleSet: RuleSet<A>, answers: A): string[] {
  const c = compile(isRuleSet(ruleSet) ? ruleSet : loadRuleSet(ruleSet));
  const facts = (c.fastAnswers(answers) ?? {}) as Record<string, AnswerValue | undefined>;
  const scratch = { ...facts };
  const out: string[] = [];
  for (const q of c.rs.questions) {
    if (facts[q.id] !== undefined) {
      out.push(q.id);
      continue;
    }
    const tries = c.candidates.get(q.id)!;
    const affected = c.rulesOf.get(q.id)!;
    let matters = false;
    for (const i of affected) {
      const test = c.rules[i]!.test;
      let first: number | undefined;
      for (const v of tries) {
        scratch[q.id] = v;
        const r = test(scratch);
        if (first === undefined) first = r;
        else if (r !== first) {
          matters = true;
          break;
        }
      }
      if (matters) break;
    }
    scratch[q.id] = undefined;
    if (matters) out.push(q.id);
  }
  return out;
}
