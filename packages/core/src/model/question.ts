import { z } from '../zod';
import { citationsSchema } from './citation';
import { idSchema, longText, shortText } from './ids';

export const questionTypes = ['boolean', 'enum', 'number', 'multi-select'] as const;
export type QuestionType = (typeof questionTypes)[number];

export const choiceSchema = z.strictObject({
  value: idSchema,
  label: shortText,
});
export type Choice = z.infer<typeof choiceSchema>;

const common = {
  id: idSchema,
  label: shortText,
  /** Plain-language help shown next to the question. */
  help: longText,
  /** Questions with the same group are shown together. */
  group: z.optional(idSchema),
  citations: citationsSchema,
};

const booleanQuestion = z.strictObject({ ...common, type: z.literal('boolean') });
const enumQuestion = z.strictObject({
  ...common,
  type: z.literal('enum'),
  options: z.array(choiceSchema).check(z.minLength(2), z.maxLength(32)),
});
const multiQuestion = z.strictObject({
  ...common,
  type: z.literal('multi-select'),
  options: z.array(choiceSchema).check(z.minLength(1), z.maxLength(32)),
});
const numberQuestion = z.strictObject({
  ...common,
  type: z.literal('number'),
  // zod 4 numbers are finite: NaN and the infinities are refused.
  min: z.number(),
  max: z.number(),
  /** Whole numbers only. */
  integer: z.optional(z.boolean()),
  unit: z.optional(shortText),
});

export const questionSchema = z.discriminatedUnion('type', [booleanQuestion, enumQuestion, multiQuestion, numberQuestion]);
export type Question = z.infer<typeof questionSchema>;
export type BooleanQuestion = z.infer<typeof booleanQuestion>;
export type EnumQuestion = z.infer<typeof enumQuestion>;
export type MultiSelectQuestion = z.infer<typeof multiQuestion>;
export type NumberQuestion = z.infer<typeof numberQuestion>;

/** The value type a question accepts as an answer. */
export type AnswerValue = boolean | number | string | readonly string[];
