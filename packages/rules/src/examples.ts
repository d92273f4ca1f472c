/**
 * Worked examples: project profiles drawn from the sources' own cases, with the results
 * the rule sets should give. Tests hold the rule sets to these; the docs and the demo
 * show them. Each example says which source case it follows.
 */
import type { Citation } from '@coproduce/core';
import { table2, wye } from './cite';
import type { Profile, RuleSetKey } from './profile';

export interface WorkedExample {
  readonly id: string;
  readonly title: string;
  /** The scenario in plain words. */
  readonly scenario: string;
  readonly citations: readonly Citation[];
  readonly profile: Profile;
  /** What each rule set should conclude, and the rules that must fire among the reasons. */
  readonly expected: { readonly [K in RuleSetKey]: { readonly verdict: string; readonly keyRules: readonly string[] } };
}

export const examples: readonly WorkedExample[] = [
  {
    id: 'bristol-km-team',
    title: 'An embedded knowledge-mobilisation team (Bristol)',
    scenario:
      'A university primary-care unit and local NHS commissioners want to bring research and commissioning closer together. Commissioners and researchers are seconded part time, both ways, for two years, into an embedded team led by an experienced manager, with ring-fenced funding of about GBP 150,000 a year, senior support on both sides and allies for every broker.',
    citations: [wye('broker.model.team', 'The Bristol Knowledge Mobilisation Team; Discussion: Summary of findings'), wye('broker.enabler.context', 'Results: What contextual factors helped/hindered this approach?')],
    profile: {
      brokeringAim: 'new-knowledge',
      organisations: 'two-communities',
      professions: 'several',
      existingAgency: false,
      settingStability: 'stable',
      ringFencedFunding: true,
      annualBudget: 150000,
      seniorSupport: true,
      alliesPerBroker: 2,
      embedding: true,
      secondment: 'part-time-two-years',
      teamManager: true,
      staffTurnover: 'high',
      relationships: 'need-building',
      useOfFindings: 'direct',
      programmeDefinition: 'needs-definition',
      resources: 'available',
      partnershipExpertise: true,
      implementerCooperation: 'essential',
      engagementMode: 'partnership',
      stakeholders: ['policy-makers', 'practitioners'],
      motivations: ['instrumental', 'political'],
      readiness: ['trust', 'task-allocation', 'training', 'facilitation'],
      facilitationBudget: true,
      leadResearcher: 'mid-career',
    },
    expected: {
      criteria: { verdict: 'favour', keyRules: ['relationships-more', 'use-more', 'definition-more', 'resources-more'] },
      costs: { verdict: 'low', keyRules: ['relationship-work'] },
      brokering: { verdict: 'team', keyRules: ['aim-new', 'embedding-possible', 'two-year-secondments', 'turnover'] },
    },
  },
  {
    id: 'telehealth-evaluation',
    title: 'A telehealth evaluation that missed its moment',
    scenario:
      'Commissioners want to evaluate a GBP 1.4 million community telehealth service to decide whether to re-commission it. A community of practice of researchers, commissioners, managers and practitioners designs and runs the evaluation. The decision is due in about six months; the evaluation will take two years.',
    citations: [wye('risk.timeliness', 'Results: How did team members work together to influence decision-making? (the telehealth evaluation)')],
    profile: {
      researchPurpose: 'whether-it-works',
      decisionSpace: true,
      useOfFindings: 'direct',
      programmeDefinition: 'well-defined',
      implementerCooperation: 'essential',
      relationships: 'need-building',
      resources: 'available',
      engagementMode: 'partnership',
      stakeholders: ['policy-makers', 'local-implementers', 'practitioners'],
      stakeholderGroups: 4,
      partnerResources: true,
      partnersAnalyse: true,
      decisionDueMonths: 6,
      researchMonths: 24,
      brokeringAim: 'new-knowledge',
      organisations: 'two-communities',
      professions: 'several',
      embedding: true,
      secondment: 'part-time-two-years',
    },
    expected: {
      criteria: { verdict: 'conditional', keyRules: ['purpose-less', 'use-more', 'consider-alternatives'] },
      costs: { verdict: 'high', keyRules: ['too-late', 'team-dominance', 'data-pressure'] },
      brokering: { verdict: 'team', keyRules: ['time-mismatch'] },
    },
  },
  {
    id: 'contested-evaluation',
    title: 'A contested programme evaluation',
    scenario:
      'A ministry asks researchers to evaluate whether a controversial, well-defined programme works, and could still scale it back. The officials who would co-produce the study are responsible for delivering the programme, the funder values independent expert evaluation, and researchers already have good informal links with the ministry.',
    citations: table2('criteria.controversy', 1),
    profile: {
      controversy: 'contested',
      conflictsOfInterest: 'hard',
      independenceValued: 'expert-valued',
      programmeDefinition: 'well-defined',
      researchPurpose: 'whether-it-works',
      decisionSpace: true,
      implementerCooperation: 'less-dependent',
      relationships: 'good-links',
      useOfFindings: 'direct',
      engagementMode: 'partnership',
      stakeholders: ['policy-makers'],
      publication: 'partner-approval',
      alternativesConsidered: false,
    },
    expected: {
      criteria: { verdict: 'less-emphasis', keyRules: ['controversy-less', 'conflicts-less', 'purpose-less', 'relationships-less', 'consider-alternatives'] },
      costs: { verdict: 'high', keyRules: ['co-option', 'framing-pressure', 'publication-approval', 'partisan'] },
      brokering: { verdict: 'insufficient-information', keyRules: [] },
    },
  },
  {
    id: 'implementation-study',
    title: 'An implementation study that depends on local implementers',
    scenario:
      'Researchers study how best to roll out a new care pathway that local services have already decided to adopt but still need to adapt. The study needs the services’ sites, staff and routine data, and service users will help shape it.',
    citations: [...table2('criteria.purpose', 6), ...table2('criteria.implementer-cooperation', 7)],
    profile: {
      researchPurpose: 'how-to-implement',
      decisionSpace: false,
      programmeDefinition: 'needs-definition',
      implementerCooperation: 'essential',
      controversy: 'widely-supported',
      conflictsOfInterest: 'few',
      useOfFindings: 'direct',
      resources: 'available',
      relationships: 'need-building',
      ppiRequired: true,
      stakeholders: ['local-implementers', 'service-users'],
      engagementMode: 'partnership',
      partnerResources: true,
      powerImbalance: true,
      identifiableParticipants: true,
      partnersAnalyse: false,
      publication: 'researchers-free',
      implementationRole: true,
      leadResearcher: 'junior-or-temporary',
    },
    expected: {
      criteria: { verdict: 'favour', keyRules: ['purpose-more', 'cooperation-more', 'definition-more', 'ppi-mandate'] },
      costs: { verdict: 'high', keyRules: ['data-pressure-powerful', 'ethics', 'junior-lead', 'service-users'] },
      brokering: { verdict: 'insufficient-information', keyRules: [] },
    },
  },
  {
    id: 'evidence-review-service',
    title: 'An evidence-review service for policy-makers',
    scenario:
      'A policy department wants faster use of existing research: a rapid evidence-review service answering its questions. Findings feed decisions directly; researchers already have good informal links with officials, and there is little money for partnership work.',
    citations: [wye('broker.select.existing-research', 'Discussion: Implications')],
    profile: {
      brokeringAim: 'use-existing',
      organisations: 'two-communities',
      professions: 'one-profession',
      existingAgency: false,
      settingStability: 'turbulent',
      ringFencedFunding: false,
      annualBudget: 60000,
      embedding: false,
      secondment: 'none',
      useOfFindings: 'direct',
      relationships: 'good-links',
      resources: 'limited',
      implementerCooperation: 'less-dependent',
      engagementMode: 'commissioned',
      decisionDueMonths: 3,
      researchMonths: 2,
    },
    expected: {
      criteria: { verdict: 'conditional', keyRules: ['use-more', 'relationships-less', 'resources-less', 'shallower-mode'] },
      costs: { verdict: 'low', keyRules: ['limited-resources'] },
      brokering: { verdict: 'single', keyRules: ['aim-existing', 'turbulent', 'no-embedding'] },
    },
  },
];

