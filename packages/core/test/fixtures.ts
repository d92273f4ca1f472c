import { defineRuleSet } from '../src';

const cite = (guidance: string, place = 'Table 2') => [{ guidance, source: 'oliver2019', place }] as const;

/** A small rule set exercising every question type and operator family. */
export const sample = defineRuleSet({
  format: 'coproduce/rule-set@1',
  id: 'sample-criteria',
  version: '1.0.0',
  kind: 'verdict',
  title: 'Sample criteria',
  description: 'A test rule set.',
  sources: { oliver2019: { reference: 'Oliver K, Kothari A, Mays N (2019). The dark side of coproduction.', licence: 'CC BY 2.5' } },
  questions: [
    { id: 'contested', type: 'boolean', label: 'Are findings likely to be contested?', help: 'Help.', citations: cite('criteria.controversy') },
    {
      id: 'purpose',
      type: 'enum',
      label: 'Prime purpose',
      help: 'Help.',
      options: [
        { value: 'how', label: 'How to implement' },
        { value: 'whether', label: 'Whether it works' },
        { value: 'both', label: 'Both' },
      ],
      citations: cite('criteria.purpose'),
    },
    { id: 'months', type: 'number', label: 'Months until the decision', help: 'Help.', min: 0, max: 120, integer: true, unit: 'months', citations: cite('risk.timeliness') },
    {
      id: 'motives',
      type: 'multi-select',
      label: 'Motivations',
      help: 'Help.',
      options: [
        { value: 'substantive', label: 'Substantive' },
        { value: 'political', label: 'Political' },
      ],
      citations: cite('motive.political'),
    },
  ],
  rules: [
    { id: 'r-contested', conditions: { all: [{ fact: 'contested', operator: 'equal', value: true }] }, outcomes: ['o-against'], explanation: 'Contested findings.', citations: cite('criteria.controversy') },
    { id: 'r-uncontested', conditions: { all: [{ fact: 'contested', operator: 'equal', value: false }] }, outcomes: ['o-for'], explanation: 'Uncontested.', citations: cite('criteria.controversy') },
    { id: 'r-how', conditions: { any: [{ fact: 'purpose', operator: 'in', value: ['how', 'both'] }] }, outcomes: ['o-for'], explanation: 'Implementation.', citations: cite('criteria.purpose') },
    {
      id: 'r-whether-soon',
      priority: 5,
      conditions: { all: [{ fact: 'purpose', operator: 'equal', value: 'whether' }, { fact: 'months', operator: 'lessThan', value: 12 }] },
      outcomes: ['o-against', 'o-warn'],
      explanation: 'Whether, and soon.',
      citations: [{ guidance: 'criteria.purpose', source: 'oliver2019', place: 'Table 2, row 6', evidence: 'early-thoughts' }],
    },
    { id: 'r-political', conditions: { not: { all: [{ fact: 'motives', operator: 'doesNotContain', value: 'political' }] } }, outcomes: ['o-for'], explanation: 'Political motive.', citations: cite('motive.political') },
  ],
  outcomes: [
    { id: 'o-for', label: 'Argues for', detail: 'More emphasis.', effect: { type: 'signal', direction: 'for', weight: 1 }, citations: cite('criteria.purpose') },
    { id: 'o-against', label: 'Argues against', detail: 'Less emphasis.', effect: { type: 'signal', direction: 'against', weight: 2 }, citations: cite('criteria.controversy') },
    { id: 'o-warn', label: 'Timing risk', detail: 'May arrive late.', effect: { type: 'advice', level: 'warning' }, citations: cite('risk.timeliness') },
  ],
  bands: [
    { id: 'favour', label: 'Favour', summary: 'Favour it.', atLeast: 2 },
    { id: 'conditional', label: 'Conditional', summary: 'It depends.', atLeast: -1 },
    { id: 'less', label: 'Less emphasis', summary: 'Less.' },
  ],
});

