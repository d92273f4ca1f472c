import { canonicalJson } from './canonical';
import { IntegrityError } from './errors';
import type { AnswerValue } from './model/question';
import type { RuleSetDocument, RuleSetDocumentInput } from './model/rule-set';
import { sha256Hex } from './sha256';

// What a rule set is, and the two ways one comes to be trusted without zod: sealed after
// validation (`load.ts`), or bundled with the hash it was validated under (`trustRuleSet`).

declare const answersType: unique symbol;

/** Answers as a plain object: question id -> value. Omit a key to leave the question unanswered. */
export type Answers = { readonly [questionId: string]: AnswerValue | undefined };

/**
 * A validated, frozen rule set with its content hash. `A` is the answers type inferred
 * from the questions by `defineRuleSet`, so `evaluate` checks answers at compile time.
 */
export type RuleSet<A = Answers> = Readonly<RuleSetDocument> & {
  /** SHA-256 of the canonical JSON of the document (without this field). */
  readonly hash: string;
  /** Type-level only: never present at run time. */
  readonly [answersType]?: A;
};

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** What an author writes: the document, readonly so literal types are kept. */
export type RuleSetInput = DeepReadonly<RuleSetDocumentInput>;

type OptionValue<O> = O extends { readonly value: infer V extends string } ? V : never;

/** The answer type of one question. */
export type AnswerOf<Q> = Q extends { readonly type: 'boolean' }
  ? boolean
  : Q extends { readonly type: 'number' }
    ? number
    : Q extends { readonly type: 'enum'; readonly options: readonly (infer O)[] }
      ? OptionValue<O>
      : Q extends { readonly type: 'multi-select'; readonly options: readonly (infer O)[] }
        ? readonly OptionValue<O>[]
        : never;

/** The answers object for a list of questions: every key optional (partial answers are allowed). */
export type AnswersOf<Qs> = Qs extends readonly unknown[]
  ? { readonly [Q in Qs[number] as Q extends { readonly id: infer I extends string } ? I : never]?: AnswerOf<Q> }
  : never;

/** The answers type of a rule set. */
export type AnswersFor<R> = R extends RuleSet<infer A> ? A : never;

const frozen = new WeakSet<object>();

/** True for rule sets produced by `defineRuleSet` or `loadRuleSet` (validated and frozen). */
export function isRuleSet(value: unknown): value is RuleSet {
  return typeof value === 'object' && value !== null && frozen.has(value);
}

/** The content hash of a rule-set document (a `hash` member, if any, is ignored). */
export function hashRuleSet(doc: RuleSetDocument | RuleSet): string {
  const { hash: _ignored, ...rest } = doc as RuleSet;
  return sha256Hex(canonicalJson(rest));
}

/** Plain JSON of a rule set, hash included, ready to publish or store. */
export function serializeRuleSet(rs: RuleSet): string {
  return canonicalJson(rs);
}

/**
 * Freeze a validated document and make it a rule set, its hash computed on first read:
 * hashing a large rule set costs more than validating it, and a page that evaluates needs
 * the hash only when it stores a record.
 */
export function sealRuleSet(data: RuleSetDocument, knownHash?: string): RuleSet {
  deepFreeze(data);
  let hash = knownHash;
  const rs = Object.defineProperty({ ...data }, 'hash', { enumerable: true, get: () => (hash ??= hashRuleSet(data)) });
  Object.freeze(rs);
  frozen.add(rs);
  return rs as unknown as RuleSet;
}

/**
 * A rule set that was validated when it was built (the bundled ones are: see the build of
 * `@coproduce/rules`), given with the hash it had then. No schema runs: the hash is
 * checked instead, so a document changed after validation throws `IntegrityError` rather
 * than being used. For rule sets from anywhere else use `loadRuleSet` or `defineRuleSet`.
 */
export function trustRuleSet<const D extends RuleSetInput>(doc: D, hash: string): RuleSet<AnswersOf<D['questions']>> {
  // A plain-JSON copy, keys in the author's order (results list some members in that order):
  // what is hashed and used is exactly JSON, and the caller's object is neither kept nor frozen.
  const data = JSON.parse(JSON.stringify(withDefaults(doc as unknown as RuleSetDocumentInput))) as RuleSetDocument;
  const actual = hashRuleSet(data);
  if (actual !== hash) throw new IntegrityError(String(data.id), hash, actual);
  return sealRuleSet(data, actual) as RuleSet<AnswersOf<D['questions']>>;
}

/**
 * The defaults the document schema fills in (`model/rule-set.ts`, `model/outcome.ts`), on a
 * copy. If they ever differ from the schema's, the hash check in `trustRuleSet` fails.
 */
function withDefaults(doc: RuleSetDocumentInput): RuleSetDocument {
  return {
    ...doc,
    minimumAnswers: doc.minimumAnswers ?? 1,
    bands: doc.bands ?? [],
    options: doc.options ?? [],
    references: doc.references ?? [],
    outcomes: doc.outcomes.map((o) => (o.effect.type === 'flag' && o.effect.mitigations === undefined ? { ...o, effect: { ...o.effect, mitigations: [] } } : o)),
  } as RuleSetDocument;
}

function deepFreeze(v: unknown): void {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return;
  Object.freeze(v);
  for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
}
