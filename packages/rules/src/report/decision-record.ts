/**
 * A decision record: the compact, re-checkable trace of an assessment — the answers, and
 * for each rule set the exact version and content hash used and the verdict it gave.
 * `full: true` keeps the whole results too (for comparing rule by rule later).
 */
import { parseAssessment, ValidationError, type AnswerValue, type EvaluationResult, type Problem, type ResultStatus } from '@coproduce/core';
import * as z from 'zod/mini';
import { locales, type Locale } from '../i18n';
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

/** Built on first use, so that a bundle that never reads a record leaves zod's schema out. */
let schema: ReturnType<typeof makeSchema> | undefined;
const recordSchema = () => (schema ??= makeSchema());

function makeSchema() {
  const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
  const answerSchema = z.union([z.boolean(), z.number(), z.string().check(z.maxLength(200)), z.array(z.string().check(z.maxLength(200))).check(z.maxLength(64))]);
  return z.strictObject({
    format: z.literal(DECISION_RECORD_FORMAT),
    created: text(40).check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO date')),
    projectName: z.optional(z.string().check(z.maxLength(200))),
    locale: z.optional(z.enum(locales)),
    answers: z.record(text(64), answerSchema),
    ruleSets: z
      .array(
        z.strictObject({
          key: text(64),
          id: text(64),
          version: text(40),
          hash: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'a SHA-256 hash: 64 lowercase hex digits')),
          verdict: z.strictObject({ id: text(64), label: text(200) }),
          status: z.enum(['complete', 'provisional', 'insufficient-information']),
        }),
      )
      .check(z.minLength(1), z.maxLength(32)),
    results: z.optional(z.record(text(64), z.unknown())),
  });
}

/**
 * Read a decision record (an object, or its JSON text) and check it: a `ValidationError`
 * (target `assessment`) lists every problem, each naming its field.
 */
export function readDecisionRecord(json: unknown): DecisionRecord {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (err) {
      throw new ValidationError('assessment', [{ path: [], message: `not valid JSON (${(err as Error).message.slice(0, 80)})`, expected: 'a decision record in JSON' }]);
    }
  }
  const parsed = z.safeParse(recordSchema(), input);
  if (!parsed.success)
    throw new ValidationError(
      'assessment',
      parsed.error.issues.map((i): Problem => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message, expected: expectedOf(i) })),
    );
  const rec = parsed.data;
  const problems: Problem[] = [];
  const keys = new Set<string>();
  rec.ruleSets.forEach((e, i) => {
    if (keys.has(e.key)) problems.push({ path: ['ruleSets', i, 'key'], message: `duplicate key "${e.key}"`, expected: 'each rule set once' });
    keys.add(e.key);
  });
  for (const [key, r] of Object.entries(rec.results ?? {})) {
    if (!keys.has(key)) problems.push({ path: ['results', key], message: `no rule set "${key}" in ruleSets`, expected: `one of: ${[...keys].join(', ')}` });
    try {
      const a = parseAssessment(r);
      const e = rec.ruleSets.find((x) => x.key === key);
      if (e && (a.ruleSet.id !== e.id || a.ruleSet.version !== e.version || a.ruleSet.hash !== e.hash))
        problems.push({ path: ['results', key, 'ruleSet'], message: 'the full result is for another rule set version than ruleSets says', expected: `${e.id} ${e.version}` });
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      for (const p of err.problems) problems.push({ ...p, path: ['results', key, ...p.path] });
    }
  }
  if (problems.length) throw new ValidationError('assessment', problems);
  return rec as DecisionRecord;
}

function expectedOf(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected;
    case 'invalid_value':
      return issue.values.map((v) => JSON.stringify(v)).join(' or ');
    case 'unrecognized_keys':
      return 'no other fields';
    default:
      return undefined;
  }
}
