/**
 * coproduction-criteria v2: should this project favour co-production with decision-makers?
 * v2 (see the changelog): a "favour" verdict needs an answer on the nature and purpose of
 * the research (Table 2 rows 1-6), the "conditional" summary says what the answers did,
 * and every result carries the scope of Table 2 and the limits of any such tool.
 * Encodes Oliver, Kothari & Mays (2019) Table 2 and the slides' "when to co-produce and
 * when not to", the two-step process, motivations, modes, readiness, assumptions and benefits.
 */
import { trustRuleSet, type Citation, type FactCondition } from '@coproduce/core/evaluation';
import { cite, slide, table2 } from '../cite';
import { withGuidanceText } from '../guidance-text';
import * as Q from '../questions';
import { sources } from '../sources';
import { validatedHashes } from '../hashes';

interface Pole {
  readonly value: string;
  readonly label: string;
  readonly detail: string;
}

/** One Table 2 criterion: a rule and an outcome for each pole, both citing the same row. */
function criterion(key: string, question: string, citations: Citation[], more: Pole, less: Pole, lessExtra: FactCondition[] = []) {
  return {
    rules: [
      {
        id: `${key}-more`,
        conditions: { all: [{ fact: question, operator: 'equal', value: more.value }] },
        outcomes: [`more-${key}`],
        explanation: more.detail,
        citations,
      },
      {
        id: `${key}-less`,
        conditions: { all: [{ fact: question, operator: 'equal', value: less.value }, ...lessExtra] },
        outcomes: [`less-${key}`],
        explanation: less.detail,
        citations,
      },
    ],
    outcomes: [
      { id: `more-${key}`, label: more.label, detail: more.detail, effect: { type: 'signal', direction: 'for', weight: 1 }, citations },
      { id: `less-${key}`, label: less.label, detail: less.detail, effect: { type: 'signal', direction: 'against', weight: 1 }, citations },
    ],
  } as const;
}

const C = [
  criterion('controversy', 'controversy', table2('criteria.controversy', 1),
    { value: 'widely-supported', label: 'Findings unlikely to be disputed', detail: 'The programme is broadly accepted, so working closely with decision-makers is less likely to compromise how the findings are received.' },
    { value: 'contested', label: 'Findings likely to be disputed', detail: 'When a programme is controversial and findings will be contested, close partnership with one side can undermine the credibility of the research.' }),
  criterion('conflicts', 'conflictsOfInterest', table2('criteria.conflicts-of-interest', 2),
    { value: 'few', label: 'Few conflicts of interest', detail: 'Partners are not judged on the success of the programme, so shared work is less likely to be pulled towards a preferred answer.' },
    { value: 'hard', label: 'Conflicts of interest hard to manage', detail: 'Partners responsible for delivering the programme have a stake in the result, which makes joint framing of questions and findings hard to keep even-handed.' }),
  criterion('use', 'useOfFindings', table2('criteria.use-of-findings', 3),
    { value: 'direct', label: 'Findings are meant for a decision', detail: 'The main point is to use the findings in policy or management decisions, which is what close involvement of decision-makers is for.' },
    { value: 'indirect', label: 'Direct use is less of a concern', detail: 'If the findings need not feed a decision directly and soon, the main reason to involve decision-makers closely is weaker.' }),
  criterion('independence', 'independenceValued', table2('criteria.policy-based-evidence', 4),
    { value: 'few-concerns', label: "Few worries about 'policy-based evidence'", detail: "No one involved is especially worried that joint work will be read as 'policy-based evidence'." },
    { value: 'expert-valued', label: 'Expert, detached inquiry is valued', detail: 'Funders or users value detached expert inquiry above other knowledge, so co-produced findings may carry less weight with them.' }),
  criterion('definition', 'programmeDefinition', table2('criteria.definition', 5),
    { value: 'needs-definition', label: 'Programme still being shaped', detail: 'A programme that still needs definition, refinement or feasibility testing benefits from the knowledge of those who will run and use it.' },
    { value: 'well-defined', label: 'Programme well defined', detail: 'When the programme is already well defined and agreed, there is less for partners to shape.' }),
  criterion('purpose', 'researchPurpose', table2('criteria.purpose', 6),
    { value: 'how-to-implement', label: 'Research is about how to implement', detail: 'Working out how best to implement a decided programme is where partners add most.' },
    { value: 'whether-it-works', label: 'Research tests whether it works, with room to decide', detail: 'When the question is whether the programme works and the decision could still go either way, independence protects the answer.' },
    [{ fact: 'decisionSpace', operator: 'equal', value: true }]),
  criterion('cooperation', 'implementerCooperation', table2('criteria.implementer-cooperation', 7),
    { value: 'essential', label: 'Needs active cooperation of implementers', detail: 'The research cannot easily be done without the active cooperation of policy-makers or local implementers, so involving them is practical as well as useful.' },
    { value: 'less-dependent', label: 'Research does not depend on implementers', detail: 'The research can be done without much cooperation from policy-makers or implementers, so there is less need to bring them in.' }),
  criterion('relationships', 'relationships', [...table2('criteria.relationships', 8), slide('criteria.relationships', 'Conclusion')],
    { value: 'need-building', label: 'Mutual understanding needs building', detail: 'Researchers and decision-makers need to understand each other better, which joint work can build.' },
    { value: 'good-links', label: 'Good informal links already exist', detail: "With good informal, ongoing relationships, independent research kept at a 'close distance' can serve, keeping roles distinct and the research credible." }),
  criterion('resources', 'resources', table2('criteria.resources', 9),
    { value: 'available', label: 'Time, money and expertise available', detail: 'There is enough time, money and expertise to involve the key stakeholders at every appropriate point.' },
    { value: 'limited', label: 'Time, money or expertise limited', detail: 'One or more of time, money and expertise is short, so stakeholders could not be involved properly at every point.' }),
];

