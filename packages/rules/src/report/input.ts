/** Checks on what callers pass to the report functions: typed errors naming the field. */
import { isRuleSet, RESULT_FORMAT, ValidationError, type EvaluationResult, type Problem, type RuleSet } from '@coproduce/core/evaluation';
import { locales, type Locale } from '../i18n';
import { REPORT_FORMAT } from './model';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function checkLocale(locale: unknown, path: string): Locale {
  if (locale === undefined) return 'en';
  if (typeof locale === 'string' && (locales as readonly string[]).includes(locale)) return locale as Locale;
  throw new ValidationError('options', [{ path: [path], message: 'unknown locale', expected: `one of: ${locales.join(', ')}`, received: typeof locale === 'string' ? JSON.stringify(locale.slice(0, 40)) : typeof locale }]);
}

/** An ISO date (YYYY-MM-DD, or a full ISO timestamp); today when omitted. */
export function checkDate(date: unknown, path: string): string {
  if (date === undefined) return new Date().toISOString().slice(0, 10);
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(date) && !Number.isNaN(Date.parse(date))) return date;
  throw new ValidationError('options', [{ path: [path], message: 'not an ISO date', expected: 'a date like 2026-12-01', received: typeof date === 'string' ? JSON.stringify(date.slice(0, 40)) : typeof date }]);
}

export function checkText(x: unknown, path: string, max = 200): string | undefined {
  if (x === undefined) return undefined;
  if (typeof x === 'string' && x.length <= max) return x;
  throw new ValidationError('options', [{ path: [path], message: 'not a short text', expected: `a string of at most ${max} characters`, received: typeof x === 'string' ? `string of ${x.length} characters` : typeof x }]);
}

/** Results keyed by rule set; each must be what `evaluate()` returns. */
export function checkResults(results: unknown, path: string): [string, EvaluationResult][] {
  if (!isObject(results)) throw new ValidationError('options', [{ path: [path], message: 'results must be an object', expected: 'results keyed by rule set, e.g. { criteria, costs, brokering }', received: Array.isArray(results) ? 'array' : results === null ? 'null' : typeof results }]);
  const problems: Problem[] = [];
  const out: [string, EvaluationResult][] = [];
  for (const [key, r] of Object.entries(results)) {
    if (r === undefined) continue;
    if (!isObject(r) || r.format !== RESULT_FORMAT || !isObject(r.ruleSet) || !isObject(r.verdict) || !Array.isArray(r.rules) || !isObject(r.answers))
      problems.push({ path: [path, key], message: 'not an evaluation result', expected: `a result returned by evaluate() (format ${RESULT_FORMAT})`, received: isObject(r) ? 'object' : typeof r });
    else out.push([key, r as unknown as EvaluationResult]);
  }
  if (problems.length) throw new ValidationError('options', problems);
  return out;
}

/** A renderer's input must be a report from `buildReport` (possibly read back from JSON). */
export function checkReport(report: unknown): void {
  if (!isObject(report) || report.format !== REPORT_FORMAT || !Array.isArray(report.blocks) || typeof report.locale !== 'string')
    throw new ValidationError('options', [{ path: ['report'], message: 'not a report', expected: `what buildReport() returns (format "${REPORT_FORMAT}")`, received: isObject(report) ? 'object' : Array.isArray(report) ? 'array' : typeof report }]);
}

/** A whole number of columns within bounds, or the default. */
export function checkWidth(width: unknown, fallback: number): number {
  if (width === undefined) return fallback;
  if (typeof width === 'number' && Number.isInteger(width) && width >= 20 && width <= 1000) return width;
  throw new ValidationError('options', [{ path: ['width'], message: 'not a usable line width', expected: 'a whole number of columns from 20 to 1000', received: typeof width === 'number' ? String(width) : typeof width }]);
}

/** Custom rule sets, as `defineRuleSet` or `loadRuleSet` return them. */
export function checkRuleSets(x: unknown, path: string): readonly RuleSet[] {
  if (x === undefined) return [];
  if (!Array.isArray(x)) throw new ValidationError('options', [{ path: [path], message: 'not a list of rule sets', expected: 'an array of rule sets from defineRuleSet() or loadRuleSet()', received: typeof x }]);
  const problems: Problem[] = [];
  x.forEach((rs, i) => {
    if (!isRuleSet(rs)) problems.push({ path: [path, i], message: 'not a loaded rule set', expected: 'a rule set from defineRuleSet() or loadRuleSet()', received: typeof rs });
  });
  if (problems.length) throw new ValidationError('options', problems);
  return x as RuleSet[];
}
