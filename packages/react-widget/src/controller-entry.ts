// `@coproduce/react/controller`: the framework-agnostic advisor, without React or the DOM.
export { createAdvisor, allRuleSets, isLocale, parseRuleSetKeys, ruleSetTitle, type RuleSetChoice, type Advisor, type AdvisorOptions, type AdvisorState, type DecisionRecord, type GroupView, type QuestionView, type Locale, type RuleSetKey } from './controller';
export { toMarkdown, reportFor } from './report';
export { persistAnswers, readSaved, type SavedAnswers } from './persist';
