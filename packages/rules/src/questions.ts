/**
 * The shared project profile. Every rule set draws its questions from here, so a question
 * asked by two rule sets has one id and one definition, and one questionnaire feeds all three.
 */
import { cite, slide, table1, table2, wye } from './cite';

const unsure = { value: 'unsure', label: 'Not sure yet' } as const;

// --- 1. The project and its context (Oliver et al. Table 2; slides) ---------------------

export const controversy = {
  id: 'controversy',
  type: 'enum',
  group: 'context',
  label: 'How is the policy or programme seen?',
  help: 'Is it broadly accepted as a good thing, or are the findings likely to be disputed by some of the people involved?',
  options: [
    { value: 'widely-supported', label: 'Widely seen as a good thing; findings unlikely to be disputed' },
    { value: 'contested', label: 'Likely to be controversial; findings likely to be disputed' },
    unsure,
  ],
  citations: table2('criteria.controversy', 1),
} as const;

export const conflictsOfInterest = {
  id: 'conflictsOfInterest',
  type: 'enum',
  group: 'context',
  label: 'How hard will conflicts of interest be to manage?',
  help: 'Conflicts are hardest when the policy-makers you would work with are themselves responsible for delivering the programme being studied.',
  options: [
    { value: 'few', label: 'Few basic conflicts (e.g. partners do not deliver the programme)' },
    { value: 'hard', label: 'Likely hard to manage (e.g. partners are responsible for delivery)' },
    unsure,
  ],
  citations: table2('criteria.conflicts-of-interest', 2),
} as const;

export const useOfFindings = {
  id: 'useOfFindings',
  type: 'enum',
  group: 'context',
  label: 'How directly should the findings feed a decision?',
  help: 'Is the main goal to use the findings for a policy or management decision, or is direct and immediate use less of a concern?',
  options: [
    { value: 'direct', label: 'The main goal is to use them in a decision' },
    { value: 'indirect', label: 'Direct, immediate use is less of a concern' },
    unsure,
  ],
  citations: table2('criteria.use-of-findings', 3),
} as const;

export const independenceValued = {
  id: 'independenceValued',
  type: 'enum',
  group: 'context',
  label: 'How much do funders or end users value independent, expert inquiry?',
  help: "Some funders, commissioners or users trust findings more when they come from detached, 'expert' research than from work done with the people affected.",
  options: [
    { value: 'few-concerns', label: "Few worries that joint work will look like 'policy-based evidence'" },
    { value: 'expert-valued', label: 'They value expert, detached inquiry above other knowledge' },
    unsure,
  ],
  citations: table2('criteria.policy-based-evidence', 4),
} as const;

export const programmeDefinition = {
  id: 'programmeDefinition',
  type: 'enum',
  group: 'context',
  label: 'How settled is the policy or programme?',
  help: 'Does it still need shaping, refining or testing for feasibility and acceptability, or are its nature and purpose well defined and agreed?',
  options: [
    { value: 'needs-definition', label: 'Still needs definition, refinement or feasibility testing' },
    { value: 'well-defined', label: 'Well defined and agreed' },
    unsure,
  ],
  citations: table2('criteria.definition', 5),
} as const;

export const researchPurpose = {
  id: 'researchPurpose',
  type: 'enum',
  group: 'context',
  label: 'What is the research mainly for?',
  help: 'Finding out how best to implement something already decided is different from finding out whether it works at all.',
  options: [
    { value: 'how-to-implement', label: 'How best to implement it' },
    { value: 'whether-it-works', label: "Whether it 'works'" },
    unsure,
  ],
  citations: table2('criteria.purpose', 6),
} as const;

export const decisionSpace = {
  id: 'decisionSpace',
  type: 'boolean',
  group: 'context',
  label: 'Could the findings still stop, change or reverse the programme?',
  help: "'Decision space': decision-makers are committed to act on the findings and could still abandon or reverse the programme.",
  citations: [...table2('criteria.purpose', 6)],
} as const;

