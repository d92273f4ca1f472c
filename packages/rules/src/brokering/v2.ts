/**
 * brokering-model v2: which knowledge-brokering model fits the aim, and whether the setting
 * can support it. Encodes Wye et al. (the Bristol knowledge-mobilisation team: one
 * self-evaluated case study, so every fit carries that evidence level) and the context
 * from Powell, Davies & Nutley (2018).
 *
 * What changed from v1, and why (Wye et al., Discussion: Implications): models "need to be
 * selected with the intended aims and brokers' affiliations and positioning in mind", and
 * the selection advice the paper gives is by aim. So only the aim decides the fit; the
 * setting, structure and enablers move a separate feasibility score and raise warnings, and
 * never outrank the aim. Positioning is shown as reference content (`position`), not scored. A tie, a top fit of zero or less, or a leader whose defining
 * conditions do not hold gives "no clear fit" rather than the first option in the list.
 */
import { trustRuleSet, type Citation } from '@coproduce/core/evaluation';
import { cite } from '../cite';
import { withGuidanceText } from '../guidance-text';
import * as Q from '../questions';
import { sources } from '../sources';
import { validatedHashes } from '../hashes';

/** Wye et al., by the paper's own headings: one case study. */
const wye = (g: string, place: string): Citation => cite(g, 'wye2019', place, 'case-study');
const models = 'Knowledge brokering models';
const activities = 'Brokering activities and skills';
const worked = 'Results: What elements of this team model worked well?';
const context = 'Results: What contextual factors helped/hindered this approach?';
const interactions = 'Results: How did team members work together to influence decision-making?';
const advantages = 'Results: What were the advantages and challenges of team-based brokering? (Advantages)';
const challenges = 'Results: What were the advantages and challenges of team-based brokering? (Challenges)';
const difference = 'Results: What difference did team-based brokering make?';
const summaryOfFindings = 'Discussion: Summary of findings';
const limits = 'Discussion: Strengths and limitations';
const implications = 'Discussion: Implications';
const kmTeam = 'The Bristol Knowledge Mobilisation Team';
const km = (g: string, place = 'Introduction') => cite(g, 'powell2018', place);

const optionLabels: Record<string, string> = {
  single: 'Single broker',
  cohort: 'Cohort of brokers',
  agency: 'Brokering agency',
  secondments: 'Two-way secondments',
  team: 'Embedded brokering team',
};

/**
 * A rule that moves options, with one outcome per option it moves. `fit` rules (the aim)
 * decide the ranking; `feasibility` rules (the setting) only say whether a model can work.
 */
function fits(id: string, scale: 'fit' | 'feasibility', conditions: object, moves: Record<string, number>, explanation: string, citations: Citation[], extra: string[] = []) {
  const outcomes = Object.entries(moves).map(([option, weight]) => {
    const name = optionLabels[option]!.toLowerCase();
    const label =
      scale === 'fit' ? `${weight > 0 ? 'Suits' : 'Counts against'} the ${name} model` : `${weight > 0 ? 'Helps' : 'Hinders'} the ${name} model in this setting`;
    return { id: `${id}--${option}`, label, detail: explanation, effect: { type: 'fit' as const, option, weight, scale }, citations };
  });
  return { rule: { id, conditions: conditions as never, outcomes: [...outcomes.map((o) => o.id), ...extra], explanation, citations }, outcomes };
}

