// The main entry: rule sets, profile evaluation, group evaluation and the i18n logic, in
// English. Worked examples, the changelog, the guidance catalogue, the profile's zod and JSON
// Schema and the locale packs are subpaths (`@coproduce/rules/examples`, `/changelog`,
// `/catalogue`, `/schemas`, `/i18n/fr`), so a page importing this entry skips them.
export { criteria } from './criteria/v2';
export { costsRuleSet as costs } from './costs/v2';
export { brokering } from './brokering/v2';
export { sources, type SourceKey } from './sources';
export { ruleSets, evaluateAll, profileFor, profileQuestions, type Profile, type RuleSetKey, type AllResults } from './profile';
export { guidanceText, guidanceSections, type GuidanceSection } from './guidance';
export { evaluateGroupAll, teamAgenda, type GroupAllResults, type TeamAgendaItem } from './group';
export { localizeGroupResult } from './i18n/group';
export { locales, loadLocale, hasLocale, messages, translate, localizeQuestion, localizeResult, answerLabel, LocaleNotLoadedError, UnknownLocaleError, type Locale } from './i18n';
export type { GuidanceEntry, GuidanceUse } from './catalogue';
export type { WorkedExample } from './examples';
export type { ChangelogEntry } from './changelog';