const partnership = slide('criteria.partnership-expertise', 'When to co-produce and when not to (continued)');
const ppi = slide('criteria.ppi-mandate', 'How can we avoid some or all of the potentially negative consequences?');
const twoStep = cite('criteria.two-step', 'oliver2019', 'A cautious approach to coproduction (two-step process)');
const alternatives = [cite('criteria.other-approaches', 'oliver2019', 'A cautious approach to coproduction; Conclusions'), slide('criteria.other-approaches', 'Conclusion')];
const caution = cite('criteria.caution', 'oliver2019', 'Abstract; Conclusions');
// The slide asks these as open questions; the citation says so.
const wider = (g: string) => cite(g, 'slides', `slide "Some wider considerations in relation to the consequences of 'co-production'"`, 'open-question');
const assumptions = (g: string) => slide(g, "Assumptions underpinning 'co-production'");

export const criteria = trustRuleSet(withGuidanceText({
  format: 'coproduce/rule-set@2',
  id: 'coproduction-criteria',
  version: '2.0.0',
  kind: 'verdict',
  title: 'Should this project favour co-production?',
  description:
    'Weighs the project against the published criteria for more or less emphasis on co-production with decision-makers (policy-makers and service managers). Each criterion counts one point either way, and the thresholds between verdicts are this tool’s own choice: the sources give no weights and call the criteria early thoughts, so the verdict says which way the answers lean and why, not what you must do.',
  minimumAnswers: 3,
  sources,
  questions: [
    Q.controversy,
    Q.conflictsOfInterest,
    Q.useOfFindings,
    Q.independenceValued,
    Q.programmeDefinition,
    Q.researchPurpose,
    Q.decisionSpace,
    Q.implementerCooperation,
    Q.relationships,
    Q.resources,
    Q.partnershipExpertise,
    Q.ppiRequired,
    Q.stakeholders,
    Q.motivations,
    Q.engagementMode,
    Q.expectedBenefits,
    Q.readiness,
    Q.alternativesConsidered,
    Q.evaluationPlanned,
  ],
  rules: [
    ...C.flatMap((c) => c.rules),
    { id: 'partnership-expertise', conditions: { all: [{ fact: 'partnershipExpertise', operator: 'equal', value: true }] }, outcomes: ['more-partnership-expertise'], explanation: 'Access to people experienced in partnership working makes co-production more feasible.', citations: [partnership] },
    { id: 'no-partnership-expertise', conditions: { all: [{ fact: 'partnershipExpertise', operator: 'equal', value: false }] }, outcomes: ['find-partnership-expertise'], explanation: 'Without partnership expertise, the practical demands of co-production fall on people not trained for them.', citations: [partnership, cite('cost.practical', 'oliver2019', 'Challenges and costs to coproduction (practical costs)')] },
    { id: 'ppi-mandate', conditions: { all: [{ fact: 'ppiRequired', operator: 'equal', value: true }] }, outcomes: ['ppi-required'], explanation: 'Patient and public involvement that a funder requires is not optional, whatever the other criteria say.', citations: [ppi] },
    {
      id: 'consider-alternatives',
      conditions: {
        any: [
          { fact: 'controversy', operator: 'equal', value: 'contested' },
          { fact: 'conflictsOfInterest', operator: 'equal', value: 'hard' },
          { fact: 'relationships', operator: 'equal', value: 'good-links' },
          { fact: 'independenceValued', operator: 'equal', value: 'expert-valued' },
          { all: [{ fact: 'researchPurpose', operator: 'equal', value: 'whether-it-works' }, { fact: 'decisionSpace', operator: 'equal', value: true }] },
        ],
      },
      outcomes: ['alternatives'],
      explanation: 'Some answers point away from co-production; other approaches may meet the same aims at lower cost.',
      citations: [...alternatives, twoStep, slide('criteria.relationships', 'Conclusion')],
    },
    { id: 'two-step-not-done', conditions: { all: [{ fact: 'alternativesConsidered', operator: 'equal', value: false }] }, outcomes: ['do-step-two'], explanation: 'The recommended process has two steps: decide whether co-production helps meet the aims, then check whether other approaches would do as well or better.', citations: [twoStep, ...alternatives] },
    { id: 'no-evaluation', conditions: { all: [{ fact: 'evaluationPlanned', operator: 'equal', value: false }] }, outcomes: ['evaluate'], explanation: 'Evidence on what co-production achieves is thin; the sources advise a cautious approach that evaluates its effects.', citations: [caution, cite('funder.evaluate', 'oliver2019', 'A cautious approach to coproduction (research organisations and funders)')] },
    { id: 'political-motive', conditions: { all: [{ fact: 'motivations', operator: 'contains', value: 'political' }] }, outcomes: ['name-political-aims'], explanation: 'Political aims (ownership, legitimacy, trust) are often left unstated, yet the authors see them as perhaps the most important reason researchers co-produce, and one that needs serious attention. Where a policy agency uses co-production to gain legitimacy for how it makes policy, it could become tokenistic.', citations: [cite('motive.political', 'oliver2019', 'Why coproduce? (4. Political); Conclusions'), slide('motive.political', "Rationale for 'co-production' III"), slide('risk.tokenism', "Rationale for 'co-production' III")] },
    {
      id: 'other-means',
      conditions: { any: [{ fact: 'motivations', operator: 'contains', value: 'substantive' }, { fact: 'motivations', operator: 'contains', value: 'instrumental' }, { fact: 'motivations', operator: 'contains', value: 'normative' }] },
      outcomes: ['other-means'],
      explanation: 'Most substantive, instrumental and normative aims can also be reached by means other than co-production.',
      citations: [cite('motive.substantive', 'oliver2019', 'Conclusions'), cite('motive.instrumental', 'oliver2019', 'Conclusions'), cite('motive.normative', 'oliver2019', 'Conclusions'), ...alternatives],
    },
    { id: 'tokenism-risk', conditions: { all: [{ fact: 'motivations', operator: 'contains', value: 'political' }, { fact: 'readiness', operator: 'doesNotContain', value: 'power' }] }, outcomes: ['tokenism'], explanation: 'Seeking legitimacy without a reasonable sharing of power risks tokenistic co-production.', citations: [slide('risk.tokenism', "Rationale for 'co-production' III"), slide('readiness.power', "Practical requirements for 'co-production'")] },
    { id: 'partnership-short-resources', conditions: { all: [{ fact: 'engagementMode', operator: 'equal', value: 'partnership' }, { fact: 'resources', operator: 'equal', value: 'limited' }] }, outcomes: ['partnership-underfunded'], explanation: 'A full partnership is the most demanding mode; with limited time, money or expertise it is likely to fall short.', citations: [cite('mode.partnership', 'oliver2019', 'How to coproduce?'), ...table2('criteria.resources', 9)] },
    { id: 'partnership-mode', conditions: { all: [{ fact: 'engagementMode', operator: 'equal', value: 'partnership' }] }, outcomes: ['authentic-partnership'], explanation: 'A true partnership means co-learning, co-steering the questions and co-interpreting data, with equal status; a financial contribution from partners is often a sign it is real.', citations: [cite('mode.partnership', 'oliver2019', 'How to coproduce?'), slide('mode.partnership', "Some examples of initiatives shaped by 'co-production' thinking")] },
    { id: 'shallower-mode', conditions: { all: [{ fact: 'engagementMode', operator: 'in', value: ['recipients', 'soft-networks', 'commissioned'] }] }, outcomes: ['shallower-mode'], explanation: 'Sharing findings, informal advice and commissioned research are recognised ways to engage that cost less than partnership.', citations: [cite('mode.recipients', 'oliver2019', 'How to coproduce?'), cite('mode.soft-networks', 'oliver2019', 'How to coproduce?'), cite('mode.commissioned', 'oliver2019', 'How to coproduce?')] },
    { id: 'between-implementers-and-policy', conditions: { all: [{ fact: 'stakeholders', operator: 'contains', value: 'policy-makers' }, { any: [{ fact: 'stakeholders', operator: 'contains', value: 'local-implementers' }, { fact: 'stakeholders', operator: 'contains', value: 'service-users' }] }] }, outcomes: ['awkward-spot'], explanation: 'Involving service users and local implementers may make more sense than involving policy-makers, but doing both can leave researchers caught between them.', citations: [slide('criteria.who-to-involve', 'Conclusion')] },
    { id: 'parity-of-esteem', conditions: { all: [{ fact: 'stakeholders', operator: 'contains', value: 'policy-makers' }, { fact: 'engagementMode', operator: 'equal', value: 'partnership' }] }, outcomes: ['parity'], explanation: 'Partnership with policy staff raises the question of whether career researchers must give equal weight to less experienced policy staff.', citations: [wider('risk.parity-of-esteem')] },
    { id: 'prior-conditions-missing', conditions: { any: [{ fact: 'readiness', operator: 'doesNotContain', value: 'trust' }, { fact: 'readiness', operator: 'doesNotContain', value: 'power' }] }, outcomes: ['prior-conditions'], explanation: 'Co-production needs reasonable mutual respect and trust and a reasonable distribution of power before it starts.', citations: [slide('readiness.trust', "Practical requirements for 'co-production'"), slide('readiness.power', "Practical requirements for 'co-production'")] },
    { id: 'protocols-missing', conditions: { all: [{ fact: 'readiness', operator: 'doesNotContain', value: 'protocols' }] }, outcomes: ['protocols'], explanation: 'Agree rules on decisions, disputes, conflicts of interest, publication, ethics and access to information before the work starts.', citations: [slide('readiness.protocols', "Practical requirements for 'co-production'"), cite('readiness.protocols', 'oliver2019', 'A cautious approach to coproduction (ground rules)'), cite('question.governance', 'oliver2019', 'Key questions (4)')] },
    {
      id: 'governance-gaps',
      conditions: { any: [{ fact: 'readiness', operator: 'doesNotContain', value: 'task-allocation' }, { fact: 'readiness', operator: 'doesNotContain', value: 'incentives' }, { fact: 'readiness', operator: 'doesNotContain', value: 'training' }, { fact: 'readiness', operator: 'doesNotContain', value: 'exit' }] },
      outcomes: ['governance'],
      explanation: 'Governance to settle: who does which task, what makes taking part worthwhile, what training people need, and how the partnership ends.',
      citations: [slide('readiness.task-allocation', "Practical requirements for 'co-production'"), slide('readiness.incentives', "Practical requirements for 'co-production'"), slide('readiness.training', "Practical requirements for 'co-production'"), cite('readiness.training', 'oliver2019', 'A cautious approach to coproduction'), slide('readiness.exit', "Practical requirements for 'co-production'")],
    },
    { id: 'facilitation-missing', conditions: { all: [{ fact: 'readiness', operator: 'doesNotContain', value: 'facilitation' }] }, outcomes: ['facilitation'], explanation: 'A cautious approach invests in good facilitation, management of expectations and ground rules.', citations: [cite('readiness.facilitation', 'oliver2019', 'A cautious approach to coproduction')] },
    {
      id: 'test-use-assumptions',
      conditions: { any: [{ fact: 'expectedBenefits', operator: 'contains', value: 'use' }, { fact: 'expectedBenefits', operator: 'contains', value: 'relevance' }] },
      outcomes: ['test-use-assumptions'],
      explanation: 'Expecting more use assumes that findings are under-used now, that working together is the fix, that it beats in-house or independent research, and that it will yield definitive, actionable findings.',
      citations: [slide('criteria.no-guarantee', 'Conclusion'), assumptions('assumption.underuse'), assumptions('assumption.together-is-solution'), assumptions('assumption.better-than-alternatives'), assumptions('assumption.definitive-findings'), slide('benefit.use', "Rationale for 'co-production' II"), slide('benefit.relevance', "Rationale for 'co-production' II")],
    },
    {
      id: 'test-process-assumptions',
      conditions: { any: [{ fact: 'expectedBenefits', operator: 'contains', value: 'mutual-understanding' }, { fact: 'expectedBenefits', operator: 'contains', value: 'skills' }, { fact: 'expectedBenefits', operator: 'contains', value: 'openness' }] },
      outcomes: ['test-process-assumptions'],
      explanation: 'Expecting better relationships assumes resources should go to them, that everyone will find the process positive, that it levels power by itself, and that it works the same in any setting.',
      citations: [assumptions('assumption.resources'), assumptions('assumption.positive-for-all'), assumptions('assumption.power-levelling'), cite('assumption.power-levelling', 'oliver2019', 'Challenges and costs to coproduction'), assumptions('assumption.context-free'), slide('benefit.mutual-understanding', "Rationale for 'co-production' II"), slide('benefit.skills', "Rationale for 'co-production' II"), slide('benefit.openness', "Rationale for 'co-production' II")],
    },
    { id: 'contested-partnership', conditions: { all: [{ fact: 'controversy', operator: 'equal', value: 'contested' }, { fact: 'engagementMode', operator: 'equal', value: 'partnership' }] }, outcomes: ['negative-findings'], explanation: 'In a contested field, partnership can make unexpected or unwelcome findings harder to produce and publish, and narrow the evidence.', citations: [wider('risk.negative-findings'), wider('risk.narrow-evidence')] },
    { id: 'over-emphasis', conditions: { all: [{ fact: 'engagementMode', operator: 'equal', value: 'partnership' }, { fact: 'useOfFindings', operator: 'equal', value: 'direct' }] }, outcomes: ['over-emphasis'], explanation: 'Findings a partnership produced for a decision risk being given more weight than other evidence.', citations: [wider('risk.over-emphasis')] },
  ],
  outcomes: [
    ...C.flatMap((c) => c.outcomes),
    { id: 'more-partnership-expertise', label: 'Partnership expertise available', detail: 'Access to expertise in partnership working argues for more emphasis on co-production.', effect: { type: 'signal', direction: 'for', weight: 1 }, citations: [partnership] },
    { id: 'find-partnership-expertise', label: 'Find partnership expertise', detail: 'No one on the team has run a research partnership before: bring in that expertise or plan for training.', effect: { type: 'advice', level: 'warning' }, citations: [partnership] },
    { id: 'ppi-required', label: 'Patient and public involvement is required', detail: 'Involve patients and the public as required, whatever the verdict on co-producing with decision-makers.', effect: { type: 'advice', level: 'requirement' }, citations: [ppi] },
    { id: 'alternatives', label: 'Consider other approaches', detail: "Consultation, independent research kept at a 'close distance' to decision-makers, or in-house analysis may meet the aims as well, at lower cost and with clearer independence.", effect: { type: 'advice', level: 'info' }, citations: [...alternatives, twoStep] },
    { id: 'do-step-two', label: 'Compare with other approaches', detail: 'Before committing, check whether consultative, independent or in-house approaches would meet the same aims as well or better.', effect: { type: 'advice', level: 'warning' }, citations: [twoStep] },
    { id: 'evaluate', label: 'Plan to evaluate the co-production', detail: 'Build in an evaluation of how co-production changes the research and its outcomes, and of its costs and benefits.', effect: { type: 'advice', level: 'warning' }, citations: [caution, cite('funder.evaluate', 'oliver2019', 'A cautious approach to coproduction (research organisations and funders)')] },
    { id: 'name-political-aims', label: 'Discuss the political aims openly', detail: 'If legitimacy, ownership or trust are aims, say so and discuss them with the partners; the authors note these aims are rarely stated, although they may matter most.', effect: { type: 'advice', level: 'info' }, citations: [cite('motive.political', 'oliver2019', 'Conclusions')] },
    { id: 'other-means', label: 'Other means may serve these aims', detail: 'Better research, use of findings and fairness can often be pursued without full co-production: check which aims truly need it.', effect: { type: 'advice', level: 'info' }, citations: [...alternatives] },
    { id: 'tokenism', label: 'Risk of tokenism', detail: 'Co-production sought for legitimacy without sharing power risks being tokenistic.', effect: { type: 'advice', level: 'warning' }, citations: [slide('risk.tokenism', "Rationale for 'co-production' III")] },
    { id: 'partnership-underfunded', label: 'Partnership without the means', detail: 'Either secure the time, money and expertise a partnership needs, or choose a less demanding mode of engagement.', effect: { type: 'advice', level: 'warning' }, citations: [cite('mode.partnership', 'oliver2019', 'How to coproduce?')] },
    { id: 'authentic-partnership', label: 'What a real partnership involves', detail: 'Plan for co-learning, co-steering of questions and direction, and joint interpretation, with equal status among co-researchers.', effect: { type: 'advice', level: 'info' }, citations: [cite('mode.partnership', 'oliver2019', 'How to coproduce?')] },
    { id: 'shallower-mode', label: 'A lighter mode of engagement', detail: 'The planned mode stops short of partnership; that is a legitimate choice when the criteria lean against co-production.', effect: { type: 'advice', level: 'info' }, citations: [cite('mode.commissioned', 'oliver2019', 'How to coproduce?')] },
    { id: 'awkward-spot', label: 'Caught between implementers and policy-makers', detail: 'Decide whose involvement matters most; researchers can end up in an awkward position between implementers and policy-makers.', effect: { type: 'advice', level: 'info' }, citations: [slide('criteria.who-to-involve', 'Conclusion')] },
    { id: 'parity', label: 'Parity of esteem', detail: 'Agree how the expertise of researchers and of policy staff will be weighed before disagreements arise.', effect: { type: 'advice', level: 'info' }, citations: [wider('risk.parity-of-esteem')] },
    { id: 'prior-conditions', label: 'Prior conditions not in place', detail: 'Mutual trust and a reasonable balance of power are prior conditions for co-production; without them, build them first or choose another approach.', effect: { type: 'advice', level: 'warning' }, citations: [slide('readiness.trust', "Practical requirements for 'co-production'"), slide('readiness.power', "Practical requirements for 'co-production'")] },
    { id: 'protocols', label: 'Agree the ground rules', detail: 'Write down how decisions are taken, disputes resolved, conflicts of interest handled, findings published and information shared.', effect: { type: 'advice', level: 'warning' }, citations: [slide('readiness.protocols', "Practical requirements for 'co-production'")] },
    { id: 'governance', label: 'Governance still to settle', detail: 'Settle task allocation, incentives, training and exit arrangements.', effect: { type: 'advice', level: 'info' }, citations: [slide('readiness.task-allocation', "Practical requirements for 'co-production'")] },
    { id: 'facilitation', label: 'Fund facilitation', detail: 'Budget for skilled facilitation and for managing everyone’s expectations.', effect: { type: 'advice', level: 'warning' }, citations: [cite('readiness.facilitation', 'oliver2019', 'A cautious approach to coproduction')] },
    { id: 'test-use-assumptions', label: 'Test the assumptions behind "more use"', detail: 'Check that findings really are under-used, that joint work is the fix, that it beats in-house or independent research, and that definitive findings are likely.', effect: { type: 'advice', level: 'info' }, citations: [assumptions('assumption.underuse')] },
    { id: 'test-process-assumptions', label: 'Test the assumptions behind "better relationships"', detail: 'Check that spending on relationships is justified, that all partners will see the process as positive, that power imbalances will be tackled on purpose, and that it suits this setting.', effect: { type: 'advice', level: 'info' }, citations: [assumptions('assumption.power-levelling')] },
    { id: 'negative-findings', label: 'Unwelcome findings at risk', detail: 'Agree in advance that unexpected or negative findings will be published; watch for group think and self-censorship.', effect: { type: 'advice', level: 'warning' }, citations: [wider('risk.negative-findings'), wider('risk.narrow-evidence')] },
    { id: 'over-emphasis', label: 'Do not over-weight co-produced findings', detail: 'Weigh the findings alongside other evidence, not above it.', effect: { type: 'advice', level: 'info' }, citations: [wider('risk.over-emphasis')] },
  ],
  bands: [
    {
      id: 'favour',
      label: 'Favour co-production with decision-makers',
      summary: 'Most answers point to the conditions in which the sources favour more emphasis on co-production with decision-makers. Check readiness and costs before committing.',
      atLeast: 3,
      // Readiness alone (resources, expertise, relationships) says whether co-production is
      // feasible, not whether it suits the research: at least one answer on the nature and
      // purpose of the research (Table 2 rows 1-6) must point towards it. "Not sure yet" does not.
      requires: {
        any: [
          { fact: 'controversy', operator: 'equal', value: 'widely-supported' },
          { fact: 'conflictsOfInterest', operator: 'equal', value: 'few' },
          { fact: 'useOfFindings', operator: 'equal', value: 'direct' },
          { fact: 'independenceValued', operator: 'equal', value: 'few-concerns' },
          { fact: 'programmeDefinition', operator: 'equal', value: 'needs-definition' },
          { fact: 'researchPurpose', operator: 'equal', value: 'how-to-implement' },
        ],
      },
      citations: [twoStep],
    },
    {
      id: 'conditional',
      label: 'Co-production with decision-makers only under conditions',
      summary: 'The answers do not settle the question. Co-production may fit, but only if the trade-offs below are managed; compare it with other approaches.',
      atLeast: -2,
      summaries: {
        mixed: 'The answers point both ways: some to more emphasis on co-production with decision-makers, some to less. It may fit, but only if the trade-offs below are managed; compare it with other approaches.',
        weak: 'Too few answers point either way to lean towards or away from co-production with decision-makers. Answer the open questions; meanwhile, compare it with other approaches.',
        capped: 'The practical answers favour co-production, but none of the answers on the nature and purpose of the research yet points towards it (how contested it is, conflicts of interest, use of the findings, the value put on independence, how well defined the programme is, what the research is for). Favouring co-production needs at least one of them to.',
      },
      citations: [twoStep, caution],
    },
    { id: 'less-emphasis', label: 'Less emphasis on co-production with decision-makers', summary: 'Most answers point to the conditions in which the sources advise less emphasis on co-production with decision-makers. Independent research with good links to decision-makers, or consultation, may serve better.', citations: [...alternatives] },
  ],
  references: [
    { id: 'definition', kind: 'definition', title: 'What co-production means here', text: 'Co-production, also called integrated knowledge translation, is research in which knowledge users (policy advisers, providers, patients or the public) work closely with researchers across the whole process: priorities and questions, design, data collection, analysis, interpretation and dissemination. It is one form of the wider "linkage and exchange" approaches.', citations: [slide('mode.definition-ikt', "Definitions of 'co-production' or 'integrated knowledge translation' (IKT)"), slide('mode.definition-ikt', 'Terminology'), cite('mode.definition-ikt', 'oliver2019', 'Background')] },
    { id: 'two-step', kind: 'context', title: 'The two-step process', text: 'First decide whether co-production is likely to help the research meet its specific aims, and pick strategies for those aims. Then ask whether other approaches would meet the same aims as well or better. Researchers, decision-makers, funders and user representatives share this responsibility.', citations: [twoStep] },
    { id: 'caution', kind: 'context', title: 'A cautious approach', text: 'Evidence about what co-production achieves and how is scarce, so approach it reflectively: weigh costs and benefits for everyone and evaluate how it changes outcomes.', citations: [caution] },
    { id: 'exception', kind: 'context', title: 'Co-production may stay the exception', text: 'Co-production initiatives may remain the exception rather than the rule; whether that matters is an open question.', citations: [wider('risk.exception')] },
    { id: 'scope', kind: 'context', title: 'What these criteria were written for', text: 'The criteria were drawn up particularly for evaluations co-produced with policy-makers and service managers. For other research, or with patients and the public as partners, use them with care.', citations: [cite('criteria.scope', 'oliver2019', 'A cautious approach to coproduction (text introducing Table 2)', 'early-thoughts')] },
    { id: 'limits-of-tools', kind: 'context', title: 'What no tool can do', text: 'Many of the tensions in co-production are about power, and no tool, framework or process can design them away. Use this advice to support an open, reflective discussion among everyone involved about when and how to co-produce, not to replace it.', citations: [cite('criteria.limits-of-tools', 'oliver2019', 'Conclusions')] },
    { id: 'no-guarantee', kind: 'context', title: 'No guarantee of easier use', text: "Co-produced evidence is not guaranteed to be easier to produce or to use in policy than other evidence: the picture of 'two worlds' of research and policy, and of a 'know-do gap' between them, is an over-simplification at best.", citations: [slide('criteria.no-guarantee', 'What I’ve been asked to do and my argument'), slide('criteria.no-guarantee', 'Conclusion')] },
    { id: 'within-government', kind: 'definition', title: 'Co-production inside one organisation', text: 'Co-production need not be between outside researchers and an agency: it could conceivably be needed inside one organisation, such as a government department, between its analysts (statisticians, economists, social researchers) and its policy advisers.', citations: [slide('criteria.within-government', "Another definition")] },
    { id: 'rationale-engagement', kind: 'context', title: 'A move away from detached evaluation', text: 'One reason given for co-production is intellectual: Greenhalgh and Russell (2010) argue that independent, detached evaluation can keep evaluators from engaging with the issues that policy-relevant insight needs.', citations: [slide('criteria.rationale-engagement', "Rationale for 'co-production' III")] },
    { id: 'benefits', kind: 'context', title: 'The benefits usually claimed', text: 'Better mutual understanding, new skills on both sides, research open to more people, findings seen as more relevant, and findings used more directly. These are claims to test, not guarantees.', citations: [slide('benefit.mutual-understanding', "Rationale for 'co-production' II"), slide('benefit.skills', "Rationale for 'co-production' II"), slide('benefit.openness', "Rationale for 'co-production' II"), slide('benefit.relevance', "Rationale for 'co-production' II"), slide('benefit.use', "Rationale for 'co-production' II")] },
  ],
  notes: ['scope', 'limits-of-tools'],
}), validatedHashes['criteria/v2']);
