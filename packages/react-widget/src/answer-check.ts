import { answerIssue, type Question } from '@coproduce/core';
import { ui } from './messages';
import type { Locale } from '@coproduce/rules/i18n';

/**
 * Whether a value is a valid answer to a question, and if not what to tell the person, in
 * plain words ("Enter a whole number from 1 to 50"). The core's answer check decides; this
 * only chooses the words, so one answer costs no schema and no evaluation.
 */
export function answerProblem(q: Question, value: unknown, locale: Locale): string | undefined {
  if (answerIssue(q, value) === undefined) return undefined;
  switch (q.type) {
    case 'number':
      return ui(locale, q.integer ? 'needWhole' : 'needNumber', { min: q.min, max: q.max });
    case 'multi-select':
      return ui(locale, 'needChoices');
    default:
      return ui(locale, 'needChoice');
  }
}