export const implementerCooperation = {
  id: 'implementerCooperation',
  type: 'enum',
  group: 'context',
  label: 'Can the research be done without the active cooperation of policy-makers or local implementers?',
  help: 'For example, when you need their sites, staff, data or decisions to carry out the study.',
  options: [
    { value: 'essential', label: 'No: their active cooperation is essential' },
    { value: 'less-dependent', label: 'Yes: the research depends little on them' },
    unsure,
  ],
  citations: table2('criteria.implementer-cooperation', 7),
} as const;

export const relationships = {
  id: 'relationships',
  type: 'enum',
  group: 'context',
  label: 'How well do researchers and decision-makers already know each other?',
  help: 'Good informal, ongoing relationships can let independent research stay close to policy without formal co-production.',
  options: [
    { value: 'need-building', label: 'Mutual awareness and understanding need building' },
    { value: 'good-links', label: 'Good informal, ongoing relationships already exist' },
    unsure,
  ],
  citations: [...table2('criteria.relationships', 8), slide('criteria.relationships', 'Conclusion')],
} as const;

export const resources = {
  id: 'resources',
  type: 'enum',
  group: 'resources',
  label: 'Are time, money and expertise available to involve the key stakeholders at every point where they should be involved?',
  help: 'Co-production costs the time of many people, travel, reimbursement, administration and the skill to run mixed groups.',
  options: [
    { value: 'available', label: 'Yes, all three are available' },
    { value: 'limited', label: 'One or more is in short supply' },
    unsure,
  ],
  citations: [...table2('criteria.resources', 9), cite('cost.practical', 'oliver2019', 'Challenges and costs to coproduction (practical costs)')],
} as const;

export const partnershipExpertise = {
  id: 'partnershipExpertise',
  type: 'boolean',
  group: 'resources',
  label: 'Does the team have access to expertise in partnership working?',
  help: 'People who have run research partnerships before: facilitation, ground rules, managing expectations.',
  citations: [cite('criteria.partnership-expertise', 'slides', 'slide "When to co-produce and when not to (continued)"', 'early-thoughts')],
} as const;

export const ppiRequired = {
  id: 'ppiRequired',
  type: 'boolean',
  group: 'context',
  label: 'Is patient and public involvement a requirement (for example of the funder)?',
  help: 'Where involvement of patients and the public is non-negotiable, it must happen whatever the other answers suggest.',
  citations: [slide('criteria.ppi-mandate', 'How can we avoid some or all of the potentially negative consequences?')],
} as const;

export const stakeholders = {
  id: 'stakeholders',
  type: 'multi-select',
  group: 'people',
  label: 'Whom do you plan to involve?',
  help: 'Choose every group that will take part in the research.',
  options: [
    { value: 'policy-makers', label: 'Policy-makers or commissioners' },
    { value: 'local-implementers', label: 'Local implementers or service managers' },
    { value: 'service-users', label: 'Service users, patients or the public' },
    { value: 'practitioners', label: 'Practitioners or clinicians' },
  ],
  citations: [slide('criteria.who-to-involve', 'Conclusion'), cite('risk.parity-of-esteem', 'slides', `slide "Some wider considerations in relation to the consequences of 'co-production'"`, 'open-question')],
} as const;

export const motivations = {
  id: 'motivations',
  type: 'multi-select',
  group: 'motives',
  label: 'Why do you want to co-produce?',
  help: 'Choose every reason that applies. Naming them helps to check whether co-production is the best way to meet them.',
  options: [
    { value: 'substantive', label: 'Better, more relevant research (substantive)' },
    { value: 'instrumental', label: 'Findings that get used (instrumental)' },
    { value: 'normative', label: 'It is the right thing to do: fairness, accountability (normative)' },
    { value: 'political', label: 'Ownership, legitimacy, trust or empowerment (political)' },
  ],
  citations: [
    cite('motive.substantive', 'oliver2019', 'Why coproduce? (1. Substantive)'),
    cite('motive.instrumental', 'oliver2019', 'Why coproduce? (2. Instrumental)'),
    cite('motive.normative', 'oliver2019', 'Why coproduce? (3. Normative)'),
    cite('motive.political', 'oliver2019', 'Why coproduce? (4. Political)'),
  ],
} as const;

