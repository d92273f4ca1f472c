export { evaluate, evaluateVerdict, INSUFFICIENT, type EvaluateOptions } from './evaluate';
export { NO_CLEAR_FIT } from './decide';
export { relevantQuestions } from './relevance';
export { screen, type ScreenItem } from './screen';
export { defineRuleSet, loadRuleSet } from './load';
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
export { answersSchema, answersJsonSchema, questionAnswerSchema } from './answers-schema';
export { checkAnswersObject, answerIssue } from './answers';
export { ValidationError, IntegrityError, formatPath, type Problem, type ValidationTarget } from './errors';
export { toJsonRulesEngine, type JsonRulesEngineRule } from './interop';
export { canonicalJson } from './canonical';
export { sha256Hex } from './sha256';
export { ruleSetDocumentSchema, RULE_SET_FORMAT, RULE_SET_FORMAT_2, ruleSetFormats, ruleSetKinds, type RuleSetDocument, type RuleSetDocumentInput, type RuleSetKind, type Band, type RankedOption, type Reference, noClearFitSchema } from './model/rule-set';
export { questionSchema, questionTypes, type Question, type QuestionType, type AnswerValue, type Choice } from './model/question';
export { outcomeSchema, effectSchema, severities, type Outcome, type Effect, type Severity } from './model/outcome';
export { ruleSchema, type Rule } from './model/rule';
export { citationSchema, sourceSchema, evidenceLevels, type Citation, type Source, type EvidenceLevel } from './model/citation';
export { operators, type Operator, type Condition, type TopCondition, type FactCondition, type FactReference } from './model/condition';
export * from './result';
export { compareAssessments, type AssessmentComparison, type RuleChange } from './assessment';
export { parseAssessment, type SavedAssessment } from './saved-assessment';
export { evaluateGroup, joinNames } from './group';
export { respondentNames } from './respondents';
export * from './group-result';