export const ranking = defineRuleSet({
  format: 'coproduce/rule-set@1',
  id: 'sample-ranking',
  version: '0.2.0',
  kind: 'ranking',
  title: 'Sample ranking',
  description: 'Ranks two options.',
  sources: { wye2019: { reference: 'Wye L et al. Collective knowledge brokering.' } },
  questions: [
    {
      id: 'aim',
      type: 'enum',
      label: 'Aim',
      help: 'Help.',
      options: [
        { value: 'existing', label: 'Use existing research' },
        { value: 'new', label: 'Co-produce new knowledge' },
      ],
      citations: [{ guidance: 'broker.select.existing-research', source: 'wye2019', place: 'Discussion' }],
    },
  ],
  rules: [
    { id: 'r-existing', conditions: { all: [{ fact: 'aim', operator: 'equal', value: 'existing' }] }, outcomes: ['fit-single'], explanation: 'Existing.', citations: [{ guidance: 'broker.select.existing-research', source: 'wye2019', place: 'Discussion' }] },
    { id: 'r-new', conditions: { all: [{ fact: 'aim', operator: 'equal', value: 'new' }] }, outcomes: ['fit-team'], explanation: 'New.', citations: [{ guidance: 'broker.select.new-knowledge', source: 'wye2019', place: 'Discussion' }] },
  ],
  outcomes: [
    { id: 'fit-single', label: 'Single broker fits', detail: 'd', effect: { type: 'fit', option: 'single', weight: 3 }, citations: [{ guidance: 'broker.model.single', source: 'wye2019', place: 'Background' }] },
    { id: 'fit-team', label: 'Team fits', detail: 'd', effect: { type: 'fit', option: 'team', weight: 3 }, citations: [{ guidance: 'broker.model.team', source: 'wye2019', place: 'Background' }] },
  ],
  options: [
    { id: 'single', label: 'Single broker', summary: 's', citations: [{ guidance: 'broker.model.single', source: 'wye2019', place: 'Background' }] },
    { id: 'team', label: 'Team', summary: 's', citations: [{ guidance: 'broker.model.team', source: 'wye2019', place: 'Background' }] },
  ],
});

/** Compares two answers with each other (json-rules-engine's `value: { fact }`). */
export const timing = defineRuleSet({
  format: 'coproduce/rule-set@1',
  id: 'sample-timing',
  version: '1.0.0',
  kind: 'register',
  title: 'Timing',
  description: 'Flags research that reports after the decision.',
  sources: { wye2019: { reference: 'Wye L et al. Collective knowledge brokering.' } },
  questions: [
    { id: 'due', type: 'number', label: 'Decision due in', help: 'Months.', min: 0, max: 60, integer: true, unit: 'months', citations: [{ guidance: 'risk.timeliness', source: 'wye2019', place: 'Findings' }] },
    { id: 'takes', type: 'number', label: 'Research takes', help: 'Months.', min: 1, max: 60, integer: true, unit: 'months', citations: [{ guidance: 'risk.timeliness', source: 'wye2019', place: 'Findings' }] },
  ],
  rules: [
    {
      id: 'r-late',
      conditions: { all: [{ fact: 'takes', operator: 'greaterThan', value: { fact: 'due' } }] },
      outcomes: ['late'],
      explanation: 'Findings would arrive after the decision.',
      citations: [{ guidance: 'risk.timeliness', source: 'wye2019', place: 'Findings' }],
    },
  ],
  outcomes: [{ id: 'late', label: 'Too late', detail: 'd', effect: { type: 'flag', category: 'process', severity: 'high', mitigations: [] }, citations: [{ guidance: 'risk.timeliness', source: 'wye2019', place: 'Findings' }] }],
  bands: [
    { id: 'high', label: 'High', summary: 's', atLeast: 3 },
    { id: 'low', label: 'Low', summary: 's' },
  ],
});

// Rule sets using the decision features added with rule sets 2.0.0: a ranking with
// "no clear fit", defining conditions and feasibility; a verdict whose top band needs
// certain answers and whose summaries say what the answers did; a register that counts flags.
const w = [{ guidance: 'broker.model.team', source: 'wye2019', place: 'Implications' }] as const;
const wyeSource = { wye2019: { reference: 'Wye L et al. Collective knowledge brokering.' } };

