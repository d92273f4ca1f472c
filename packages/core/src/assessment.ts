import { canonicalJson } from './canonical';
import { ValidationError } from './errors';
import { evaluate } from './evaluate';
import type { AnswerValue } from './model/question';
import { RESULT_FORMAT, type EvaluationResult, type RuleResult } from './result';
import { isRuleSet, type RuleSet } from './rule-set';
import { loadRuleSet } from './load';
import { parseAssessment, type SavedAssessment } from './saved-assessment';

export { parseAssessment, type SavedAssessment };

export interface RuleChange {
  readonly id: string;
  readonly before: RuleResult['status'] | 'absent';
  readonly after: RuleResult['status'] | 'absent';
  /** Why the rule exists (from the newer rule set where it still exists). */
  readonly explanation: string;
}

export interface AssessmentComparison {
  /** `same-version`: same id, version and hash. `hash-mismatch`: same id and version but different content. */
  readonly relation: 'same-version' | 'newer-version' | 'older-version' | 'hash-mismatch' | 'different-rule-set';
  /** True when re-evaluating gives a byte-identical result. */
  readonly identical: boolean;
  readonly before: { readonly version: string; readonly hash: string; readonly verdict: { readonly id: string; readonly label: string; readonly score: number | null } };
  readonly after: { readonly version: string; readonly hash: string; readonly verdict: { readonly id: string; readonly label: string; readonly score: number | null } };
  readonly verdictChanged: boolean;
  /** Saved answers to questions the rule set no longer asks: left out of the re-run, never silently reinterpreted. */
  readonly droppedAnswers: readonly string[];
  readonly ruleChanges: readonly RuleChange[];
  /** The re-evaluated result. */
  readonly result: EvaluationResult;
  /** The differences in plain sentences, most important first. */
  readonly summary: readonly string[];
}

/**
 * Re-run a saved assessment against a rule set (the same version, or a newer one) and say
 * what changed and why. Against the same version the result is byte-identical; a rule set
 * whose content differs from the hash the assessment recorded is reported, not trusted.
 */
export function compareAssessments(saved: unknown, ruleSet: RuleSet | unknown): AssessmentComparison {
  const old = parseAssessment(saved);
  const rs = isRuleSet(ruleSet) ? ruleSet : loadRuleSet(ruleSet);
  const asked = new Set(rs.questions.map((q) => q.id));
  const droppedAnswers = Object.keys(old.answers).filter((k) => !asked.has(k));
  const kept = Object.fromEntries(Object.entries(old.answers).filter(([k]) => asked.has(k)));
  const result = evaluate(rs as RuleSet, kept);

  const relation: AssessmentComparison['relation'] =
    old.ruleSet.id !== rs.id
      ? 'different-rule-set'
      : old.ruleSet.version === rs.version
        ? old.ruleSet.hash === rs.hash
          ? 'same-version'
          : 'hash-mismatch'
        : compareSemver(rs.version, old.ruleSet.version) > 0
          ? 'newer-version'
          : 'older-version';

  const oldVerdict = old.verdict ? { id: old.verdict.id, label: old.verdict.label, score: old.verdict.score } : { id: 'unknown', label: 'unknown (not saved)', score: null };
  const newVerdict = { id: result.verdict.id, label: result.verdict.label, score: result.verdict.score };
  const before = new Map((old.rules ?? []).map((r) => [r.id, r.status]));
  const after = new Map(result.rules.map((r) => [r.id, r]));
  const ruleChanges: RuleChange[] = [];
  for (const r of result.rules) {
    const b = before.get(r.id) ?? 'absent';
    if (b !== r.status) ruleChanges.push({ id: r.id, before: b, after: r.status, explanation: r.explanation });
  }
  for (const [id, status] of before) if (!after.has(id)) ruleChanges.push({ id, before: status, after: 'absent', explanation: (old.rules ?? []).find((r) => r.id === id)?.explanation ?? '' });

  const identical = canonicalJson(old) === canonicalJson(result);
  const verdictChanged = oldVerdict.id !== newVerdict.id || oldVerdict.score !== newVerdict.score;
  const summary: string[] = [];
  if (relation === 'hash-mismatch')
    summary.push(`Rule set ${rs.id} ${rs.version} is not the one this assessment used: its content hash is ${rs.hash.slice(0, 12)}…, the assessment recorded ${old.ruleSet.hash.slice(0, 12)}…. It was changed without a new version.`);
  if (relation === 'different-rule-set') summary.push(`This assessment was made with rule set ${old.ruleSet.id}, not ${rs.id}.`);
  if (relation === 'newer-version' || relation === 'older-version') summary.push(`Re-evaluated with ${rs.id} ${rs.version} (the assessment used ${old.ruleSet.version}).`);
  if (verdictChanged) summary.push(`The verdict changed from "${oldVerdict.label}" (${oldVerdict.score ?? 'no score'}) to "${newVerdict.label}" (${newVerdict.score ?? 'no score'}).`);
  else summary.push(`The verdict is unchanged: "${newVerdict.label}".`);
  for (const c of ruleChanges) {
    const what =
      c.before === 'absent' ? `is new and ${c.after === 'fired' ? 'now applies' : c.after === 'not-fired' ? 'does not apply' : 'awaits answers'}` :
      c.after === 'absent' ? 'was removed' :
      `${c.after === 'fired' ? 'now applies' : c.after === 'not-fired' ? 'no longer applies' : 'now awaits answers'} (was ${c.before})`;
    summary.push(`Rule "${c.id}" ${what}${c.explanation ? `: ${c.explanation}` : '.'}`);
  }
  if (droppedAnswers.length) summary.push(`Answers no longer asked, left out: ${droppedAnswers.join(', ')}.`);
  if (identical) summary.splice(0, summary.length, 'Re-evaluation gives a byte-identical result.');

  return {
    relation,
    identical,
    before: { version: old.ruleSet.version, hash: old.ruleSet.hash, verdict: oldVerdict },
    after: { version: rs.version, hash: rs.hash, verdict: newVerdict },
    verdictChanged,
    droppedAnswers,
    ruleChanges,
    result,
    summary,
  };
}

function compareSemver(a: string, b: string): number {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return d;
  }
  return a === b ? 0 : a.includes('-') && !b.includes('-') ? -1 : !a.includes('-') && b.includes('-') ? 1 : a < b ? -1 : 1;
}
