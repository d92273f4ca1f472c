/**
 * coproduction-costs v1: a risk register for a planned co-produced project. Encodes the
 * cost taxonomy and the lifecycle stages of Oliver, Kothari & Mays (2019) (Table 1, Fig. 1
 * and text), the slides' wider risks and Wye et al.'s timing lesson, with mitigations drawn
 * from readiness, the key questions and the funders' duties.
 */
import { trustRuleSet } from '@coproduce/core/evaluation';
import { cite, slide, table1, wye } from '../cite';
import * as Q from '../questions-v1';
import { sources } from '../sources';
import { validatedHashes } from '../hashes';

const costs = (g: string, what: string) => cite(g, 'oliver2019', `Challenges and costs to coproduction (${what}); Fig. 1`);
const keyQ = (g: string, n: number) => cite(g, 'oliver2019', `A cautious approach to coproduction (key question ${n})`);
const funder = (g: string) => cite(g, 'oliver2019', 'A cautious approach to coproduction (research organisations and funders)');
const issue = (g: string, part: string) => slide(g, `Practical issues that need to be resolved (${part})`);
const req = (g: string) => slide(g, "Practical requirements for 'co-production'");
const wider = (g: string) => slide(g, "Some wider considerations in relation to the consequences of 'co-production'");

const flag = (id: string, label: string, detail: string, category: string, severity: 'low' | 'medium' | 'high', mitigations: string[], citations: ReturnType<typeof cite>[], stage?: string) => ({
  id,
  label,
  detail,
  effect: stage ? { type: 'flag' as const, category, stage, severity, mitigations } : { type: 'flag' as const, category, severity, mitigations },
  citations,
});

