/**
 * brokering-model v1: which knowledge-brokering model fits the aim and the setting.
 * Encodes Wye et al. (the Bristol knowledge-mobilisation team: a single case study, so
 * every fit carries that evidence level) and the context from Powell, Davies & Nutley (2018).
 */
import { trustRuleSet, type Citation } from '@coproduce/core/evaluation';
import { cite, wye } from '../cite';
import * as Q from '../questions-v1';
import { sources } from '../sources';
import { validatedHashes } from '../hashes';

const models = 'Knowledge brokering models';
const worked = 'Findings: what worked well';
const challenges = 'Findings: challenges (after Beckett et al. 2016)';
const km = (g: string, place = 'Introduction') => cite(g, 'powell2018', place);

/** A rule that moves options up or down, with one fit outcome per option it moves. */
function fits(id: string, conditions: object, moves: Record<string, number>, explanation: string, citations: Citation[], extra: string[] = []) {
  const outcomes = Object.entries(moves).map(([option, weight]) => ({
    id: `${id}--${option}`,
    label: `${weight > 0 ? 'Suits' : 'Counts against'} the ${option} model`,
    detail: explanation,
    effect: { type: 'fit' as const, option, weight },
    citations,
  }));
  return { rule: { id, conditions: conditions as never, outcomes: [...outcomes.map((o) => o.id), ...extra], explanation, citations }, outcomes };
}

