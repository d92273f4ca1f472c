/**
 * What a score means, in words, instead of the raw number: signals for and against for a
 * verdict, risks by severity for a register, how well the best options fit for a ranking.
 */
import type { EvaluationResult, RankedResult } from '@coproduce/core';
import type { Locale } from '../i18n';
import { joinWords, rt } from './messages';

const severities = ['high', 'medium', 'low'] as const;

/** Whether a count takes the singular: 1 in English; 0 and 1 in French ("0 réponse"). */
function singular(locale: Locale, n: number): boolean {
  return locale === 'fr' ? n <= 1 : n === 1;
}

/** How many fired signals argue for and against (verdict rule sets). */
export function signalCounts(result: EvaluationResult): { for: number; against: number } {
  let f = 0;
  let a = 0;
  for (const r of result.rules) {
    if (r.status !== 'fired') continue;
    for (const o of r.outcomes) if (o.effect.type === 'signal') o.effect.direction === 'for' ? f++ : a++;
  }
  return { for: f, against: a };
}

/**
 * How many fired rules move an option's fit up and down (ranking rule sets). What the setting
 * does for or against an option (`scale: 'feasibility'`) is not counted: it never changes the
 * ranking, and the report says it apart ("The setting works against it"). Counting it here
 * once made a best fit read "1 answer for it, 8 against" above an option with "1 for, 0 against".
 */
export function fitCounts(result: EvaluationResult, option: string): { for: number; against: number } {
  let f = 0;
  let a = 0;
  for (const r of result.rules) {
    if (r.status !== 'fired') continue;
    for (const o of r.outcomes) if (o.effect.type === 'fit' && o.effect.option === option && o.effect.scale !== 'feasibility' && o.effect.weight !== 0) o.effect.weight > 0 ? f++ : a++;
  }
  return { for: f, against: a };
}

/** "8 answers for it, 1 against". */
export function fitWords(result: EvaluationResult, option: string, locale: Locale): string {
  const c = fitCounts(result, option);
  return rt(locale, 'score.fit', { for: c.for, forWord: rt(locale, singular(locale, c.for) ? 'score.answer.one' : 'score.answer.many'), against: c.against });
}

/** The options tied at the top of a ranking (one when there is a clear best). */
export function topOptions(result: EvaluationResult): readonly RankedResult[] {
  const first = result.ranking[0];
  return first ? result.ranking.filter((o) => o.score === first.score) : [];
}

/**
 * The verdict's score in plain words, for a compact summary ("6 signals for, 1 against",
 * "2 high and 1 low risk flagged", "Best fit: Embedded brokering team (8 answers for it, 0 against)").
 * Pass a result already localised to `locale` (see `localizeResult`).
 */
export function plainScore(result: EvaluationResult, locale: Locale = 'en'): string {
  if (result.status === 'insufficient-information' || result.verdict.score === null) return rt(locale, 'score.insufficient');
  switch (result.ruleSet.kind) {
    case 'verdict': {
      const c = signalCounts(result);
      return rt(locale, 'score.signals', { for: c.for, forWord: rt(locale, singular(locale, c.for) ? 'score.signal.one' : 'score.signal.many'), against: c.against });
    }
    case 'register': {
      const parts = severities
        .map((s) => ({ s, n: result.risks.filter((r) => r.severity === s).length }))
        .filter((x) => x.n > 0)
        .map((x) => rt(locale, singular(locale, x.n) ? 'score.risk.one' : 'score.risk.many', { n: x.n, severity: rt(locale, `severity.${x.s}`) }));
      return parts.length ? rt(locale, 'score.risks', { list: joinWords(locale, parts) }) : rt(locale, 'score.risks.none');
    }
    case 'ranking': {
      const top = topOptions(result);
      if (top.length === 0 || top[0]!.score <= 0) return rt(locale, 'score.noneFits');
      if (top.length > 1) return rt(locale, 'score.level', { options: joinWords(locale, top.map((o) => o.label)) });
      // The verdict may be "no clear fit" for other reasons (the aim unanswered): then the top
      // option is only the closest, never called the best fit.
      const key = result.verdict.id === top[0]!.option ? 'score.best' : 'score.closest';
      return rt(locale, key, { option: top[0]!.label, fit: fitWords(result, top[0]!.option, locale) });
    }
  }
}
