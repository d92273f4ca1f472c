import { z } from '../zod';
import { citationsSchema } from './citation';
import type { TopCondition } from './condition';
import { idSchema, longText } from './ids';

export const ruleSchema = z.strictObject({
  id: idSchema,
  /** json-rules-engine priority (higher runs first). Kept for interop; it does not change which rules fire. */
  priority: z.optional(z.int().check(z.gte(1), z.lte(1000))),
  /** json-rules-engine condition JSON; checked against the questions by the rule-set schema. */
  conditions: z.custom<TopCondition>((v) => typeof v === 'object' && v !== null, 'conditions must be an object'),
  /** Ids of the outcomes this rule contributes when it fires. */
  outcomes: z.array(idSchema).check(z.minLength(1), z.maxLength(16)),
  /** Why the rule exists, in plain language: shown next to the verdict. */
  explanation: longText,
  citations: citationsSchema,
});
export type Rule = z.infer<typeof ruleSchema>;
