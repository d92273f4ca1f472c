import { z } from '../zod';
import { citationsSchema } from './citation';
import { idSchema, longText, shortText } from './ids';

/**
 * What a rule contributes when it fires. A rule set's kind decides how these add up:
 * signals into a verdict score, flags into a risk register, fits into a ranking of options.
 */
export const severities = ['low', 'medium', 'high'] as const;
export type Severity = (typeof severities)[number];

const signal = z.strictObject({
  type: z.literal('signal'),
  /** `for` argues for more emphasis on the thing the rule set advises on, `against` for less. */
  direction: z.enum(['for', 'against']),
  weight: z.number().check(z.positive(), z.lte(100)),
});
const flag = z.strictObject({
  type: z.literal('flag'),
  /** A cost category id, e.g. `practical`. */
  category: idSchema,
  /** The project lifecycle stage where it bites, where the source names one. */
  stage: z.optional(idSchema),
  severity: z.enum(severities),
  /** Ids of `references` entries that say how to reduce the cost. */
  mitigations: z._default(z.array(idSchema).check(z.maxLength(16)), []),
});
const fit = z.strictObject({
  type: z.literal('fit'),
  /** Id of one of the rule set's `options`. */
  option: idSchema,
  /** Positive: the option suits the answers better; negative: worse. */
  weight: z.number().check(z.gte(-100), z.lte(100)),
  /**
   * `fit` (the default) decides the ranking. `feasibility` says whether an option can work
   * in the setting: it orders options of equal fit and never outranks a better fit.
   */
  scale: z.optional(z.enum(['fit', 'feasibility'])),
});
const advice = z.strictObject({
  type: z.literal('advice'),
  /** `requirement` must be met whatever the verdict; `warning` is a risk to watch; `info` is context. */
  level: z.enum(['info', 'warning', 'requirement']),
});

export const effectSchema = z.discriminatedUnion('type', [signal, flag, fit, advice]);
export type Effect = z.infer<typeof effectSchema>;

export const outcomeSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  /** What this means for the user, in plain language. */
  detail: longText,
  effect: effectSchema,
  citations: citationsSchema,
});
export type Outcome = z.infer<typeof outcomeSchema>;
