/** A valid rule set whose every text carries markup and script: it must only ever show as text. */
const bad = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const cite = [{ guidance: 'criteria.caution', source: 'src', place: `p ${bad}` }];
export const hostileRuleSet = {
  format: 'coproduce/rule-set@1',
  id: 'hostile-text',
  version: '1.0.0',
  kind: 'verdict',
  title: `Title ${bad}`,
  description: `Description ${bad}`,
  sources: { src: { reference: `Reference ${bad}` } },
  questions: [{ id: 'q', type: 'enum', label: `Label ${bad}`, help: `Help ${bad}`, options: [{ value: 'a', label: `Option ${bad}` }, { value: 'b', label: 'Plain' }], citations: cite }],
  rules: [{ id: 'r', conditions: { all: [{ fact: 'q', operator: 'equal', value: 'a' }] }, outcomes: ['o'], explanation: `Explanation ${bad}`, citations: cite }],
  outcomes: [{ id: 'o', label: `Outcome ${bad}`, detail: `Detail ${bad}`, effect: { type: 'signal', direction: 'for', weight: 1 }, citations: cite }],
  bands: [
    { id: 'yes', label: `Band ${bad}`, summary: `Summary ${bad}`, atLeast: 1 },
    { id: 'no', label: 'No', summary: 'No.' },
  ],
};
export const markup = bad;
