/**
 * A decision record: the compact, re-checkable trace of an assessment — the answers, and
 * for each rule set the exact version and content hash used and the verdict it gave.
 * `full: true` keeps the whole results too (for comparing rule by rule later).
 */
import type { AnswerValue, EvaluationResult, ResultStatus } from '@coproduce/core';
import type { Locale } from '../i18n';
import { checkDate, checkLocale, checkResults, checkText } from './input';

export const DECISION_RECORD_FORMAT = 'coproduce/decision-record@1' as const;

export interface DecisionRecordEntry {
  /** The key the result was given under (`criteria`, `costs`, `brokering`, or a custom rule set's id). */
  readonly key: string;
  readonly id: string;
  readonly version: string;
  readonly hash: string;
  readonly verdict: { readonly id: string; readonly label: string };
  readonly status: ResultStatus;
}

export interface DecisionRecord {
  readonly format: typeof DECISION_RECORD_FORMAT;
  /** ISO date (or timestamp) the record was made. */
  readonly created: string;
  readonly projectName?: string;
  /** The language the person read the advice in; the record itself keeps the rule sets' own words. */
  readonly locale?: Locale;
  /** The answers given (the profile), merged across rule sets. */
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly ruleSets: readonly DecisionRecordEntry[];
  /** The full results, only when asked for with `{ full: true }`. */
  readonly results?: Readonly<Record<string, EvaluationResult>>;
}

export interface DecisionRecordOptions {
  readonly full?: boolean;
  readonly projectName?: string;
  /** ISO date; today when omitted. */
  readonly created?: string;
  readonly locale?: Locale;
}

/** Make a decision record from results (pass them as evaluated, in the rule sets' own language). */
export function decisionRecord(results: Readonly<Record<string, EvaluationResult | undefined>>, options: DecisionRecordOptions = {}): DecisionRecord {
  const entries = checkResults(results, 'results');
  const created = checkDate(options.created, 'created');
  const projectName = checkText(options.projectName, 'projectName');
  const locale = options.locale === undefined ? undefined : checkLocale(options.locale, 'locale');
  const answers: Record<string, AnswerValue> = {};
  for (const [, r] of entries) Object.assign(answers, r.answers);
  const record: DecisionRecord = {
    format: DECISION_RECORD_FORMAT,
    created,
    ...(projectName !== undefined ? { projectName } : {}),
    ...(locale ? { locale } : {}),
    answers,
    ruleSets: entries.map(([key, r]) => ({ key, id: r.ruleSet.id, version: r.ruleSet.version, hash: r.ruleSet.hash, verdict: { id: r.verdict.id, label: r.verdict.label }, status: r.status })),
    ...(options.full ? { results: Object.fromEntries(entries) } : {}),
  };
  // A copy through JSON: the record holds no references into the caller's results.
  return JSON.parse(JSON.stringify(record)) as DecisionRecord;
}
