import { formatPath, type Problem } from '@coproduce/core/evaluation';
import { profileQuestions } from '@coproduce/rules';
import { didYouMean } from '../suggest';

/** A problem with one input row, in the words a person fixing the spreadsheet needs. */
export interface RowProblem {
  readonly field: string;
  readonly message: string;
  readonly expected?: string;
  readonly received?: string;
  readonly suggestion?: string;
}

export const questionIds: readonly string[] = profileQuestions.map((q) => q.id);
const byId = new Map(profileQuestions.map((q) => [q.id, q]));

export function optionValues(id: string): readonly string[] {
  const q = byId.get(id);
  return q && (q.type === 'enum' || q.type === 'multi-select') ? q.options.map((o) => o.value) : [];
}

/** A key no rule set asks about, with the nearest question id. */
export function unknownKey(key: string): RowProblem {
  const k = key.length > 64 ? `${key.slice(0, 64)}…` : key;
  const suggestion = didYouMean(key, questionIds);
  return { field: k, message: 'no rule set asks this question', expected: 'a question id, listed by `coproduce questions`', ...(suggestion ? { suggestion } : {}) };
}

/** A core validation problem, with a "did you mean" for a near-miss option value. */
export function fromProblem(p: Problem, value: unknown): RowProblem {
  const field = formatPath(p.path);
  const id = String(p.path[0] ?? '');
  const options = optionValues(id);
  let suggestion: string | undefined;
  const bad = typeof p.path[1] === 'number' && Array.isArray(value) ? value[p.path[1]] : value;
  if (options.length && typeof bad === 'string') suggestion = didYouMean(bad, options);
  return {
    field,
    message: p.message,
    ...(p.expected ? { expected: p.expected } : {}),
    ...(p.received ? { received: p.received } : {}),
    ...(suggestion ? { suggestion } : {}),
  };
}

/** One line of text: `field: message (expected …, received …; did you mean "x"?)`. */
export function problemText(p: RowProblem): string {
  const extra = [p.expected && `expected ${p.expected}`, p.received && `received ${p.received}`].filter(Boolean).join(', ');
  const hint = p.suggestion ? `did you mean "${p.suggestion}"?` : '';
  const tail = [extra, hint].filter(Boolean).join('; ');
  return `${p.field}: ${p.message}${tail ? ` (${tail})` : ''}`;
}
