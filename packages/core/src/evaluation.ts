// Evaluating without the schemas: a separate entry so that the build keeps this code apart
// from `schemas.ts` (see there). The main entry exports both.
export { evaluate, evaluateVerdict, INSUFFICIENT } from './evaluate';
export { trustRuleSet, documentDigest, isRuleSet, hashRuleSet, serializeRuleSet, type ValidatedHash } from './rule-set';
export { relevantQuestions } from './relevance';
export { evaluateGroup } from './group';