export const fitted = defineRuleSet({
  format: 'coproduce/rule-set@2',
  id: 'sample-fitted',
  version: '2.0.0',
  kind: 'ranking',
  title: 'Sample fitted ranking',
  description: 'Aim decides, setting only says whether it can work.',
  sources: wyeSource,
  questions: [
    { id: 'aim', type: 'enum', label: 'Aim', help: 'h', options: [{ value: 'existing', label: 'Existing' }, { value: 'new', label: 'New' }, { value: 'both', label: 'Both' }], citations: w },
    { id: 'similar', type: 'boolean', label: 'Several similar organisations?', help: 'h', citations: w },
    { id: 'stable', type: 'boolean', label: 'Stable setting?', help: 'h', citations: w },
    { id: 'budget', type: 'number', label: 'Budget', help: 'h', min: 0, max: 10, integer: true, citations: w },
    { id: 'mandate', type: 'boolean', label: 'Mandated?', help: 'h', citations: w },
  ],
  rules: [
    { id: 'r-existing', conditions: { all: [{ fact: 'aim', operator: 'in', value: ['existing', 'both'] }] }, outcomes: ['fit-single', 'fit-cohort'], explanation: 'e', citations: w },
    { id: 'r-new', conditions: { all: [{ fact: 'aim', operator: 'in', value: ['new', 'both'] }] }, outcomes: ['fit-team'], explanation: 'e', citations: w },
    { id: 'r-stable', conditions: { all: [{ fact: 'stable', operator: 'equal', value: true }] }, outcomes: ['feas-team'], explanation: 'e', citations: w },
    { id: 'r-unstable', conditions: { all: [{ fact: 'stable', operator: 'equal', value: false }] }, outcomes: ['unfeas-team', 'unfeas-single'], explanation: 'e', citations: w },
    { id: 'r-rich', conditions: { all: [{ fact: 'budget', operator: 'greaterThanInclusive', value: 5 }] }, outcomes: ['feas-single-big'], explanation: 'e', citations: w },
    { id: 'r-mandate', conditions: { all: [{ fact: 'mandate', operator: 'equal', value: true }] }, outcomes: ['must'], explanation: 'e', citations: w },
  ],
  outcomes: [
    { id: 'fit-single', label: 'l', detail: 'd', effect: { type: 'fit', option: 'single', weight: 2 }, citations: w },
    { id: 'fit-cohort', label: 'l', detail: 'd', effect: { type: 'fit', option: 'cohort', weight: 2 }, citations: w },
    { id: 'fit-team', label: 'l', detail: 'd', effect: { type: 'fit', option: 'team', weight: 2 }, citations: w },
    { id: 'feas-team', label: 'l', detail: 'd', effect: { type: 'fit', option: 'team', weight: 5, scale: 'feasibility' }, citations: w },
    { id: 'unfeas-team', label: 'l', detail: 'd', effect: { type: 'fit', option: 'team', weight: -5, scale: 'feasibility' }, citations: w },
    { id: 'unfeas-single', label: 'l', detail: 'd', effect: { type: 'fit', option: 'single', weight: -1, scale: 'feasibility' }, citations: w },
    { id: 'feas-single-big', label: 'l', detail: 'd', effect: { type: 'fit', option: 'single', weight: 9, scale: 'feasibility' }, citations: w },
    { id: 'must', label: 'Mandate', detail: 'd', effect: { type: 'advice', level: 'requirement' }, citations: w },
  ],
  options: [
    { id: 'single', label: 'Single', summary: 's', citations: w },
    { id: 'cohort', label: 'Cohort', summary: 's', citations: w, requires: { all: [{ fact: 'similar', operator: 'equal', value: true }] } },
    { id: 'team', label: 'Team', summary: 's', citations: w },
  ],
  noClearFit: { label: 'No clear fit', summary: 'Nothing stands out.', citations: w },
  references: [{ id: 'caveat', kind: 'context', title: 'One case study', text: 'The evidence is one case study.', citations: w }],
  notes: ['caveat'],
});