const F = [
  fits('aim-existing', { all: [{ fact: 'brokeringAim', operator: 'equal', value: 'use-existing' }] }, { single: 3 },
    'To get existing research used, for instance through evidence reviews, a single broker positioned outside both communities and credible in both may suffice.',
    [wye('broker.select.existing-research', 'Implications')]),
  fits('aim-new', { all: [{ fact: 'brokeringAim', operator: 'equal', value: 'new-knowledge' }] }, { team: 3, single: -1 },
    'To foster collaboration and co-produce new knowledge, both communities need to change; a two-way, embedded, multi-professional team may be appropriate, while a lone broker may struggle with structural and system barriers.',
    [wye('broker.select.new-knowledge', 'Implications'), wye('broker.select.existing-research', 'Implications')]),
  fits('similar-organisations', { all: [{ fact: 'organisations', operator: 'equal', value: 'similar' }] }, { cohort: 2 },
    'A cohort of brokers from one profession is the model used across several similar organisations.',
    [wye('broker.model.cohort', models)]),
  fits('one-profession', { all: [{ fact: 'professions', operator: 'equal', value: 'one-profession' }] }, { cohort: 1 },
    'A cohort model deploys brokers from the same profession.',
    [wye('broker.model.cohort', models), wye('broker.position', models)]),
  fits('two-communities', { all: [{ fact: 'organisations', operator: 'equal', value: 'two-communities' }, { fact: 'professions', operator: 'equal', value: 'several' }] }, { team: 1, secondments: 1 },
    'Bridging two communities with several disciplines calls for two-way placements: either individual secondments or a team.',
    [wye('broker.model.secondments', models), wye('broker.model.team', 'Discussion')]),
  fits('agency-available', { all: [{ fact: 'existingAgency', operator: 'equal', value: true }] }, { agency: 2 },
    'An independent or quasi-independent agency can take on an explicit or added brokering remit.',
    [wye('broker.model.agency', models), km('km.agencies')]),
  fits('embedding-possible', { all: [{ fact: 'embedding', operator: 'equal', value: true }] }, { team: 1, secondments: 1 },
    'Two-way embedding and co-location gave brokers tacit knowledge of their host organisation.',
    [wye('broker.enabler.embedding', worked), wye('broker.enabler.attachment', 'Discussion')]),
  fits('no-embedding', { all: [{ fact: 'embedding', operator: 'equal', value: false }] }, { team: 2 * -1, secondments: -2 },
    'Embedded models need brokers placed and co-located in the host organisation; without that they lose their main advantage.',
    [wye('broker.enabler.embedding', worked)], ['missing-embedding']),
  fits('turbulent', { all: [{ fact: 'settingStability', operator: 'equal', value: 'turbulent' }] }, { team: -2 },
    'The team model would have been hampered in less affluent or more turbulent settings without ring-fenced funding.',
    [wye('broker.select.turbulence', 'Discussion'), wye('broker.enabler.context', worked)], ['warn-turbulence']),
  fits('stable', { all: [{ fact: 'settingStability', operator: 'equal', value: 'stable' }] }, { team: 1 },
    'Settled, solvent and stable organisations gave the team model the conditions it needed.',
    [wye('broker.enabler.context', worked)]),
  fits('ring-fenced', { all: [{ fact: 'ringFencedFunding', operator: 'equal', value: true }] }, { team: 1 },
    'Secure, long-term, ring-fenced funding gave brokers the time to become productive.',
    [wye('broker.enabler.context', worked)]),
  fits('not-ring-fenced', { all: [{ fact: 'ringFencedFunding', operator: 'equal', value: false }] }, { team: -1 },
    'Without secure, ring-fenced funding the team model is exposed to every change of priority.',
    [wye('broker.enabler.context', worked), wye('broker.select.turbulence', 'Discussion')], ['missing-funding']),
  fits('budget-short', { all: [{ fact: 'annualBudget', operator: 'lessThan', value: 150000 }] }, { team: -2 },
    'The embedded team studied (six part-time brokers and a manager) cost about GBP 150,000 a year; the budget is below that.',
    [wye('broker.cost', 'The KM team (Table 1)')]),
  fits('senior-support', { all: [{ fact: 'seniorSupport', operator: 'equal', value: true }] }, { team: 1, secondments: 1 },
    'Senior leaders in both communities, with relationships from earlier joint work, supported the scheme and freed junior staff to take part.',
    [wye('broker.enabler.senior', worked)]),
  fits('no-senior-support', { all: [{ fact: 'seniorSupport', operator: 'equal', value: false }] }, { team: -1, secondments: -1 },
    'Without senior support in both communities, placements are hard to set up and sustain.',
    [wye('broker.enabler.senior', worked)], ['missing-senior']),
  fits('few-allies', { all: [{ fact: 'alliesPerBroker', operator: 'lessThan', value: 2 }] }, { team: -1, secondments: -1 },
    'Every embedded broker needed at least two allies, champions or chaperones in the host organisation to work well.',
    [wye('broker.enabler.allies', worked)], ['missing-allies']),
  fits('two-year-secondments', { all: [{ fact: 'secondment', operator: 'equal', value: 'part-time-two-years' }] }, { team: 1, secondments: 1 },
    'Part-time secondments of one to three days a week for two years let brokers keep up with their home organisation and become productive in the host.',
    [wye('broker.enabler.contract', worked)], ['expect-role-strain']),
  fits('short-secondments', { all: [{ fact: 'secondment', operator: 'equal', value: 'short' }] }, { team: -1, secondments: -1 },
    'Brokers took up to two years to move from feeling lost to being productive; shorter placements may end before that.',
    [wye('broker.enabler.contract', worked)], ['expect-role-strain']),
  fits('no-secondments', { all: [{ fact: 'secondment', operator: 'equal', value: 'none' }] }, { team: -2, secondments: -3 },
    'Secondment-based models need secondments.',
    [wye('broker.enabler.contract', worked), wye('broker.model.secondments', models)]),
  fits('team-manager', { all: [{ fact: 'teamManager', operator: 'equal', value: true }] }, { team: 1 },
    'A manager with dedicated time, a collaborative style and fortnightly team meetings held the team together; brokers were buddied with peers.',
    [wye('broker.enabler.leadership', worked), wye('broker.enabler.buddying', worked)]),
  fits('no-team-manager', { all: [{ fact: 'teamManager', operator: 'equal', value: false }] }, { team: -2 },
    'Without a manager with time for the brokers, a team model loses its collective support.',
    [wye('broker.enabler.leadership', worked)]),
];

