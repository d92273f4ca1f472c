export { CoproductionAdvisor, type CoproductionAdvisorProps } from './react/CoproductionAdvisor';
export { useAssessment, type UseAssessment } from './react/useAssessment';
export { createAdvisor } from './create-advisor';
export { allRuleSets, ruleSetTitle, type RuleSetChoice, type Advisor, type AdvisorOptions, type AdvisorState, type DecisionRecord, type GroupView, type QuestionView, type Locale, type RuleSetKey, type AdvisorMode, type TeamAnswers, type TeamState, type TeamView, type TeamSupport } from './controller';
export { toMarkdown, reportFor } from './report';
export { loadAdvisorLocale, hasAdvisorLocale } from './load-locale';
export { persistAnswers, readSaved, readSavedTeam, type SavedAnswers, type SavedTeam } from './persist';
export { uiMessages } from './messages';
export type { AdvisorChangeDetail, AdvisorResultDetail, CoproduceAdvisorElement } from './element/advisor-element';
