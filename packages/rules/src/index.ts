export { criteria } from './criteria/v1';
export { costsRuleSet as costs } from './costs/v1';
export { brokering } from './brokering/v1';
export { sources, type SourceKey } from './sources';
export { ruleSets, evaluateAll, profileFor, profileQuestions, profileSchema, profileJsonSchema, type Profile, type RuleSetKey, type AllResults } from './profile';
export { catalogue, buildCatalogue, citationsIn, type GuidanceEntry, type GuidanceUse } from './catalogue';
export { guidanceText, guidanceSections, type GuidanceSection } from './guidance';
export { examples, type WorkedExample } from './examples';
