// The main entry: everything in `./evaluation` (no zod), and what needs zod: defining and
// loading rule-set documents, the schemas and their JSON Schema, comparing a saved
// assessment with a rule-set document.
export * from './evaluation';
export { defineRuleSet, loadRuleSet } from './load';
export { answersSchema, answersJsonSchema, questionAnswerSchema } from './answers-schema';
export { ruleSetDocumentSchema, noClearFitSchema } from './model/rule-set';
export { questionSchema, questionTypes } from './model/question';
export { outcomeSchema, effectSchema, severities } from './model/outcome';
export { ruleSchema } from './model/rule';
export { citationSchema, sourceSchema, evidenceLevels } from './model/citation';
export { compareAssessments } from './assessment';
