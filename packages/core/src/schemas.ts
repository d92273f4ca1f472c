// Everything that needs zod: the document and answer schemas, and the functions that
// validate with them. A separate entry so that the build puts this code in its own chunk,
// which a bundler leaves out of pages that only evaluate the bundled rule sets.
export { defineRuleSet, loadRuleSet } from './load';
export { answersSchema, answersJsonSchema, questionAnswerSchema } from './answers-schema';
export { ruleSetDocumentSchema, noClearFitSchema } from './model/rule-set';
export { questionSchema } from './model/question';
export { outcomeSchema, effectSchema } from './model/outcome';
export { ruleSchema } from './model/rule';
export { citationSchema, sourceSchema } from './model/citation';