export const brokering = trustRuleSet({
  format: 'coproduce/rule-set@1',
  id: 'brokering-model',
  version: '1.0.0',
  kind: 'ranking',
  title: 'Which knowledge-brokering model fits?',
  description:
    'Ranks five knowledge-brokering models for the aim and the setting, and lists the enablers, challenges and costs to expect. The selection advice comes from one detailed case study (an embedded team in south-west England) and the literature it reviews; evidence that any brokering model works is mixed.',
  minimumAnswers: 1,
  sources,
  questions: [
    Q.brokeringAim,
    Q.organisations,
    Q.professions,
    Q.existingAgency,
    Q.settingStability,
    Q.ringFencedFunding,
    Q.annualBudget,
    Q.seniorSupport,
    Q.alliesPerBroker,
    Q.embedding,
    Q.secondment,
    Q.teamManager,
    Q.staffTurnover,
    Q.decisionDueMonths,
    Q.researchMonths,
  ],
  rules: [
    ...F.map((f) => f.rule),
    { id: 'turnover', conditions: { all: [{ fact: 'staffTurnover', operator: 'equal', value: 'high' }] }, outcomes: ['warn-turnover'], explanation: 'When the lead contact who champions a broker moves on, the broker can stall; one researcher-in-residence never rebuilt the partnership after four successive leads.', citations: [wye('broker.challenge.turnover', worked)] },
    { id: 'time-mismatch', conditions: { all: [{ fact: 'researchMonths', operator: 'greaterThan', value: { fact: 'decisionDueMonths' } }] }, outcomes: ['warn-time-mismatch'], explanation: 'Decision-makers need answers faster than research can give them.', citations: [wye('broker.challenge.time-mismatch', challenges), wye('risk.timeliness', 'Findings: the telehealth evaluation')] },
    { id: 'turbulent-agendas', conditions: { all: [{ fact: 'settingStability', operator: 'equal', value: 'turbulent' }] }, outcomes: ['warn-agendas'], explanation: 'Constantly changing priorities and agendas are a standing challenge for brokers.', citations: [wye('broker.challenge.agendas', challenges)] },
    { id: 'new-knowledge-challenges', conditions: { all: [{ fact: 'brokeringAim', operator: 'equal', value: 'new-knowledge' }] }, outcomes: ['warn-incentives', 'warn-value'], explanation: 'Academic incentives rarely reward this work, and the value brokers add is hard to capture.', citations: [wye('broker.challenge.incentives', challenges), wye('broker.challenge.value', challenges)] },
    { id: 'existing-evidence', conditions: { all: [{ fact: 'brokeringAim', operator: 'equal', value: 'use-existing' }] }, outcomes: ['impact-evidence', 'push-approaches'], explanation: 'Trial evidence on brokering is mixed: an external broker made no difference to research use in one trial, while embedded brokers raised use of a research-based tool in another.', citations: [cite('broker.impact', 'wye2019', 'Background (trials of brokering)', 'mixed-trial-evidence'), km('km.approaches')] },
    { id: 'relational', conditions: { any: [{ fact: 'brokeringAim', operator: 'equal', value: 'use-existing' }, { fact: 'brokeringAim', operator: 'equal', value: 'new-knowledge' }] }, outcomes: ['relational'], explanation: 'Knowledge use is relational and political and knowledge sticks at organisational boundaries, so brokering should build relationships and fit its context.', citations: [km('km.relational'), km('km.knowledge-types')] },
    { id: 'agency-practise', conditions: { all: [{ fact: 'existingAgency', operator: 'equal', value: true }] }, outcomes: ['practise-what-we-preach'], explanation: 'Agencies that promote research use often do not draw on research about research use in their own practice.', citations: [km('km.practise-what-we-preach', 'Abstract; Introduction')] },
  ],
  outcomes: [
    ...F.flatMap((f) => f.outcomes),
    { id: 'missing-embedding', label: 'Enabler missing: embedding', detail: 'Brokers cannot be embedded and co-located in the host organisation.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.enabler.embedding', worked)] },
    { id: 'warn-turbulence', label: 'Turbulent setting', detail: 'Embedded team models are hard to sustain where organisations are unstable or short of money.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.select.turbulence', 'Discussion')] },
    { id: 'missing-funding', label: 'Enabler missing: secure funding', detail: 'There is no secure, ring-fenced, long-term funding.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.enabler.context', worked)] },
    { id: 'missing-senior', label: 'Enabler missing: senior support', detail: 'Senior leaders in both communities are not yet behind the scheme.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.enabler.senior', worked)] },
    { id: 'missing-allies', label: 'Enabler missing: allies', detail: 'Find at least two allies, champions or chaperones for each broker in the host organisation.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.enabler.allies', worked)] },
    { id: 'expect-role-strain', label: 'Expect role strain', detail: 'Seconded brokers face too many taskmasters, unrealistic expectations and workload, and home organisations that cannot use their new skills afterwards; plan the return.', effect: { type: 'advice', level: 'info' }, citations: [wye('broker.challenge.taskmasters', challenges), wye('broker.challenge.expectations', challenges), wye('broker.challenge.capitalise', challenges)] },
    { id: 'warn-turnover', label: 'Staff turnover', detail: 'Give each broker more than one champion, so that losing one does not stall the work.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.challenge.turnover', worked), wye('broker.enabler.allies', worked)] },
    { id: 'warn-time-mismatch', label: 'Time mismatch', detail: 'The research is planned to take longer than the decision can wait.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.challenge.time-mismatch', challenges)] },
    { id: 'warn-agendas', label: 'Changing agendas', detail: 'Expect priorities to shift and plan to re-negotiate the brokers’ objectives.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.challenge.agendas', challenges)] },
    { id: 'warn-incentives', label: 'Few academic incentives', detail: 'Institutional levers do little to reward researchers for this work.', effect: { type: 'advice', level: 'info' }, citations: [wye('broker.challenge.incentives', challenges)] },
    { id: 'warn-value', label: 'Added value is hard to measure', detail: 'Plan early how the brokers’ contribution will be recorded and evaluated.', effect: { type: 'advice', level: 'info' }, citations: [wye('broker.challenge.value', challenges)] },
    { id: 'impact-evidence', label: 'Mixed evidence of impact', detail: 'Impact was greatest on the brokers and the teams they joined and weaker further out; trials of brokering are mixed.', effect: { type: 'advice', level: 'info' }, citations: [cite('broker.impact', 'wye2019', 'Background; Discussion', 'mixed-trial-evidence')] },
    { id: 'push-approaches', label: 'Beyond research products', detail: "Agencies mostly rely on research-product ('push') approaches, struggle to sustain linkage and exchange, and rarely reach whole-system approaches.", effect: { type: 'advice', level: 'info' }, citations: [km('km.approaches')] },
    { id: 'relational', label: 'Brokering is relational', detail: 'Combine research with political, contextual and experiential knowledge, and build the relationships that carry it across boundaries.', effect: { type: 'advice', level: 'info' }, citations: [km('km.relational'), km('km.knowledge-types')] },
    { id: 'practise-what-we-preach', label: 'Practise what you preach', detail: 'An agency that promotes research use should use the research on research use in its own brokering.', effect: { type: 'advice', level: 'info' }, citations: [km('km.practise-what-we-preach', 'Abstract; Introduction')] },
  ],
  options: [
    { id: 'single', label: 'Single broker', summary: 'One broker, inside or outside the organisations, who translates between researchers and decision-makers.', citations: [wye('broker.model.single', models)] },
    { id: 'cohort', label: 'Cohort of brokers', summary: 'Brokers from one profession, deployed across several similar organisations.', citations: [wye('broker.model.cohort', models)] },
    { id: 'agency', label: 'Brokering agency', summary: 'A quasi- or fully independent agency with an explicit or added brokering remit.', citations: [wye('broker.model.agency', models)] },
    { id: 'secondments', label: 'Two-way secondments', summary: 'Brokers from different disciplines seconded in both directions, each working on their own.', citations: [wye('broker.model.secondments', models)] },
    { id: 'team', label: 'Embedded brokering team', summary: 'A two-way, embedded, multi-professional team of seconded brokers working together, as in the Bristol knowledge-mobilisation team.', citations: [wye('broker.model.team', 'The KM team; Discussion')] },
  ],
  references: [
    { id: 'position', kind: 'context', title: 'Positioning and affiliation', text: 'Where a broker sits matters: across or within organisations, same or different profession from those they influence, external or embedded, insider or outsider. The team studied used insiders and outsiders in pairs.', citations: [wye('broker.position', models), wye('broker.position', 'Discussion')] },
    { id: 'roles', kind: 'context', title: 'Broker roles', text: 'Brokers act as linkage agents, knowledge managers and capacity-builders, and sometimes as facilitators, evaluators or critical friends.', citations: [wye('broker.role', 'Introduction')] },
    { id: 'activities', kind: 'context', title: 'What brokers do', text: 'Facilitate collaboration, build analytical skills, produce tailored knowledge products, find the right people to bring together, reflect on practice and evaluate change.', citations: [wye('broker.activity', 'Introduction')] },
    { id: 'skills', kind: 'context', title: 'Skills and qualities', text: 'Communication, motivation, mediation and team building; translating between communities; flexibility, tact, courage and listening; credibility and good networks.', citations: [wye('broker.skills', 'Introduction')] },
    { id: 'interaction', kind: 'context', title: 'Contact, collaboration, co-production', text: 'Interactions move back and forth between contact, collaboration and co-production; what matters is who is brought together and whether interaction is respectful, constructively critical and power-levelled.', citations: [wye('broker.interaction', 'Findings: interactions (Box 1)')] },
    { id: 'buddying', kind: 'context', title: 'Buddying', text: 'Each broker had a buddy from their own background, and joint projects paired brokers across communities; buddying can demotivate when one buddy does much better.', citations: [wye('broker.enabler.buddying', worked)] },
    { id: 'attachment', kind: 'context', title: 'Attachment to host teams', text: 'Brokers attached to research groups or commissioning sub-committees gained rich, tacit knowledge of their hosts.', citations: [wye('broker.enabler.attachment', 'Discussion')] },
    { id: 'team-cost', kind: 'context', title: 'What the team cost', text: 'The embedded team of six seconded brokers and a manager cost about GBP 150,000 a year.', citations: [wye('broker.cost', 'The KM team (Table 1)')] },
    { id: 'impact', kind: 'context', title: 'What brokering achieved', text: 'Impact was greatest on the brokers themselves and the teams they were attached to, and weaker further out; effects were subtle.', citations: [cite('broker.impact', 'wye2019', 'Discussion', 'case-study')] },
    { id: 'knowledge-types', kind: 'context', title: 'Knowledge to combine', text: 'Public services need political, cultural and contextual awareness, theory, empirical research and the experience of practitioners, service users, policy-makers and citizens.', citations: [km('km.knowledge-types')] },
    { id: 'approaches', kind: 'context', title: 'Approaches to knowledge mobilisation', text: "Research-product ('push') approaches, linkage and exchange, and whole-system approaches.", citations: [km('km.approaches')] },
    { id: 'agencies', kind: 'context', title: 'Agencies in the field', text: 'Research producers, research funders and intermediaries such as policy organisations and think tanks; for example CLAHRCs, the ESRC, the Alliance for Useful Evidence, IHI, CIHR and the Sax Institute.', citations: [km('km.agencies')] },
  ],
}, validatedHashes['brokering/v1']);