export const engagementMode = {
  id: 'engagementMode',
  type: 'enum',
  group: 'motives',
  label: 'How deeply do you plan to involve them?',
  help: 'From sharing findings with them at the end to a full partnership that co-steers questions and co-interprets results.',
  options: [
    { value: 'recipients', label: 'They receive the findings' },
    { value: 'soft-networks', label: 'Informal advice through personal networks' },
    { value: 'commissioned', label: 'Research commissioned by them, for direct use' },
    { value: 'partnership', label: 'A full partnership: co-steering, co-learning, co-interpreting' },
  ],
  citations: [
    cite('mode.recipients', 'oliver2019', 'How to coproduce?'),
    cite('mode.soft-networks', 'oliver2019', 'How to coproduce?'),
    cite('mode.commissioned', 'oliver2019', 'How to coproduce?'),
    cite('mode.partnership', 'oliver2019', 'How to coproduce?'),
  ],
} as const;

export const expectedBenefits = {
  id: 'expectedBenefits',
  type: 'multi-select',
  group: 'motives',
  label: 'Which benefits do you expect from co-producing?',
  help: 'The benefits usually claimed. Choosing one means it is worth checking the assumption behind it.',
  options: [
    { value: 'mutual-understanding', label: 'Breaking down silos between researchers and policy-makers' },
    { value: 'skills', label: 'Research skills for policy-makers, policy skills for researchers' },
    { value: 'openness', label: 'Research open to more participants' },
    { value: 'relevance', label: 'Findings seen as more relevant and useful' },
    { value: 'use', label: 'Findings used more, with more direct impact' },
  ],
  citations: [
    slide('benefit.mutual-understanding', "Rationale for 'co-production' II"),
    slide('benefit.skills', "Rationale for 'co-production' II"),
    slide('benefit.openness', "Rationale for 'co-production' II"),
    slide('benefit.relevance', "Rationale for 'co-production' II"),
    slide('benefit.use', "Rationale for 'co-production' II"),
  ],
} as const;

export const readiness = {
  id: 'readiness',
  type: 'multi-select',
  group: 'readiness',
  label: 'Which of these are already in place?',
  help: 'Prior conditions and governance that partnerships need. Choose everything that is already agreed or true.',
  options: [
    { value: 'trust', label: 'Reasonable mutual respect and trust' },
    { value: 'power', label: 'A reasonable distribution of power' },
    { value: 'task-allocation', label: 'Agreed allocation of tasks' },
    { value: 'protocols', label: 'Rules on decisions, disputes, conflicts of interest, publication, ethics and access to information' },
    { value: 'incentives', label: 'Incentives for everyone to take part' },
    { value: 'training', label: 'Training for researchers, funders and stakeholders' },
    { value: 'exit', label: 'A way to end the partnership or leave it' },
    { value: 'facilitation', label: 'Funded facilitation and management of expectations' },
  ],
  citations: [
    slide('readiness.trust', "Practical requirements for 'co-production'"),
    slide('readiness.power', "Practical requirements for 'co-production'"),
    slide('readiness.task-allocation', "Practical requirements for 'co-production'"),
    slide('readiness.protocols', "Practical requirements for 'co-production'"),
    slide('readiness.incentives', "Practical requirements for 'co-production'"),
    slide('readiness.training', "Practical requirements for 'co-production'"),
    slide('readiness.exit', "Practical requirements for 'co-production'"),
    cite('readiness.facilitation', 'oliver2019', 'A cautious approach to coproduction'),
  ],
} as const;

export const alternativesConsidered = {
  id: 'alternativesConsidered',
  type: 'boolean',
  group: 'motives',
  label: 'Have you compared co-production with other ways to meet the same aims?',
  help: 'For example consultation, independent research that stays in close touch with policy, or in-house analysis.',
  citations: [cite('criteria.two-step', 'oliver2019', 'A cautious approach to coproduction (two-step process)'), cite('criteria.other-approaches', 'oliver2019', 'Conclusions')],
} as const;

export const evaluationPlanned = {
  id: 'evaluationPlanned',
  type: 'boolean',
  group: 'readiness',
  label: 'Will you evaluate how co-production changes the research and what it achieves?',
  help: 'There is little evidence on what co-production achieves; evaluating your own project adds to it.',
  citations: [cite('criteria.caution', 'oliver2019', 'Abstract; Conclusions'), cite('funder.evaluate', 'oliver2019', 'A cautious approach to coproduction (research organisations and funders)')],
} as const;

