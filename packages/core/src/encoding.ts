import type { AnswerValue, Question } from './model/question';

/**
 * Inside the engine every answer is a number, so that each condition is one numeric
 * comparison the JIT can specialise, whatever the question type:
 * - yes/no: 1 or 0;
 * - a choice: the option's position;
 * - several choices: a bit mask of option positions (at most 32 options, so 32 bits);
 * - a number: itself.
 * An unanswered question is NaN. The encoding is one-to-one on valid answers, so results
 * decode back to exactly the normalised answers.
 */
export const UNANSWERED = Number.NaN;

export interface Encoding {
  /** A valid answer's code, or undefined for anything the question does not accept. */
  readonly read: (v: unknown) => number | undefined;
  /** The answer a code stands for (multi-select options in option order). */
  readonly decode: (code: number) => AnswerValue;
}

const BOOLEAN = 0;
const ENUM = 1;
const NUMBER = 2;
const MULTI = 3;
const KINDS = { boolean: BOOLEAN, enum: ENUM, number: NUMBER, 'multi-select': MULTI } as const;

/**
 * The questions of a rule set as flat tables, so that reading an answer is one `switch`
 * in one function: the JIT sees a single call site of a single shape, not one closure
 * per question type.
 */
export interface AnswerTables {
  readonly kind: readonly number[];
  readonly values: readonly (readonly string[])[];
  readonly min: readonly number[];
  readonly max: readonly number[];
  readonly integer: readonly boolean[];
}

export function answerTables(questions: readonly Question[]): AnswerTables {
  return {
    kind: questions.map((q) => KINDS[q.type]),
    values: questions.map((q) => (q.type === 'enum' || q.type === 'multi-select' ? q.options.map((o) => o.value) : [])),
    // min and max are finite (the question schema says so), so the range test in
    // `readAnswer` also refuses NaN and the infinities.
    min: questions.map((q) => (q.type === 'number' ? q.min : 0)),
    max: questions.map((q) => (q.type === 'number' ? q.max : 0)),
    integer: questions.map((q) => q.type === 'number' && q.integer === true),
  };
}

/** The code of question i's answer v, or undefined when v is not a valid answer. */
export function readAnswer(t: AnswerTables, i: number, v: unknown): number | undefined {
  switch (t.kind[i]) {
    case BOOLEAN:
      return v === true ? 1 : v === false ? 0 : undefined;
    case ENUM:
      return positionOf(t.values[i]!, v);
    case NUMBER:
      // -0 becomes 0 so that results are byte-stable.
      return typeof v === 'number' && v >= t.min[i]! && v <= t.max[i]! && (!t.integer[i] || Number.isInteger(v)) ? (v === 0 ? 0 : v) : undefined;
    default: {
      const values = t.values[i]!;
      if (!Array.isArray(v) || v.length > values.length) return undefined;
      let mask = 0;
      for (let k = 0; k < v.length; k++) {
        const p = positionOf(values, v[k]);
        // A hole, an unknown option, or one chosen twice: not accepted here.
        if (p === undefined || !(k in v) || mask & (1 << p)) return undefined;
        mask |= 1 << p;
      }
      return mask;
    }
  }
}

export function encodingFor(q: Question): Encoding {
  const t = answerTables([q]);
  const values = t.values[0]!;
  return {
    read: (v) => readAnswer(t, 0, v),
    decode:
      q.type === 'boolean'
        ? (c) => c === 1
        : q.type === 'enum'
          ? (c) => values[c]!
          : q.type === 'multi-select'
            ? (c) => values.filter((_, p) => (c & (1 << p)) !== 0)
            : (c) => c,
  };
}

/** The bit of an option in a multi-select mask. */
export const bit = (position: number): number => 1 << position;

function positionOf(values: readonly string[], v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  for (let p = 0; p < values.length; p++) if (values[p] === v) return p;
  return undefined;
}

/** The code of a value that appears in a rule (already checked against the question). */
export function encodeValue(q: Question, v: AnswerValue): number {
  switch (q.type) {
    case 'boolean':
      return v === true ? 1 : 0;
    case 'enum':
      return q.options.findIndex((o) => o.value === v);
    case 'number':
      return v as number;
    case 'multi-select':
      return (v as readonly string[]).reduce((m, x) => m | bit(q.options.findIndex((o) => o.value === x)), 0);
  }
}
