/**
 * What changed between two decision records: rule-set versions and hashes, verdicts,
 * statuses, answers, and which rules changed status. Rules come from the records' full
 * results, or from re-running the answers on the very rule set a record names (same id,
 * version and hash), so a compact record can still be compared rule by rule.
 */
import { evaluate, type EvaluationResult, type RuleChange, type RuleSet } from '@coproduce/core/evaluation';
import { profileQuestions, profileFor, ruleSets as builtIn } from '../profile';
import { translate, type Locale } from '../i18n';
import { answerWords } from './answer-words';
import type { DecisionRecord, DecisionRecordEntry } from './decision-record';
import { readDecisionRecord } from './read-decision-record';
import { checkLocale, checkRuleSets } from './input';
import { rt } from './messages';

export interface RuleSetComparison {
  readonly key: string;
  readonly id: string;
  /** Null when the rule set is only in the other record. */
  readonly before: DecisionRecordEntry | null;
  readonly after: DecisionRecordEntry | null;
  readonly versionChanged: boolean;
  /** Same id and version, different content: it was changed without a new version. */
  readonly hashChanged: boolean;
  readonly verdictChanged: boolean;
  readonly statusChanged: boolean;
  /** Rules whose status changed; null when neither full results nor the rule set are available. */
  readonly ruleChanges: readonly RuleChange[] | null;
}

export interface AnswerChange {
  readonly question: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface RecordComparison {
  readonly ruleSets: readonly RuleSetComparison[];
  readonly answers: readonly AnswerChange[];
  /** True when nothing differs: same rule sets, verdicts, statuses, answers and rules. */
  readonly same: boolean;
  /** The differences in plain sentences, most important first. */
  readonly summary: readonly string[];
}

export interface CompareOptions {
  readonly locale?: Locale;
  /** Rule sets (beyond the built-in current ones) that records may name. */
  readonly ruleSets?: readonly RuleSet[];
}

/** Compare two decision records (objects or JSON text; both are checked first). */
export function compareRecords(a: unknown, b: unknown, options: CompareOptions = {}): RecordComparison {
  const before = readDecisionRecord(a);
  const after = readDecisionRecord(b);
  const locale = checkLocale(options.locale, 'locale');
  const known = [...Object.values(builtIn), ...checkRuleSets(options.ruleSets, 'ruleSets')] as RuleSet[];

  const keys = [...new Set([...before.ruleSets.map((e) => e.key), ...after.ruleSets.map((e) => e.key)])];
  const ruleSets = keys.map((key): RuleSetComparison => {
    const x = before.ruleSets.find((e) => e.key === key) ?? null;
    const y = after.ruleSets.find((e) => e.key === key) ?? null;
    const rx = x && resultOf(before, x, known);
    const ry = y && resultOf(after, y, known);
    // Core's compareAssessments re-runs one saved answer set on a newer rule set; here each
    // side has its own answers, so the two sides' rules are compared directly.
    const ruleChanges = rx && ry ? diffRules(rx, ry) : null;
    return {
      key,
      id: (y ?? x)!.id,
      before: x,
      after: y,
      versionChanged: !!x && !!y && x.version !== y.version,
      hashChanged: !!x && !!y && x.version === y.version && x.hash !== y.hash,
      verdictChanged: !!x && !!y && x.verdict.id !== y.verdict.id,
      statusChanged: !!x && !!y && x.status !== y.status,
      ruleChanges,
    };
  });

  const qs = new Map(profileQuestions.map((q) => [q.id, q]));
  for (const rs of known) for (const q of rs.questions) if (!qs.has(q.id)) qs.set(q.id, q);
  const ids = [...new Set([...Object.keys(before.answers), ...Object.keys(after.answers)])];
  const answers = ids
    .filter((id) => JSON.stringify(before.answers[id]) !== JSON.stringify(after.answers[id]))
    .map((question) => ({ question, before: before.answers[question] ?? null, after: after.answers[question] ?? null }));

  const summary: string[] = [];
  const title = (c: RuleSetComparison) => {
    const key = `rs.${c.id}.title`;
    return titleOf(key, locale) ?? c.id;
  };
  for (const c of ruleSets) {
    const t = title(c);
    if (!c.before) summary.push(rt(locale, 'cmp.added', { title: t, verdict: c.after!.verdict.label }));
    else if (!c.after) summary.push(rt(locale, 'cmp.removed', { title: t, verdict: c.before.verdict.label }));
    else {
      if (c.hashChanged) summary.push(rt(locale, 'cmp.hash', { title: t, version: c.after.version, from: c.before.hash.slice(0, 12), to: c.after.hash.slice(0, 12) }));
      if (c.versionChanged) summary.push(rt(locale, 'cmp.version', { title: t, from: c.before.version, to: c.after.version }));
      if (c.verdictChanged) summary.push(rt(locale, 'cmp.verdict', { title: t, from: c.before.verdict.label, to: c.after.verdict.label }));
      if (c.statusChanged) summary.push(rt(locale, 'cmp.status', { title: t, from: rt(locale, `st.${c.before.status}`), to: rt(locale, `st.${c.after.status}`) }));
      if (c.ruleChanges === null) summary.push(rt(locale, 'cmp.rulesUnknown', { title: t }));
      else if (c.ruleChanges.length) summary.push(rt(locale, 'cmp.rules', { title: t, n: c.ruleChanges.length }));
      if (!c.hashChanged && !c.versionChanged && !c.verdictChanged && !c.statusChanged && c.ruleChanges?.length === 0) summary.push(rt(locale, 'cmp.same', { title: t, verdict: c.after.verdict.label }));
    }
  }
  for (const ch of answers) {
    const q = qs.get(ch.question);
    const words = (v: unknown) => (v === null ? rt(locale, 'cmp.noAnswer') : q ? answerWords(q, v as never, locale).value : JSON.stringify(v));
    summary.push(rt(locale, 'cmp.answer', { question: q ? answerWords(q, (ch.after ?? ch.before) as never, locale).key : ch.question, from: words(ch.before), to: words(ch.after) }));
  }
  const same = answers.length === 0 && ruleSets.every((c) => c.before && c.after && !c.hashChanged && !c.versionChanged && !c.verdictChanged && !c.statusChanged && c.ruleChanges?.length === 0);
  return { ruleSets, answers, same, summary };
}

/** The full result a record holds for a rule set, or the one its answers give on that exact rule set. */
function resultOf(rec: DecisionRecord, e: DecisionRecordEntry, known: readonly RuleSet[]): EvaluationResult | null {
  const full = rec.results?.[e.key] as EvaluationResult | undefined;
  if (full && Array.isArray(full.rules)) return full;
  const rs = known.find((x) => x.id === e.id && x.version === e.version && x.hash === e.hash);
  return rs ? evaluate(rs, profileFor(rs, rec.answers)) : null;
}

export function diffRules(x: EvaluationResult, y: EvaluationResult): RuleChange[] {
  const before = new Map(x.rules.map((r) => [r.id, r]));
  const after = new Map(y.rules.map((r) => [r.id, r]));
  const out: RuleChange[] = [];
  for (const r of y.rules) {
    const b = before.get(r.id)?.status ?? 'absent';
    if (b !== r.status) out.push({ id: r.id, before: b, after: r.status, explanation: r.explanation });
  }
  for (const r of x.rules) if (!after.has(r.id)) out.push({ id: r.id, before: r.status, after: 'absent', explanation: r.explanation });
  return out;
}

function titleOf(key: string, locale: Locale): string | undefined {
  const t = translate(locale, key);
  return t === key ? undefined : t;
}
