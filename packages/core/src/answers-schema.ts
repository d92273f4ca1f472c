import { z } from './zod';
import type { AnswerValue, Question } from './model/question';
import type { RuleSet } from './rule-set';

// The zod schemas of answers: the JSON Schema export and the reference the answer checks
// (`answers.ts`) are tested against. Evaluating does not use them, so a browser bundle
// that only evaluates carries no zod.

/** The zod schema of one question's answer. `answers.ts` checks answers with the same rules and messages. */
export function questionAnswerSchema(q: Question): z.ZodMiniType<AnswerValue> {
  switch (q.type) {
    case 'boolean':
      return z.boolean().check(z.describe(q.label));
    case 'enum':
      return z.enum(q.options.map((o) => o.value) as [string, ...string[]]).check(z.describe(q.label));
    case 'number':
      return (q.integer ? z.int() : z.number()).check(z.gte(q.min), z.lte(q.max), z.describe(q.label));
    case 'multi-select':
      return z.array(z.enum(q.options.map((o) => o.value) as [string, ...string[]])).check(
        z.maxLength(q.options.length),
        z.refine((xs) => new Set(xs).size === xs.length, 'each option may be chosen once'),
        z.describe(q.label),
      );
  }
}

const schemaCache = new WeakMap<object, z.ZodMiniObject>();

/** The zod schema of a rule set's answers object (every question optional, no other keys). */
export function answersSchema(rs: RuleSet): z.ZodMiniObject {
  let s = schemaCache.get(rs);
  if (!s) {
    s = z.strictObject(Object.fromEntries(rs.questions.map((q) => [q.id, z.optional(questionAnswerSchema(q))])));
    schemaCache.set(rs, s);
  }
  return s;
}

/** JSON Schema (draft 2020-12) of a rule set's answers, for non-TypeScript users and form builders. */
export function answersJsonSchema(rs: RuleSet): Record<string, unknown> {
  return {
    $id: `urn:coproduce:${rs.id}:${rs.version}:answers`,
    title: `Answers for ${rs.title} (${rs.id} ${rs.version})`,
    ...z.toJSONSchema(answersSchema(rs)),
  };
}
