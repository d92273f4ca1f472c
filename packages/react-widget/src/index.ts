export { CoproductionAdvisor, type CoproductionAdvisorProps } from './react/CoproductionAdvisor';
export { useAssessment, type UseAssessment } from './react/useAssessment';
export { createAdvisor, allRuleSets, ruleSetTitle, type RuleSetChoice, type Advisor, type AdvisorOptions, type AdvisorState, type DecisionRecord, type GroupView, type QuestionView, type Locale, type RuleSetKey } from './controller';
export { toMarkdown, reportFor } from './report';
export { persistAnswers, readSaved, type SavedAnswers } from './persist';
export { uiMessages } from './messages';
export type { AdvisorChangeDetail, AdvisorResultDetail, CoproduceAdvisorElement } from './element/advisor-element';
