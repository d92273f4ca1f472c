import { localizeQuestion, profileQuestions, type Locale } from '@coproduce/rules';
import { profileJsonSchema } from '@coproduce/rules/profile-schema';
import { csvCell } from '../screen/output';

export type QuestionsFormat = 'md' | 'json-schema' | 'csv-template';

/** How a question is answered, in a CSV cell or a JSON value. */
function answerForm(q: (typeof profileQuestions)[number]): string {
  switch (q.type) {
    case 'boolean':
      return 'yes or no (JSON: true or false)';
    case 'number':
      return `a number from ${q.min} to ${q.max}`;
    case 'enum':
      return 'one of:';
    default:
      return 'any of (CSV: separated by ";", JSON: an array):';
  }
}

/** The questionnaire a portal or a spreadsheet needs, from the rule sets' own questions. */
export function questions(format: QuestionsFormat, locale: Locale): string {
  if (format === 'json-schema') return `${JSON.stringify(profileJsonSchema(), null, 2)}\n`;
  if (format === 'csv-template') return `${profileQuestions.map((q) => csvCell(q.id)).join(',')}\n`;
  const out = ['# Project profile questions', '', 'Every question is optional; more answers give firmer verdicts. The id is the JSON key and the CSV column.', ''];
  for (const raw of profileQuestions) {
    const q = localizeQuestion(raw, locale);
    out.push(`## ${q.label}`, '', `\`${q.id}\`: ${answerForm(q)}`);
    if (q.type === 'enum' || q.type === 'multi-select') {
      out.push('');
      for (const o of q.options) out.push(`- \`${o.value}\`: ${o.label}`);
    }
    if (q.help) out.push('', q.help);
    out.push('');
  }
  return out.join('\n');
}
