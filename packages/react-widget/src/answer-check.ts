import type { AnswerValue, Question } from '@coproduce/core';
import { ui } from './messages';
import type { Locale } from '@coproduce/rules/i18n';

/**
 * Whether a value is a valid answer to a question, and if not what to tell the person, in
 * plain words ("Enter a whole number from 1 to 50"). The same rules as the core's answer
 * schemas (type, range, whole numbers, listed options), checked directly so that one
 * answer costs no schema and no evaluation.
 */
export function answerProblem(q: Question, value: unknown, locale: Locale): string | undefined {
  switch (q.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : ui(locale, 'needChoice');
    case 'number': {
      const ok = typeof value === 'number' && Number.isFinite(value) && value >= q.min && value <= q.max && (!q.integer || Number.isInteger(value));
      return ok ? undefined : ui(locale, q.integer ? 'needWhole' : 'needNumber', { min: q.min, max: q.max });
    }
    case 'enum':
      return typeof value === 'string' && q.options.some((o) => o.value === value) ? undefined : ui(locale, 'needChoice');
    case 'multi-select':
      return Array.isArray(value) && value.every((v) => q.options.some((o) => o.value === v)) && new Set(value).size === value.length ? undefined : ui(locale, 'needChoices');
  }
}

export const isAnswer = (q: Question, v: unknown): v is AnswerValue => answerProblem(q, v, 'en') === undefined;