export const gated = defineRuleSet({
  format: 'coproduce/rule-set@2',
  id: 'sample-gated',
  version: '2.0.0',
  kind: 'verdict',
  title: 'Sample gated verdict',
  description: 'The top band needs an answer on the nature of the research.',
  minimumAnswers: 1,
  sources: wyeSource,
  questions: [
    { id: 'nature', type: 'boolean', label: 'Nature of the research suits it?', help: 'h', citations: w },
    { id: 'purpose', type: 'boolean', label: 'Purpose suits it?', help: 'h', citations: w },
    { id: 'money', type: 'boolean', label: 'Money available?', help: 'h', citations: w },
    { id: 'people', type: 'boolean', label: 'People available?', help: 'h', citations: w },
    { id: 'skills', type: 'boolean', label: 'Skills available?', help: 'h', citations: w },
  ],
  rules: (['nature', 'purpose', 'money', 'people', 'skills'] as const).flatMap((q) => [
    { id: `${q}-yes`, conditions: { all: [{ fact: q, operator: 'equal', value: true }] }, outcomes: ['for'], explanation: 'e', citations: w },
    { id: `${q}-no`, conditions: { all: [{ fact: q, operator: 'equal', value: false }] }, outcomes: ['against'], explanation: 'e', citations: w },
  ]),
  outcomes: [
    { id: 'for', label: 'For', detail: 'd', effect: { type: 'signal', direction: 'for', weight: 1 }, citations: w },
    { id: 'against', label: 'Against', detail: 'd', effect: { type: 'signal', direction: 'against', weight: 1 }, citations: w },
  ],
  bands: [
    { id: 'favour', label: 'Favour', summary: 'Favour.', atLeast: 3, requires: { any: [{ fact: 'nature', operator: 'equal', value: true }, { fact: 'purpose', operator: 'equal', value: true }] } },
    { id: 'conditional', label: 'Conditional', summary: 'Plain.', atLeast: -2, summaries: { mixed: 'Both ways.', weak: 'Too few.', capped: 'Practical only.' } },
    { id: 'less', label: 'Less', summary: 'Less.' },
  ],
});

export const flagged = defineRuleSet({
  format: 'coproduce/rule-set@2',
  id: 'sample-flagged',
  version: '2.0.0',
  kind: 'register',
  title: 'Sample flag counts',
  description: 'One high flag is never low.',
  sources: wyeSource,
  questions: [
    { id: 'a', type: 'boolean', label: 'A?', help: 'h', citations: w },
    { id: 'b', type: 'boolean', label: 'B?', help: 'h', citations: w },
    { id: 'c', type: 'boolean', label: 'C?', help: 'h', citations: w },
  ],
  rules: [
    { id: 'r-a', conditions: { all: [{ fact: 'a', operator: 'equal', value: true }] }, outcomes: ['high-a'], explanation: 'e', citations: w },
    { id: 'r-b', conditions: { all: [{ fact: 'b', operator: 'equal', value: true }] }, outcomes: ['high-b'], explanation: 'e', citations: w },
    { id: 'r-c', conditions: { all: [{ fact: 'c', operator: 'equal', value: true }] }, outcomes: ['low-c'], explanation: 'e', citations: w },
  ],
  outcomes: [
    { id: 'high-a', label: 'l', detail: 'd', effect: { type: 'flag', category: 'process', severity: 'high' }, citations: w },
    { id: 'high-b', label: 'l', detail: 'd', effect: { type: 'flag', category: 'process', severity: 'high' }, citations: w },
    { id: 'low-c', label: 'l', detail: 'd', effect: { type: 'flag', category: 'process', severity: 'low' }, citations: w },
  ],
  bands: [
    { id: 'high', label: 'High', summary: 's', atLeast: 9, minFlags: { high: 2 } },
    { id: 'moderate', label: 'Moderate', summary: 's', atLeast: 4, minFlags: { high: 1 } },
    { id: 'low', label: 'Low', summary: 's' },
  ],
});