export const costsRuleSet = trustRuleSet({
  format: 'coproduce/rule-set@1',
  id: 'coproduction-costs',
  version: '1.0.0',
  kind: 'register',
  title: 'What could co-production cost this project?',
  description:
    'A risk register: each answer that points to a known cost of co-production flags it, with the project stage where it bites, its category, a severity and ways to reduce it. The costs and stages come from the authors’ own experience and a single case study; they are a checklist, not a forecast.',
  minimumAnswers: 2,
  sources,
  questions: [
    Q.engagementMode,
    Q.stakeholders,
    Q.stakeholderGroups,
    Q.powerImbalance,
    Q.agencyControls,
    Q.leadResearcher,
    Q.needsNovelty,
    Q.controversy,
    Q.conflictsOfInterest,
    Q.independenceValued,
    Q.useOfFindings,
    Q.resources,
    Q.facilitationBudget,
    Q.decisionDueMonths,
    Q.researchMonths,
    Q.partnerResources,
    Q.partnersAnalyse,
    Q.identifiableParticipants,
    Q.publication,
    Q.implementationRole,
  ],
  rules: [
    { id: 'team-dominance', conditions: { all: [{ fact: 'stakeholderGroups', operator: 'greaterThanInclusive', value: 3 }] }, outcomes: ['team-dominance'], explanation: 'Stakeholders are not one group and can disagree; in mixed teams the "usual suspects" can take over, which slows the work and threatens shared decisions.', citations: [table1('stage.team', 'Developing mixed research teams')] },
    { id: 'conflict-burnout', conditions: { all: [{ fact: 'stakeholderGroups', operator: 'greaterThanInclusive', value: 3 }, { fact: 'powerImbalance', operator: 'equal', value: true }] }, outcomes: ['personal'], explanation: 'Power imbalances in a mixed team surface as conflict and difficult conversations, which carry emotional labour, stress and a risk of burnout.', citations: [costs('cost.personal', 'personal costs')] },
    { id: 'novelty', conditions: { all: [{ fact: 'needsNovelty', operator: 'equal', value: true }, { fact: 'engagementMode', operator: 'in', value: ['partnership', 'commissioned'] }] }, outcomes: ['research-quality'], explanation: 'Questions set with partners can be useful but unoriginal or local, which is hard to publish when novelty is needed.', citations: [table1('stage.questions', 'Framing research questions'), costs('cost.research', 'risks to the research')] },
    { id: 'co-option', conditions: { any: [{ fact: 'controversy', operator: 'equal', value: 'contested' }, { fact: 'conflictsOfInterest', operator: 'equal', value: 'hard' }] }, outcomes: ['co-option'], explanation: 'Partners with a stake in the answer may use the research to justify the status quo or past decisions, damaging the researchers’ independence and credibility.', citations: [table1('stage.questions', 'Framing research questions'), costs('cost.professional', 'professional costs')] },
    { id: 'framing-pressure', conditions: { all: [{ fact: 'conflictsOfInterest', operator: 'equal', value: 'hard' }] }, outcomes: ['framing'], explanation: 'Researchers may be pressed to frame findings in a particular way, so findings are misrepresented.', citations: [table1('stage.recommendations', 'Formulating recommendations')] },
    { id: 'data-pressure', conditions: { all: [{ fact: 'partnerResources', operator: 'equal', value: true }] }, outcomes: ['data-pressure'], explanation: 'Pressing partners for staff time or site access can damage relationships, most of all with powerful partners.', citations: [table1('stage.data-collection', 'Collecting data'), costs('cost.stakeholders', 'costs to stakeholders')] },
    { id: 'data-pressure-powerful', conditions: { all: [{ fact: 'partnerResources', operator: 'equal', value: true }, { fact: 'powerImbalance', operator: 'equal', value: true }] }, outcomes: ['data-pressure-powerful'], explanation: 'The relationship most at risk is with the most powerful partners, and those are the ones asked for resources.', citations: [table1('stage.data-collection', 'Collecting data')] },
    { id: 'joint-analysis', conditions: { all: [{ fact: 'partnersAnalyse', operator: 'equal', value: true }] }, outcomes: ['analysis-training'], explanation: 'Partners who help analyse data need training, and the data must be prepared to keep research ethics.', citations: [table1('stage.analysis', 'Analysing and interpreting data')] },
    { id: 'ethics', conditions: { all: [{ fact: 'identifiableParticipants', operator: 'equal', value: true }, { any: [{ fact: 'partnersAnalyse', operator: 'equal', value: true }, { fact: 'engagementMode', operator: 'equal', value: 'partnership' }] }] }, outcomes: ['ethics'], explanation: 'Partners may want to know who took part or what each person said, which would breach research ethics.', citations: [table1('stage.analysis', 'Analysing and interpreting data')] },
    { id: 'publication-approval', conditions: { all: [{ fact: 'publication', operator: 'equal', value: 'partner-approval' }] }, outcomes: ['suppression'], explanation: 'If partners must approve publication, unwelcome findings can be suppressed and researchers silenced.', citations: [table1('stage.dissemination', 'Disseminating research'), costs('cost.process', 'research process'), wider('risk.negative-findings')] },
    { id: 'publication-unagreed', conditions: { all: [{ fact: 'publication', operator: 'equal', value: 'not-agreed' }] }, outcomes: ['publication-open'], explanation: 'Without an agreement, partners may share findings early or block unwelcome ones, damaging the credibility of the process.', citations: [table1('stage.dissemination', 'Disseminating research'), req('readiness.protocols')] },
    { id: 'implementation-gap', conditions: { all: [{ fact: 'implementationRole', operator: 'equal', value: false }, { fact: 'useOfFindings', operator: 'equal', value: 'direct' }] }, outcomes: ['implementation'], explanation: 'Partners who expect help with putting findings into practice can be let down when researchers show little interest, and implementation can fail.', citations: [table1('stage.implementation', 'Implementing change')] },
    { id: 'implementation-advocacy', conditions: { all: [{ fact: 'implementationRole', operator: 'equal', value: true }] }, outcomes: ['advocacy'], explanation: 'Helping with implementation creates tension between advocating for the research and advocating for a change.', citations: [table1('stage.implementation', 'Implementing change')] },
    { id: 'too-late', conditions: { all: [{ fact: 'researchMonths', operator: 'greaterThan', value: { fact: 'decisionDueMonths' } }] }, outcomes: ['timeliness'], explanation: 'The findings would arrive after the decision they are meant to inform; in the telehealth case a report that took two years was needed 18 months earlier and changed little.', citations: [wye('risk.timeliness', 'Findings: the telehealth evaluation'), costs('cost.process', 'delays from recruiting and engaging')] },
    { id: 'no-budget', conditions: { all: [{ fact: 'facilitationBudget', operator: 'equal', value: false }] }, outcomes: ['practical'], explanation: 'Partners’ time, travel, reimbursement and administration cost money; unfunded, this work is added on to the research.', citations: [costs('cost.practical', 'practical costs')] },
    { id: 'limited-resources', conditions: { all: [{ fact: 'resources', operator: 'equal', value: 'limited' }] }, outcomes: ['practical-limited'], explanation: 'With time, money or expertise short, the practical costs fall on whoever has least room to absorb them.', citations: [costs('cost.practical', 'practical costs')] },
    { id: 'junior-lead', conditions: { all: [{ fact: 'leadResearcher', operator: 'equal', value: 'junior-or-temporary' }] }, outcomes: ['professional'], explanation: 'Co-production takes time from grants, papers and teaching, with little recognition; the cost often falls on junior and temporary staff, and disproportionately on women and researchers of colour.', citations: [costs('cost.professional', 'professional costs'), issue('readiness.workload', 'the work involved')] },
    { id: 'partisan', conditions: { all: [{ fact: 'independenceValued', operator: 'equal', value: 'expert-valued' }, { fact: 'engagementMode', operator: 'equal', value: 'partnership' }] }, outcomes: ['profession'], explanation: 'Where independence is prized, close partnership can make researchers look partisan and research look like one more lobby group, reducing trust in science.', citations: [costs('cost.profession', 'costs to the profession'), costs('cost.professional', 'professional costs')] },
    { id: 'service-users', conditions: { all: [{ fact: 'stakeholders', operator: 'contains', value: 'service-users' }, { fact: 'engagementMode', operator: 'equal', value: 'partnership' }] }, outcomes: ['stakeholders'], explanation: 'Participants give time from their own duties, may feel ignored or used if their input is cherry-picked, and can be put off engaging again.', citations: [costs('cost.stakeholders', 'costs to stakeholders')] },
    { id: 'policy-vulnerability', conditions: { all: [{ fact: 'stakeholders', operator: 'contains', value: 'policy-makers' }, { fact: 'engagementMode', operator: 'equal', value: 'partnership' }] }, outcomes: ['vulnerability'], explanation: 'Policy-makers who share uncertainties, gaps in direction or mistakes make themselves vulnerable.', citations: [costs('cost.stakeholders', 'costs to stakeholders')] },
    { id: 'relationship-work', conditions: { all: [{ fact: 'engagementMode', operator: 'equal', value: 'partnership' }] }, outcomes: ['relationships', 'key-questions'], explanation: 'Partnership means investing in relationships with no guaranteed output, trading favours and managing tense relationships.', citations: [costs('cost.relationship-investment', 'beyond the project lifecycle')] },
    { id: 'agency-power', conditions: { all: [{ fact: 'agencyControls', operator: 'equal', value: true }] }, outcomes: ['agency-power'], explanation: 'When one agency funds the work, supplies the staff and controls the policy process, partnership working is shaped by that power.', citations: [issue('readiness.funding-power', 'funding and power')] },
  ],
  outcomes: [
    flag('team-dominance', 'Dominant voices and slower decisions', 'Mixed teams take longer, and a few voices can dominate shared decisions.', 'process', 'medium', ['m-facilitation', 'm-governance', 'm-diversity'], [table1('stage.team', 'Developing mixed research teams')], 'team'),
    flag('personal', 'Conflict, stress and burnout', 'Expect difficult conversations and emotional labour; plan support for the people doing it.', 'personal', 'medium', ['m-facilitation', 'm-costs'], [costs('cost.personal', 'personal costs')]),
    flag('research-quality', 'Unoriginal or unpublishable questions', 'Questions set with partners may be dull, local or repetitive, and may serve dominant interests.', 'research', 'medium', ['m-contributions', 'm-reward'], [table1('stage.questions', 'Framing research questions'), costs('cost.research', 'risks to the research')], 'questions'),
    flag('co-option', 'Research co-opted', 'The research may be used to justify decisions already taken, at a cost to independence, credibility and careers.', 'professional', 'high', ['m-protocols', 'm-governance'], [table1('stage.questions', 'Framing research questions')], 'questions'),
    flag('framing', 'Pressure to frame findings', 'Findings may be misrepresented under pressure from partners with a stake in them.', 'professional', 'high', ['m-protocols', 'm-governance'], [table1('stage.recommendations', 'Formulating recommendations')], 'recommendations'),
    flag('data-pressure', 'Strain from asking for partners’ resources', 'Asking for staff time or site access can damage relationships.', 'stakeholders', 'medium', ['m-contributions', 'm-when-needed'], [table1('stage.data-collection', 'Collecting data')], 'data-collection'),
    flag('data-pressure-powerful', 'Relationships with powerful partners at risk', 'The partners who control resources are the ones whose goodwill matters most.', 'relationship-investment', 'high', ['m-contributions', 'm-funding-power'], [table1('stage.data-collection', 'Collecting data')], 'data-collection'),
    flag('analysis-training', 'Training partners for analysis', 'Budget time to train partners and to prepare data that keeps research ethics.', 'practical', 'low', ['m-training'], [table1('stage.analysis', 'Analysing and interpreting data')], 'analysis'),
    flag('ethics', 'Breach of participants’ confidentiality', 'Partners must not learn who took part or what each said; set this out before analysis starts.', 'process', 'high', ['m-protocols', 'm-training'], [table1('stage.analysis', 'Analysing and interpreting data')], 'analysis'),
    flag('suppression', 'Unwelcome findings suppressed', 'A partner veto on publication can keep negative findings unpublished and damage the credibility of the process.', 'process', 'high', ['m-protocols', 'm-exit'], [table1('stage.dissemination', 'Disseminating research'), wider('risk.negative-findings')], 'dissemination'),
    flag('publication-open', 'Publication rights not agreed', 'Agree who publishes what and when, including early sharing by partners.', 'process', 'medium', ['m-protocols'], [table1('stage.dissemination', 'Disseminating research')], 'dissemination'),
    flag('implementation', 'Implementation left unsupported', 'Partners may expect help to implement; without it relationships suffer and implementation can fail.', 'relationship-investment', 'medium', ['m-purpose', 'm-task'], [table1('stage.implementation', 'Implementing change')], 'implementation'),
    flag('advocacy', 'Advocate of evidence or of change?', 'Decide in advance where researchers stop advocating the research and start advocating a change.', 'professional', 'low', ['m-ambition', 'm-purpose'], [table1('stage.implementation', 'Implementing change')], 'implementation'),
    flag('timeliness', 'Findings after the decision', 'The research is planned to report after the decision is due.', 'process', 'high', ['m-timing', 'm-when-needed'], [wye('risk.timeliness', 'Findings: the telehealth evaluation')]),
    flag('practical', 'Unfunded practical costs', 'Partners’ time, travel, reimbursement and administration have no budget.', 'practical', 'high', ['m-costs', 'm-infrastructure'], [costs('cost.practical', 'practical costs')]),
    flag('practical-limited', 'Short of time, money or expertise', 'The practical costs of involving people properly may not be met.', 'practical', 'medium', ['m-costs', 'm-working-pattern'], [costs('cost.practical', 'practical costs')]),
    flag('professional', 'Costs fall on junior or temporary staff', 'Those least able to absorb the career costs carry most of the work.', 'professional', 'high', ['m-workload', 'm-reward', 'm-training'], [costs('cost.professional', 'professional costs')]),
    flag('profession', 'Seen as partisan', 'The research and researchers may be seen as partisan or "light-weight", and trust in research may suffer.', 'profession', 'medium', ['m-protocols', 'm-diversity'], [costs('cost.profession', 'costs to the profession')]),
    flag('stakeholders', 'Costs to participants', 'Participants may lose time from their duties, feel used, or be put off taking part again.', 'stakeholders', 'medium', ['m-contributions', 'm-incentives'], [costs('cost.stakeholders', 'costs to stakeholders')]),
    flag('vulnerability', 'Policy-makers exposed', 'Sharing uncertainty or mistakes can cost policy-makers; agree how sensitive information is handled.', 'stakeholders', 'low', ['m-protocols'], [costs('cost.stakeholders', 'costs to stakeholders')]),
    flag('relationships', 'Relationship work with no guaranteed output', 'Time spent building and keeping relationships may produce nothing measurable.', 'relationship-investment', 'low', ['m-reward', 'm-workload'], [costs('cost.relationship-investment', 'beyond the project lifecycle')]),
    { id: 'key-questions', label: 'Answer the key questions first', detail: 'Before engaging: what is everyone bringing, when is each contribution needed, what will it cost and who bears it, and how will decisions be taken and governed?', effect: { type: 'advice' as const, level: 'requirement' as const }, citations: [keyQ('question.contributions', 1), keyQ('question.when-needed', 2), keyQ('question.costs', 3), keyQ('question.governance', 4)] },
    flag('agency-power', 'One partner holds the purse and the policy', 'Agree how the funding agency’s power over staff, money and policy will be balanced.', 'process', 'medium', ['m-funding-power', 'm-governance'], [issue('readiness.funding-power', 'funding and power')]),
  ],
  bands: [
    { id: 'high', label: 'High cost and risk', summary: 'Several serious costs are likely. Plan the mitigations before committing, or choose a lighter form of engagement.', atLeast: 9 },
    { id: 'moderate', label: 'Moderate cost and risk', summary: 'Some known costs apply; they can be managed if they are planned and paid for.', atLeast: 4 },
    { id: 'low', label: 'Low cost and risk', summary: 'Few of the known costs are flagged by the answers. Costs can still arise at any stage.' },
  ],
  references: [
    // Mitigations
    { id: 'm-contributions', kind: 'question', title: 'What is everyone bringing?', text: 'List what each party contributes: money, knowledge of the political context, pressure for answers, topic and methods expertise, lived experience.', citations: [keyQ('question.contributions', 1)] },
    { id: 'm-when-needed', kind: 'question', title: 'When is each contribution needed?', text: 'Decide for what purpose and at which stage each contribution is needed, rather than involving everyone throughout.', citations: [keyQ('question.when-needed', 2)] },
    { id: 'm-costs', kind: 'question', title: 'Who bears the costs?', text: 'Name the time, administrative, cultural and professional costs and how they will be met or shared.', citations: [keyQ('question.costs', 3)] },
    { id: 'm-governance', kind: 'question', title: 'How are decisions taken?', text: 'Agree how decisions are made, how responsibility and accountability are shared, and how the process is governed.', citations: [keyQ('question.governance', 4)] },
    { id: 'm-infrastructure', kind: 'mitigation', title: 'Ask for infrastructure and leadership', text: 'Research organisations and funders should build and support the infrastructure and leadership co-production needs.', citations: [funder('funder.infrastructure')] },
    { id: 'm-training', kind: 'mitigation', title: 'Train for it', text: 'Treat co-production as a skill set: training for researchers, funders and stakeholders.', citations: [funder('funder.training'), req('readiness.training')] },
    { id: 'm-reward', kind: 'mitigation', title: 'Recognise the work', text: 'Reward good practice and recognise co-production work even when it leads to no measurable impact.', citations: [funder('funder.reward')] },
    { id: 'm-evaluate', kind: 'mitigation', title: 'Evaluate its impact', text: 'Evaluate what co-production changes, so that its costs can be weighed against its effects.', citations: [funder('funder.evaluate')] },
    { id: 'm-diversity', kind: 'mitigation', title: 'Protect diversity and quality', text: 'Make sure co-production supports, rather than narrows, the diversity and quality of research and policy.', citations: [funder('funder.diversity')] },
    { id: 'm-facilitation', kind: 'mitigation', title: 'Invest in facilitation', text: 'Fund skilled facilitation and management of expectations, with ground rules and processes set up front.', citations: [cite('readiness.facilitation', 'oliver2019', 'A cautious approach to coproduction')] },
    { id: 'm-protocols', kind: 'mitigation', title: 'Write the ground rules', text: 'Agree protocols on decisions, dispute resolution, conflicts of interest, publication, ethics and access to information.', citations: [req('readiness.protocols')] },
    { id: 'm-exit', kind: 'mitigation', title: 'Agree how to leave', text: 'Set out termination and exit processes, so that a failing partnership can end cleanly.', citations: [req('readiness.exit')] },
    { id: 'm-task', kind: 'mitigation', title: 'Allocate tasks', text: 'Agree who does what, including any support for implementation.', citations: [req('readiness.task-allocation')] },
    { id: 'm-incentives', kind: 'mitigation', title: 'Give reasons to take part', text: 'Put incentives in place so that taking part is worthwhile for every partner.', citations: [req('readiness.incentives')] },
    { id: 'm-working-pattern', kind: 'mitigation', title: 'Decide the working pattern', text: 'Decide how and how much people work together (secondments, exchanges, full or part time), where (co-located or not) and who (junior or senior, analysts or policy advisers).', citations: [req('readiness.working-pattern')] },
    { id: 'm-purpose', kind: 'mitigation', title: 'Agree the purpose and timescale', text: 'Agree whether the partnership is mainly about processes, relationships, research products or impacts, and what timescale is reasonable for each.', citations: [issue('readiness.purpose-focus', 'purpose')] },
    { id: 'm-ambition', kind: 'mitigation', title: 'Agree the level of ambition', text: 'Agree what counts as co-production here: whether everyone is involved in everything, teams or task groups, whether the research or the policy process should visibly change.', citations: [issue('readiness.ambition', 'level of ambition')] },
    { id: 'm-funding-power', kind: 'mitigation', title: 'Balance funding and power', text: 'Agree who pays for building the partnership and for the research, and how the influence of a partner that pays, staffs and controls policy will be balanced.', citations: [issue('readiness.funding-power', 'funding and power')] },
    { id: 'm-workload', kind: 'mitigation', title: 'Share the work fairly', text: 'Decide who takes prime responsibility for the co-production work and whether every team member should build the relationships.', citations: [issue('readiness.workload', 'the work involved')] },
    { id: 'm-timing', kind: 'mitigation', title: 'Check the decision date first', text: 'Find out when the decision is due before agreeing the design; research that reports after the decision is unlikely to inform it.', citations: [wye('risk.timeliness', 'Findings: the telehealth evaluation'), wye('broker.challenge.time-mismatch', 'Findings: challenges')] },
    // The taxonomy itself, published with its ids
    { id: 'cost-practical', kind: 'taxonomy', title: 'Practical costs', text: 'Money and time: many people’s time, travel and reimbursement, administration, the skill to recruit and run mixed groups, and work added on without resources; the load may fall unevenly by gender.', citations: [costs('cost.practical', 'practical costs')] },
    { id: 'cost-personal', kind: 'taxonomy', title: 'Personal costs', text: 'Interpersonal conflict, difficult conversations, emotional labour, stress and burnout.', citations: [costs('cost.personal', 'personal costs')] },
    { id: 'cost-professional', kind: 'taxonomy', title: 'Professional costs', text: 'Time away from grants, papers and teaching; outputs seen as lower quality or hard to publish; favours owed; being seen as partisan or light-weight; in extreme cases, personal safety.', citations: [costs('cost.professional', 'professional costs')] },
    { id: 'cost-research', kind: 'taxonomy', title: 'Costs to the research', text: 'Dull, unoriginal or local questions, control by dominant groups, and unnecessary or repeated topics.', citations: [costs('cost.research', 'risks to the research')] },
    { id: 'cost-process', kind: 'taxonomy', title: 'Costs to the research process', text: 'Delays in recruiting and engaging, disputes over purpose, co-option, researchers silenced or stopped from publishing, and disputes over when to share findings.', citations: [costs('cost.process', 'research process')] },
    { id: 'cost-stakeholders', kind: 'taxonomy', title: 'Costs to stakeholders', text: 'Time away from their main duties, exposure from sharing uncertainty or mistakes, input cherry-picked, feeling ignored or used, and less willingness to take part again.', citations: [costs('cost.stakeholders', 'costs to stakeholders')] },
    { id: 'cost-profession', kind: 'taxonomy', title: 'Costs to the profession', text: 'Less trust in science and researchers, and research seen as one more lobby group.', citations: [costs('cost.profession', 'costs to the profession')] },
    { id: 'cost-relationship-investment', kind: 'taxonomy', title: 'Relationship investment', text: 'Time in relationships with no guaranteed output, calling in and returning favours, and managing tense relationships.', citations: [costs('cost.relationship-investment', 'beyond the project lifecycle')] },
    { id: 'stage-team', kind: 'taxonomy', title: 'Stage: developing mixed teams', text: 'Stakeholders disagree and familiar voices dominate; the work takes longer and shared decisions suffer.', citations: [table1('stage.team', 'Developing mixed research teams')] },
    { id: 'stage-questions', kind: 'taxonomy', title: 'Stage: framing questions', text: 'Priorities and values differ, useful questions may lack originality, and research can be co-opted; relationships, careers and independence can be damaged.', citations: [table1('stage.questions', 'Framing research questions')] },
    { id: 'stage-data-collection', kind: 'taxonomy', title: 'Stage: collecting data', text: 'Pressing partners for staff time or access strains relationships, especially with powerful partners.', citations: [table1('stage.data-collection', 'Collecting data')] },
    { id: 'stage-analysis', kind: 'taxonomy', title: 'Stage: analysing data', text: 'Partners may want to know who took part or to help analyse; ethics must be protected and partners trained.', citations: [table1('stage.analysis', 'Analysing and interpreting data')] },
    { id: 'stage-recommendations', kind: 'taxonomy', title: 'Stage: formulating recommendations', text: 'Little agreement on what matters and pressure to frame findings can misrepresent them and damage independence.', citations: [table1('stage.recommendations', 'Formulating recommendations')] },
    { id: 'stage-dissemination', kind: 'taxonomy', title: 'Stage: disseminating', text: 'Unwanted findings may be blocked and partners may share early, damaging independence and the credibility of the process.', citations: [table1('stage.dissemination', 'Disseminating research')] },
    { id: 'stage-implementation', kind: 'taxonomy', title: 'Stage: implementing change', text: 'Advocating research and advocating change pull apart, and researchers may not support implementation; relationships and implementation can fail.', citations: [table1('stage.implementation', 'Implementing change')] },
  ],
}, validatedHashes['costs/v1']);
export { costsRuleSet as costs };
