// The format and kind names, apart from the schemas: evaluating a bundled rule set needs
// these constants but not zod, and importing them must not build a schema.

export const RULE_SET_FORMAT = 'coproduce/rule-set@1' as const;
/**
 * Format 2 adds the decision fields (`noClearFit`, `notes`, option `requires`, band
 * `requires` / `minFlags` / `summaries`, fit `scale`) and richer results (signal and
 * flag counts, notes, questions that could add a requirement). Rule sets of format 1 are
 * evaluated exactly as they always were, so their saved results reproduce byte for byte.
 */
export const RULE_SET_FORMAT_2 = 'coproduce/rule-set@2' as const;
export const ruleSetFormats = [RULE_SET_FORMAT, RULE_SET_FORMAT_2] as const;

export const ruleSetKinds = ['verdict', 'register', 'ranking'] as const;
export type RuleSetKind = (typeof ruleSetKinds)[number];