const F = [
  // The aim: the only answers that decide the fit.
  fits('aim-existing', 'fit', { all: [{ fact: 'brokeringAim', operator: 'equal', value: 'use-existing' }] }, { single: 3 },
    'To get existing research used, for instance through evidence reviews, a single broker positioned outside both communities and credible in both could suffice.',
    [wye('broker.select.existing-research', implications)], ['lone-broker-limits']),
  fits('aim-new', 'fit', { all: [{ fact: 'brokeringAim', operator: 'equal', value: 'new-knowledge' }] }, { team: 3, single: -1 },
    'To foster collaboration and co-produce new knowledge, both communities need to change, and a two-way, embedded, multi-professional team may be appropriate; a lone broker may struggle with the structural and system-level barriers.',
    [wye('broker.select.new-knowledge', implications), wye('broker.select.existing-research', implications), wye('broker.team-advantages', advantages)]),
  // Structure and setting: whether a model can work here. They never outrank the aim.
  fits('similar-organisations', 'feasibility', { all: [{ fact: 'organisations', operator: 'equal', value: 'similar' }] }, { cohort: 2 },
    'A cohort of brokers from one profession is the model used across several similar organisations.',
    [wye('broker.model.cohort', models)]),
  fits('one-profession', 'feasibility', { all: [{ fact: 'professions', operator: 'equal', value: 'one-profession' }] }, { cohort: 1 },
    'A cohort model deploys brokers from the same profession.',
    [wye('broker.model.cohort', models), wye('broker.position', models)]),
  fits('two-communities', 'feasibility', { all: [{ fact: 'organisations', operator: 'equal', value: 'two-communities' }, { fact: 'professions', operator: 'equal', value: 'several' }] }, { team: 1, secondments: 1 },
    'Two communities and several disciplines are the setting of two-way placements: individual secondments or a team.',
    [wye('broker.model.secondments', models), wye('broker.model.team', summaryOfFindings)]),
  fits('agency-available', 'feasibility', { all: [{ fact: 'existingAgency', operator: 'equal', value: true }] }, { agency: 2 },
    'An independent or quasi-independent agency can take on an explicit or added brokering remit.',
    [wye('broker.model.agency', models), km('km.agencies')]),
  fits('embedding-possible', 'feasibility', { all: [{ fact: 'embedding', operator: 'equal', value: true }] }, { team: 1, secondments: 1 },
    'Two-way embedding and co-location gave brokers tacit knowledge of their host organisation.',
    [wye('broker.enabler.embedding', worked), wye('broker.enabler.attachment', summaryOfFindings)]),
  fits('no-embedding', 'feasibility', { all: [{ fact: 'embedding', operator: 'equal', value: false }] }, { team: -2, secondments: -2 },
    'Embedded models need brokers placed and co-located in the host organisation; without that they lose their main advantage.',
    [wye('broker.enabler.embedding', worked)], ['missing-embedding']),
  fits('turbulent', 'feasibility', { all: [{ fact: 'settingStability', operator: 'equal', value: 'turbulent' }] }, { team: -2 },
    'The team model would have been hampered in less affluent or more turbulent settings without ring-fenced funding.',
    [wye('broker.select.turbulence', summaryOfFindings), wye('broker.enabler.context', context)], ['warn-turbulence']),
  fits('stable', 'feasibility', { all: [{ fact: 'settingStability', operator: 'equal', value: 'stable' }] }, { team: 1 },
    'Settled, solvent and stable organisations made the setting highly favourable for the team model.',
    [wye('broker.enabler.context', context)]),
  fits('ring-fenced', 'feasibility', { all: [{ fact: 'ringFencedFunding', operator: 'equal', value: true }] }, { team: 1 },
    'Secure, long-term, ring-fenced funding gave brokers the time to become productive.',
    [wye('broker.enabler.context', context)]),
  fits('not-ring-fenced', 'feasibility', { all: [{ fact: 'ringFencedFunding', operator: 'equal', value: false }] }, { team: -1 },
    'The team model would have been hampered without the time that secure, ring-fenced funding gave the brokers.',
    [wye('broker.enabler.context', context), wye('broker.select.turbulence', summaryOfFindings)], ['missing-funding']),
  fits('budget-short', 'feasibility', { all: [{ fact: 'annualBudget', operator: 'lessThan', value: 150000 }] }, { team: -2 },
    'The embedded team studied (six brokers seconded part-time over two recruitment rounds, plus a manager) cost about GBP 150,000 a year; the budget is below that.',
    [wye('broker.cost', `${kmTeam} (and Table 1)`)]),
  fits('senior-support', 'feasibility', { all: [{ fact: 'seniorSupport', operator: 'equal', value: true }] }, { team: 1, secondments: 1 },
    'Senior leaders in both communities, with relationships from earlier joint work, supported the scheme and encouraged junior staff to take part.',
    [wye('broker.enabler.senior', context)]),
  fits('no-senior-support', 'feasibility', { all: [{ fact: 'seniorSupport', operator: 'equal', value: false }] }, { team: -1, secondments: -1 },
    'Without senior support in both communities, placements are hard to set up and sustain.',
    [wye('broker.enabler.senior', context)], ['missing-senior']),
  fits('few-allies', 'feasibility', { all: [{ fact: 'alliesPerBroker', operator: 'lessThan', value: 2 }] }, { team: -1, secondments: -1 },
    'Embedded brokers depended on allies, champions and chaperones in the host organisation; without them they struggled to find direction or make progress.',
    [wye('broker.enabler.allies', context), wye('broker.enabler.allies', summaryOfFindings)], ['missing-allies']),
  fits('two-year-secondments', 'feasibility', { all: [{ fact: 'secondment', operator: 'equal', value: 'part-time-two-years' }] }, { team: 1, secondments: 1 },
    'Part-time secondments of one to three days a week for two years let brokers keep up with their home organisation and become productive in the host.',
    [wye('broker.enabler.contract', worked)], ['expect-role-strain']),
  fits('short-secondments', 'feasibility', { all: [{ fact: 'secondment', operator: 'equal', value: 'short' }] }, { team: -1, secondments: -1 },
    'Two years was enough for brokers to move from feeling lost to being productive; shorter placements may end before that.',
    [wye('broker.enabler.contract', worked)], ['expect-role-strain']),
  fits('no-secondments', 'feasibility', { all: [{ fact: 'secondment', operator: 'equal', value: 'none' }] }, { team: -2, secondments: -3 },
    'Secondment-based models need secondments.',
    [wye('broker.enabler.contract', worked), wye('broker.model.secondments', models)]),
  fits('team-manager', 'feasibility', { all: [{ fact: 'teamManager', operator: 'equal', value: true }] }, { team: 1 },
    'The team had a manager with dedicated time and a collaborative style, and brokers were buddied with peers.',
    [wye('broker.enabler.leadership', worked), wye('broker.enabler.buddying', worked)]),
  fits('no-team-manager', 'feasibility', { all: [{ fact: 'teamManager', operator: 'equal', value: false }] }, { team: -2 },
    'Without a manager with time for the brokers, a team model loses its collective support.',
    [wye('broker.enabler.leadership', worked)]),
];