// --- 2. Costs and risks (Oliver et al. Table 1 and text; slides; Wye et al.) ------------

export const stakeholderGroups = {
  id: 'stakeholderGroups',
  type: 'number',
  group: 'people',
  label: 'How many distinct stakeholder groups will sit on the team?',
  help: 'Count groups with different interests, e.g. commissioners, clinicians, patients, managers.',
  min: 0,
  max: 50,
  integer: true,
  unit: 'groups',
  citations: [table1('stage.team', 'Developing mixed research teams')],
} as const;

export const powerImbalance = {
  id: 'powerImbalance',
  type: 'boolean',
  group: 'people',
  label: 'Are some partners much more powerful than others?',
  help: 'For example they fund the work, control access to data or sites, or decide the policy.',
  citations: [table1('stage.data-collection', 'Collecting data'), slide('assumption.power-levelling', "Assumptions underpinning 'co-production'")],
} as const;

export const agencyControls = {
  id: 'agencyControls',
  type: 'boolean',
  group: 'people',
  label: 'Does a policy agency fund the work, supply its staff and control the policy process?',
  help: 'When one partner pays, staffs and decides, partnership working changes.',
  citations: [cite('readiness.funding-power', 'slides', 'slide "Practical issues that need to be resolved (funding and power)"', 'open-question')],
} as const;

export const leadResearcher = {
  id: 'leadResearcher',
  type: 'enum',
  group: 'people',
  label: 'Who will carry most of the co-production work?',
  help: 'The costs of co-production often fall on those least able to bear them.',
  options: [
    { value: 'senior-permanent', label: 'Senior researchers on permanent contracts' },
    { value: 'mid-career', label: 'Mid-career researchers' },
    { value: 'junior-or-temporary', label: 'Junior researchers or staff on temporary contracts' },
  ],
  citations: [cite('cost.professional', 'oliver2019', 'Challenges and costs to coproduction (professional costs)', 'authors-experience'), cite('readiness.workload', 'slides', 'slide "Practical issues that need to be resolved (the work involved)"', 'open-question')],
} as const;

export const needsNovelty = {
  id: 'needsNovelty',
  type: 'boolean',
  group: 'people',
  label: 'Must the research be novel and publishable, e.g. for academic careers or a thesis?',
  help: 'Questions set with partners can be locally useful but hard to publish.',
  citations: [cite('cost.research', 'oliver2019', 'Challenges and costs to coproduction (risks to the research)'), table1('stage.questions', 'Framing research questions')],
} as const;

export const decisionDueMonths = {
  id: 'decisionDueMonths',
  type: 'number',
  group: 'timing',
  label: 'In how many months is the decision the research should inform?',
  help: 'Your best estimate. Use the longest value if there is no fixed decision.',
  min: 0,
  max: 120,
  integer: true,
  unit: 'months',
  citations: [wye('risk.timeliness', 'Results: How did team members work together to influence decision-making? (the telehealth evaluation)'), wye('broker.challenge.time-mismatch', 'Results: What were the advantages and challenges of team-based brokering? (Challenges)')],
} as const;

export const researchMonths = {
  id: 'researchMonths',
  type: 'number',
  group: 'timing',
  label: 'How many months will the research take to report?',
  help: 'Include the extra time needed to recruit and engage partners.',
  min: 1,
  max: 120,
  integer: true,
  unit: 'months',
  citations: [wye('risk.timeliness', 'Results: How did team members work together to influence decision-making? (the telehealth evaluation)'), table1('stage.team', 'Developing mixed research teams')],
} as const;

export const partnerResources = {
  id: 'partnerResources',
  type: 'boolean',
  group: 'data',
  label: "Will data collection need partners' staff time or access to their sites?",
  help: 'Asking partners for their resources can strain relationships, especially with powerful partners.',
  citations: [table1('stage.data-collection', 'Collecting data')],
} as const;

