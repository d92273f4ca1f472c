// `@coproduce/react/controller`: the framework-agnostic advisor, without React or the DOM.
export { createAdvisor } from './create-advisor';
export { allRuleSets, isLocale, parseRuleSetKeys, ruleSetTitle, type RuleSetChoice, type Advisor, type AdvisorOptions, type AdvisorState, type DecisionRecord, type GroupView, type QuestionView, type Locale, type RuleSetKey, type AdvisorMode, type TeamAnswers, type TeamState, type TeamView, type TeamSupport } from './controller';
export { toMarkdown, reportFor } from './report';
export { loadAdvisorLocale, hasAdvisorLocale } from './load-locale';
export { persistAnswers, readSaved, readSavedTeam, type SavedAnswers, type SavedTeam } from './persist';
