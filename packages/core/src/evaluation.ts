// `@coproduce/core/evaluation`: everything that evaluates, checks answers and reads saved
// results, without zod. In a browser a bundler drops the zod chunk from the main entry
// anyway (the package is side-effect free); in Node nothing is dropped, and loading zod
// costs a few hundred milliseconds (its module graph), in every worker thread too. This entry
// loads in a few milliseconds, and `@coproduce/rules` imports it. Defining or loading a
// rule-set document, and the schemas, stay on the main entry and `@coproduce/core/schemas`.
export { evaluate, evaluateVerdict, INSUFFICIENT, type EvaluateOptions } from './evaluate';
export { NO_CLEAR_FIT } from './decide';
export { relevantQuestions } from './relevance';
export { screen, type ScreenItem } from './screen';
export {
  trustRuleSet,
  documentDigest,
  type ValidatedHash,
  isRuleSet,
  hashRuleSet,
  serializeRuleSet,
  type RuleSet,
  type RuleSetInput,
  type Answers,
  type AnswersOf,
  type AnswerOf,
  type AnswersFor,
} from './rule-set';
export { checkAnswersObject, answerIssue } from './answers';
export { ValidationError, IntegrityError, formatPath, type Problem, type ValidationTarget } from './errors';
export { toJsonRulesEngine, type JsonRulesEngineRule } from './interop';
export { canonicalJson } from './canonical';
export { sha256Hex } from './sha256';
export { RULE_SET_FORMAT, RULE_SET_FORMAT_2, ruleSetFormats, ruleSetKinds, type RuleSetKind } from './model/formats';
export type { RuleSetDocument, RuleSetDocumentInput, Band, RankedOption, Reference } from './model/rule-set';
export type { Question, QuestionType, AnswerValue, Choice } from './model/question';
export type { Outcome, Effect, Severity } from './model/outcome';
export type { Rule } from './model/rule';
export type { Citation, Source, EvidenceLevel } from './model/citation';
export { operators, type Operator, type Condition, type TopCondition, type FactCondition, type FactReference } from './model/condition';
export * from './result';
export { parseAssessment, type SavedAssessment } from './saved-assessment';
export type { AssessmentComparison, RuleChange } from './assessment';
export { evaluateGroup, joinNames } from './group';
export { respondentNames } from './respondents';
export * from './group-result';