export const partnersAnalyse = {
  id: 'partnersAnalyse',
  type: 'boolean',
  group: 'data',
  label: 'Will partners help analyse or interpret the data?',
  help: 'Joint analysis needs training and data prepared so that research ethics are kept.',
  citations: [table1('stage.analysis', 'Analysing and interpreting data')],
} as const;

export const identifiableParticipants = {
  id: 'identifiableParticipants',
  type: 'boolean',
  group: 'data',
  label: 'Could partners identify who took part, or what they said (e.g. their own staff)?',
  help: 'Partners may want to know who took part; research ethics say they must not.',
  citations: [table1('stage.analysis', 'Analysing and interpreting data')],
} as const;

export const publication = {
  id: 'publication',
  type: 'enum',
  group: 'data',
  label: 'What is agreed about publishing the findings?',
  help: 'Who may publish what, and when, including unwelcome findings.',
  options: [
    { value: 'researchers-free', label: 'Researchers may publish all findings, on an agreed timetable' },
    { value: 'partner-approval', label: 'Partners must approve publication' },
    { value: 'not-agreed', label: 'Nothing agreed yet' },
  ],
  citations: [table1('stage.dissemination', 'Disseminating research'), slide('readiness.protocols', "Practical requirements for 'co-production'")],
} as const;

export const implementationRole = {
  id: 'implementationRole',
  type: 'boolean',
  group: 'data',
  label: 'Will the researchers help to put the findings into practice?',
  help: 'Partners may expect help with implementation; researchers may want to stay advocates of the evidence, not of a change.',
  citations: [table1('stage.implementation', 'Implementing change')],
} as const;

export const facilitationBudget = {
  id: 'facilitationBudget',
  type: 'boolean',
  group: 'resources',
  label: 'Is there a budget for partners’ time, travel, reimbursement and administration?',
  help: 'This work is often added on to the research with nothing set aside for it.',
  citations: [cite('cost.practical', 'oliver2019', 'Challenges and costs to coproduction (practical costs)')],
} as const;

// --- 3. Knowledge brokering (Wye et al.; Powell et al.) --------------------------------

export const brokeringAim = {
  id: 'brokeringAim',
  type: 'enum',
  group: 'brokering',
  label: 'What should knowledge brokering achieve?',
  help: 'Getting existing research used (e.g. evidence reviews) needs less than fostering collaboration to create new knowledge together.',
  options: [
    { value: 'use-existing', label: 'More use of existing research' },
    { value: 'new-knowledge', label: 'Collaboration and new knowledge, co-produced' },
  ],
  citations: [wye('broker.select.existing-research', 'Discussion: Implications'), wye('broker.select.new-knowledge', 'Discussion: Implications')],
} as const;

export const organisations = {
  id: 'organisations',
  type: 'enum',
  group: 'brokering',
  label: 'Across which organisations will brokering work?',
  help: 'One organisation, several organisations of the same kind, or two different communities such as universities and commissioners.',
  options: [
    { value: 'one', label: 'Within one organisation' },
    { value: 'similar', label: 'Several similar organisations' },
    { value: 'two-communities', label: 'Two different communities (e.g. research and policy)' },
  ],
  citations: [wye('broker.position', 'Knowledge brokering models'), wye('broker.model.cohort', 'Knowledge brokering models')],
} as const;

export const professions = {
  id: 'professions',
  type: 'enum',
  group: 'brokering',
  label: 'Does brokering need several professions or disciplines?',
  help: 'A broker from the same profession as the people to influence, or a mix of disciplines.',
  options: [
    { value: 'one-profession', label: 'One profession is enough' },
    { value: 'several', label: 'Several professions or disciplines are needed' },
  ],
  citations: [wye('broker.position', 'Knowledge brokering models'), wye('broker.model.team', 'Discussion: Summary of findings')],
} as const;

export const existingAgency = {
  id: 'existingAgency',
  type: 'boolean',
  group: 'brokering',
  label: 'Is there an independent agency or intermediary that could take on a brokering remit?',
  help: 'For example a research institute, think tank or intermediary body that already links research and policy.',
  citations: [wye('broker.model.agency', 'Knowledge brokering models'), cite('km.agencies', 'powell2018', 'Introduction')],
} as const;

