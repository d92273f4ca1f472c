/** Results and rule sets the report tests share: the worked examples, a hostile rule set and a tied ranking. */
import { evaluate, loadRuleSet, type EvaluationResult } from '@coproduce/core';
import { evaluateAll } from '../../src';
import { examples } from '../../src/examples';

/** Every worked example's results, plus a nearly empty and an empty profile. */
export const cases: readonly { name: string; results: Record<string, EvaluationResult> }[] = [
  ...examples.map((x) => ({ name: x.id, results: evaluateAll(x.profile) as unknown as Record<string, EvaluationResult> })),
  { name: 'two answers', results: evaluateAll({ controversy: 'contested', brokeringAim: 'use-existing' }) as unknown as Record<string, EvaluationResult> },
  { name: 'no answers', results: evaluateAll({}) as unknown as Record<string, EvaluationResult> },
];

export const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> **bold** [link](javascript:alert(1)) | # _x_';
const cite = [{ guidance: 'criteria.caution', source: 'src', place: `p ${markup}` }];

/** A valid rule set whose every text carries markup, script and Markdown: it must only ever show as text. */
export const hostile = loadRuleSet({
  format: 'coproduce/rule-set@1',
  id: 'hostile-text',
  version: '1.0.0',
  kind: 'verdict',
  title: `Title ${markup}`,
  description: `Description ${markup}`,
  sources: { src: { reference: `Reference ${markup}`, doi: 'doi:10.1000/x"><script>y</script>' } },
  questions: [
    { id: 'q', type: 'enum', label: `Label ${markup}`, help: `Help ${markup}`, options: [{ value: 'a', label: `Option ${markup}` }, { value: 'b', label: 'Plain' }], citations: cite },
    { id: 'q2', type: 'boolean', label: `Second ${markup}`, help: 'h', citations: cite },
  ],
  rules: [
    { id: 'r', conditions: { all: [{ fact: 'q', operator: 'equal', value: 'a' }] }, outcomes: ['o'], explanation: `Explanation ${markup}`, citations: cite },
    { id: 'r2', conditions: { all: [{ fact: 'q2', operator: 'equal', value: true }] }, outcomes: ['adv'], explanation: `Advice rule ${markup}`, citations: cite },
  ],
  outcomes: [
    { id: 'o', label: `Outcome ${markup}`, detail: `Detail ${markup}`, effect: { type: 'signal', direction: 'for', weight: 1 }, citations: cite },
    { id: 'adv', label: `Advice ${markup}`, detail: `Advice detail ${markup}`, effect: { type: 'advice', level: 'warning' }, citations: cite },
  ],
  bands: [
    { id: 'yes', label: `Band ${markup}`, summary: `Summary ${markup}`, atLeast: 1 },
    { id: 'no', label: 'No', summary: 'No.' },
  ],
});
export const hostileResult = evaluate(hostile, { q: 'a', q2: true });

/** A ranking whose one rule moves both options up by the same amount: a tie at the top. */
export const tiedRanking = loadRuleSet({
  format: 'coproduce/rule-set@1',
  id: 'tied-ranking',
  version: '1.0.0',
  kind: 'ranking',
  title: 'Which option?',
  description: 'A tie.',
  sources: { s: { reference: 'Doe J, Roe R (2020). A title. Journal 1:2.', doi: '10.1000/abc' } },
  questions: [{ id: 'aim', type: 'boolean', label: 'Aim?', help: 'h', citations: [{ guidance: 'broker.model.team', source: 's', place: 'p. 1' }] }],
  rules: [{ id: 'both', conditions: { all: [{ fact: 'aim', operator: 'equal', value: true }] }, outcomes: ['a-up', 'b-up'], explanation: 'Both fit.', citations: [{ guidance: 'broker.model.team', source: 's', place: 'p. 2' }] }],
  outcomes: [
    { id: 'a-up', label: 'Suits A', detail: 'Both fit.', effect: { type: 'fit', option: 'a', weight: 2 }, citations: [{ guidance: 'broker.model.team', source: 's', place: 'p. 2' }] },
    { id: 'b-up', label: 'Suits B', detail: 'Both fit.', effect: { type: 'fit', option: 'b', weight: 2 }, citations: [{ guidance: 'broker.model.team', source: 's', place: 'p. 2' }] },
  ],
  options: [
    { id: 'a', label: 'Option A', summary: 'A.', citations: [{ guidance: 'broker.model.team', source: 's', place: 'p. 3' }] },
    { id: 'b', label: 'Option B', summary: 'B.', citations: [{ guidance: 'broker.model.team', source: 's', place: 'p. 3' }] },
  ],
});

/** Every text of a report, flattened (for "does it say X" checks). */
export function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}