export const brokering = trustRuleSet(withGuidanceText({
  format: 'coproduce/rule-set@2',
  id: 'brokering-model',
  version: '2.0.0',
  kind: 'ranking',
  title: 'Which knowledge-brokering model fits?',
  description:
    'Names the knowledge-brokering model that fits the aim, says whether the setting can support it, and lists the enablers, challenges and costs to expect. Only the aim decides the fit; the setting decides how feasible each model is. The selection advice comes from one case study written by the team itself (an embedded team in south-west England) and the literature it reviews; whether any brokering model works is not known.',
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
    { id: 'turnover', conditions: { all: [{ fact: 'staffTurnover', operator: 'equal', value: 'high' }] }, outcomes: ['warn-turnover'], explanation: 'When the lead contact who champions a broker moves on, the broker can stall; one researcher-in-residence never rebuilt the partnership after four successive leads.', citations: [wye('broker.challenge.turnover', context), wye('broker.challenge.turnover', challenges)] },
    { id: 'time-mismatch', conditions: { all: [{ fact: 'researchMonths', operator: 'greaterThan', value: { fact: 'decisionDueMonths' } }] }, outcomes: ['warn-time-mismatch'], explanation: 'Decision-makers need answers faster than research can give them.', citations: [wye('broker.challenge.time-mismatch', challenges), wye('risk.timeliness', interactions)] },
    { id: 'turbulent-agendas', conditions: { all: [{ fact: 'settingStability', operator: 'equal', value: 'turbulent' }] }, outcomes: ['warn-agendas'], explanation: 'Constantly changing priorities and agendas are a standing challenge for brokers.', citations: [wye('broker.challenge.agendas', challenges)] },
    { id: 'new-knowledge-challenges', conditions: { all: [{ fact: 'brokeringAim', operator: 'equal', value: 'new-knowledge' }] }, outcomes: ['warn-incentives', 'warn-value'], explanation: 'Academic incentives rarely reward this work, and the value brokers add is hard to capture.', citations: [wye('broker.challenge.incentives', challenges), wye('broker.challenge.value', challenges)] },
    { id: 'existing-evidence', conditions: { all: [{ fact: 'brokeringAim', operator: 'equal', value: 'use-existing' }] }, outcomes: ['beyond-products'], explanation: 'Getting existing research used is where agencies mostly work, through research products; linkage and exchange are harder to sustain.', citations: [km('km.approaches')] },
    { id: 'relational', conditions: { any: [{ fact: 'brokeringAim', operator: 'equal', value: 'use-existing' }, { fact: 'brokeringAim', operator: 'equal', value: 'new-knowledge' }] }, outcomes: ['relational'], explanation: 'Knowledge use is relational and political and knowledge sticks at organisational boundaries, so brokering should build relationships and fit its context.', citations: [km('km.relational'), km('km.knowledge-types')] },
    {
      id: 'team-unsupported',
      conditions: { all: [{ fact: 'brokeringAim', operator: 'equal', value: 'new-knowledge' }, { any: [{ fact: 'embedding', operator: 'equal', value: false }, { fact: 'secondment', operator: 'equal', value: 'none' }] }] },
      outcomes: ['team-needs-placements'],
      explanation: 'The embedded team fits the aim, but it was built on two-way placements of brokers, embedded in the host organisation one to three days a week for two years; without embedding or secondments that model cannot be set up as studied.',
      citations: [wye('broker.model.team', kmTeam), wye('broker.enabler.embedding', worked), wye('broker.enabler.contract', worked)],
    },
    { id: 'agency-practise', conditions: { all: [{ fact: 'existingAgency', operator: 'equal', value: true }] }, outcomes: ['practise-what-we-preach'], explanation: 'Agencies that promote research use often do not draw on research about research use in their own practice.', citations: [km('km.practise-what-we-preach', 'Abstract; Introduction')] },
  ],
  outcomes: [
    ...F.flatMap((f) => f.outcomes),
    { id: 'lone-broker-limits', label: 'The limits of a lone broker', detail: 'A single broker may be enough to get existing research used, but may struggle to tackle the structural, contextual and system-level barriers that keep managers from drawing on research.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.select.existing-research', implications)] },
    { id: 'team-needs-placements', label: 'The fitting model needs placements this project lacks', detail: 'An embedded team needs brokers placed and co-located in each other’s organisations; plan embedding and secondments, or expect the model to fall short of what the case study found.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.model.team', kmTeam), wye('broker.enabler.embedding', worked)] },
    { id: 'missing-embedding', label: 'Enabler missing: embedding', detail: 'Brokers cannot be embedded and co-located in the host organisation.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.enabler.embedding', worked)] },
    { id: 'warn-turbulence', label: 'Turbulent setting', detail: 'Embedded team models are hard to sustain where organisations are unstable or short of money.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.select.turbulence', summaryOfFindings)] },
    { id: 'missing-funding', label: 'Enabler missing: secure funding', detail: 'There is no secure, ring-fenced, long-term funding.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.enabler.context', context)] },
    { id: 'missing-senior', label: 'Enabler missing: senior support', detail: 'Senior leaders in both communities are not yet behind the scheme.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.enabler.senior', context)] },
    { id: 'missing-allies', label: 'Enabler missing: allies', detail: 'Find allies, champions or chaperones for each broker in the host organisation; in the team studied, each broker needed at least two.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.enabler.allies', context)] },
    { id: 'expect-role-strain', label: 'Expect role strain', detail: 'Seconded brokers face too many taskmasters, unrealistic expectations and workload, and home organisations that cannot use their new skills afterwards; plan the return.', effect: { type: 'advice', level: 'info' }, citations: [wye('broker.challenge.taskmasters', challenges), wye('broker.challenge.expectations', challenges), wye('broker.challenge.capitalise', challenges)] },
    { id: 'warn-turnover', label: 'Staff turnover', detail: 'Give each broker more than one champion, so that losing one does not stall the work.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.challenge.turnover', context), wye('broker.enabler.allies', context)] },
    { id: 'warn-time-mismatch', label: 'Time mismatch', detail: 'The research is planned to take longer than the decision can wait.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.challenge.time-mismatch', challenges)] },
    { id: 'warn-agendas', label: 'Changing agendas', detail: 'Expect priorities to shift and plan to re-negotiate the brokers’ objectives.', effect: { type: 'advice', level: 'warning' }, citations: [wye('broker.challenge.agendas', challenges)] },
    { id: 'warn-incentives', label: 'Few academic incentives', detail: 'Institutional levers do little to reward researchers for this work.', effect: { type: 'advice', level: 'info' }, citations: [wye('broker.challenge.incentives', challenges)] },
    { id: 'warn-value', label: 'Added value is hard to measure', detail: 'Plan early how the brokers’ contribution will be recorded and evaluated.', effect: { type: 'advice', level: 'info' }, citations: [wye('broker.challenge.value', challenges)] },
    { id: 'beyond-products', label: 'Beyond research products', detail: 'Agencies mostly rely on approaches based on research products, struggle to sustain linkage and exchange, and rarely reach whole-system approaches.', effect: { type: 'advice', level: 'info' }, citations: [km('km.approaches')] },
    { id: 'relational', label: 'Brokering is relational', detail: 'Combine research with political, contextual and experiential knowledge, and build the relationships that carry it across boundaries.', effect: { type: 'advice', level: 'info' }, citations: [km('km.relational'), km('km.knowledge-types')] },
    { id: 'practise-what-we-preach', label: 'Practise what you preach', detail: 'An agency that promotes research use should use the research on research use in its own brokering.', effect: { type: 'advice', level: 'info' }, citations: [km('km.practise-what-we-preach', 'Abstract; Introduction')] },
  ],
  options: [
    { id: 'single', label: optionLabels['single']!, summary: 'One broker, inside or outside the organisations, who translates between researchers and decision-makers.', citations: [wye('broker.model.single', models)] },
    { id: 'cohort', label: optionLabels['cohort']!, summary: 'Brokers from one profession, deployed across several similar organisations.', citations: [wye('broker.model.cohort', models)], requires: { all: [{ fact: 'organisations', operator: 'equal', value: 'similar' }] } },
    { id: 'agency', label: optionLabels['agency']!, summary: 'A quasi- or fully independent agency with an explicit or added brokering remit.', citations: [wye('broker.model.agency', models)], requires: { all: [{ fact: 'existingAgency', operator: 'equal', value: true }] } },
    { id: 'secondments', label: optionLabels['secondments']!, summary: 'Brokers from different disciplines seconded in both directions, each working on their own.', citations: [wye('broker.model.secondments', models)] },
    { id: 'team', label: optionLabels['team']!, summary: 'A two-way, embedded, multi-professional team of seconded brokers working together, as in the Bristol knowledge-mobilisation team.', citations: [wye('broker.model.team', kmTeam), wye('broker.team-advantages', advantages)] },
  ],
  noClearFit: {
    label: 'No clear fit yet',
    summary: 'The answers do not single out one model. Wye et al. tie the choice to the aim: to get existing research used, a single broker could suffice; to co-produce new knowledge, an embedded team may fit. Answer the questions listed to separate the models.',
    citations: [wye('broker.select.existing-research', implications), wye('broker.select.new-knowledge', implications)],
  },
  notes: ['impact', 'limitations'],
  references: [
    { id: 'position', kind: 'context', title: 'Positioning and affiliation', text: 'Where a broker sits matters: across or within organisations, same or different profession from those they influence, external or embedded, insider or outsider. The team studied used insiders and outsiders in pairs.', citations: [wye('broker.position', models), wye('broker.position', summaryOfFindings)] },
    { id: 'roles', kind: 'context', title: 'Broker roles', text: 'Brokers act as linkage agents, knowledge managers and capacity-builders, and sometimes as facilitators, evaluators or critical friends.', citations: [wye('broker.role', 'Introduction')] },
    { id: 'activities', kind: 'context', title: 'What brokers do', text: 'Facilitate collaboration, build analytical skills, produce tailored knowledge products, find the right people to bring together, reflect on practice and evaluate change.', citations: [wye('broker.activity', activities)] },
    { id: 'skills', kind: 'context', title: 'Skills and qualities', text: 'Communication, motivation, mediation and team building; translating between communities; flexibility, tact, courage and listening; credibility and good networks.', citations: [wye('broker.skills', activities)] },
    { id: 'interaction', kind: 'context', title: 'Contact, collaboration, co-production', text: 'Interactions move back and forth between contact, collaboration and co-production; what matters is who is brought together and whether interaction is respectful, constructively critical and power-levelled.', citations: [wye('broker.interaction', `${interactions} (Box 1)`), wye('broker.interaction', 'Some thoughts on how and why brokering works')] },
    { id: 'buddying', kind: 'context', title: 'Buddying', text: 'Each broker had a buddy from their own background, and joint projects paired brokers across communities; buddying can demotivate when one buddy does much better.', citations: [wye('broker.enabler.buddying', worked)] },
    { id: 'attachment', kind: 'context', title: 'Attachment to host teams', text: 'Brokers attached to research groups or commissioning sub-committees gained rich, tacit knowledge of their hosts.', citations: [wye('broker.enabler.attachment', worked), wye('broker.enabler.attachment', summaryOfFindings)] },
    { id: 'team-cost', kind: 'context', title: 'What the team cost', text: 'Six brokers were seconded part-time over two recruitment rounds (four commissioners and two researchers); with the manager’s salary the team cost about GBP 150,000 a year.', citations: [wye('broker.cost', `${kmTeam} (and Table 1)`)] },
    { id: 'impact', kind: 'context', title: 'Does brokering work?', text: "In the team studied, impact was greatest on the brokers and the teams they were attached to, and weaker further out. The wider evidence is inconclusive: trials of external brokers found no effect on decisions or behaviour (one saw a small effect on knowledge and intentions), one before-and-after study (not a trial) of 25 embedded brokers found a research-based tool used more, and the literature suggests effects are more often subtle than direct. The authors conclude that they 'really do not know' whether brokering of any kind works.", citations: [cite('broker.impact', 'wye2019', 'Impact of brokering', 'literature-review'), wye('broker.impact', difference)] },
    { id: 'limitations', kind: 'context', title: 'How far the evidence goes', text: 'The advice on the team model rests on one case study, written by the team, with internal and mostly independent evaluations: participants, brokers among them, may have over-estimated the benefits, and many potential consequences went undetected.', citations: [wye('broker.limitations', limits)] },
    { id: 'team-advantages', kind: 'context', title: 'Why a team of brokers helped', text: 'In the team studied, brokers could admit to each other what they did not know, learn together and get past obstacles faster; working as a team showed others how to collaborate and gave them enough weight to raise awareness and change organisational culture.', citations: [wye('broker.team-advantages', advantages), wye('broker.team-advantages', summaryOfFindings)] },
    { id: 'knowledge-types', kind: 'context', title: 'Knowledge to combine', text: 'Public services need political, cultural and contextual awareness, theory, empirical research and the experience of practitioners, service users, policy-makers and citizens.', citations: [km('km.knowledge-types')] },
    { id: 'approaches', kind: 'context', title: 'Approaches to knowledge mobilisation', text: 'Approaches based on research products, on linkage and exchange, and on whole systems.', citations: [km('km.approaches')] },
    { id: 'agencies', kind: 'context', title: 'Agencies in the field', text: 'Research producers, research funders and intermediaries such as policy organisations and think tanks; for example CLAHRCs, the ESRC, the Alliance for Useful Evidence, IHI, CIHR and the Sax Institute.', citations: [km('km.agencies')] },
  ],
}), validatedHashes['brokering/v2']);