export const settingStability = {
  id: 'settingStability',
  type: 'enum',
  group: 'brokering',
  label: 'How stable are the organisations involved?',
  help: 'Restructuring, financial trouble or constantly changing priorities make embedded models hard to sustain.',
  options: [
    { value: 'stable', label: 'Settled, solvent and stable' },
    { value: 'turbulent', label: 'Less affluent or turbulent' },
  ],
  citations: [wye('broker.enabler.context', 'Results: What contextual factors helped/hindered this approach?'), wye('broker.select.turbulence', 'Discussion: Summary of findings')],
} as const;

export const ringFencedFunding = {
  id: 'ringFencedFunding',
  type: 'boolean',
  group: 'brokering',
  label: 'Is there secure, ring-fenced funding for at least two years?',
  help: 'The embedded team studied had long-term funding that could not be diverted.',
  citations: [wye('broker.enabler.context', 'Results: What contextual factors helped/hindered this approach?')],
} as const;

export const annualBudget = {
  id: 'annualBudget',
  type: 'number',
  group: 'brokering',
  label: 'What could be spent on brokering each year (GBP)?',
  help: 'The embedded team studied (six brokers seconded part-time over two recruitment rounds, plus a manager) cost about GBP 150,000 a year.',
  min: 0,
  max: 100000000,
  unit: 'GBP a year',
  citations: [wye('broker.cost', 'The Bristol Knowledge Mobilisation Team (and Table 1)')],
} as const;

export const seniorSupport = {
  id: 'seniorSupport',
  type: 'boolean',
  group: 'brokering',
  label: 'Do senior leaders in both communities support it, with working relationships already?',
  help: 'Senior support lets junior staff take part and host teams adjust their work.',
  citations: [wye('broker.enabler.senior', 'Results: What contextual factors helped/hindered this approach?')],
} as const;

export const alliesPerBroker = {
  id: 'alliesPerBroker',
  type: 'number',
  group: 'brokering',
  label: 'How many allies or champions will each broker have in the host organisation?',
  help: 'People who explain the terrain, introduce contacts and lend credibility. Brokers did best with at least two.',
  min: 0,
  max: 50,
  integer: true,
  citations: [wye('broker.enabler.allies', 'Results: What contextual factors helped/hindered this approach?')],
} as const;

export const embedding = {
  id: 'embedding',
  type: 'boolean',
  group: 'brokering',
  label: 'Can brokers be embedded and co-located in the host organisation, both ways?',
  help: 'Researchers placed with decision-makers and decision-makers placed with researchers, at desks in their teams.',
  citations: [wye('broker.enabler.embedding', 'Results: What elements of this team model worked well?'), wye('broker.enabler.attachment', 'Discussion: Summary of findings')],
} as const;

export const secondment = {
  id: 'secondment',
  type: 'enum',
  group: 'brokering',
  label: 'What secondments are possible?',
  help: 'Brokers in the team studied were seconded part time (one to three days a week) for two years.',
  options: [
    { value: 'none', label: 'None' },
    { value: 'short', label: 'Less than two years' },
    { value: 'part-time-two-years', label: 'Part time (1-3 days a week) for about two years' },
  ],
  citations: [wye('broker.enabler.contract', 'Results: What elements of this team model worked well?')],
} as const;

export const teamManager = {
  id: 'teamManager',
  type: 'boolean',
  group: 'brokering',
  label: 'Will a manager with dedicated time lead the brokers, meeting them regularly?',
  help: 'A collaborative manager and fortnightly team meetings supported the brokers studied.',
  citations: [wye('broker.enabler.leadership', 'Results: What elements of this team model worked well?'), wye('broker.enabler.buddying', 'Results: What elements of this team model worked well?')],
} as const;

export const staffTurnover = {
  id: 'staffTurnover',
  type: 'enum',
  group: 'brokering',
  label: 'How often do key contacts in the host organisation change?',
  help: 'A broker who loses the lead contact who championed them can stall.',
  options: [
    { value: 'low', label: 'Rarely' },
    { value: 'high', label: 'Often' },
  ],
  citations: [wye('broker.challenge.turnover', 'Results: What contextual factors helped/hindered this approach?')],
} as const;
