/** A question and its answer as a reader sees them, in the locale. */
import type { AnswerValue, Question } from '@coproduce/core';
import { answerLabel, localizeQuestion, type Locale } from '../i18n';
import { rt } from './messages';

export function answerWords(q: Question, value: AnswerValue, locale: Locale): { key: string; value: string } {
  const lq = localizeQuestion(q, locale);
  const option = (v: string) => (lq.type === 'enum' || lq.type === 'multi-select' ? lq.options.find((o) => o.value === v)?.label ?? v : v);
  let words: string;
  switch (lq.type) {
    case 'boolean':
      words = rt(locale, value ? 'yes' : 'no');
      break;
    case 'enum':
      words = option(String(value));
      break;
    case 'multi-select': {
      const xs = Array.isArray(value) ? (value as readonly string[]) : [];
      words = xs.length ? xs.map(option).join('; ') : rt(locale, 'none');
      break;
    }
    default:
      words = answerLabel(q, value, locale);
  }
  return { key: lq.label, value: words };
}
