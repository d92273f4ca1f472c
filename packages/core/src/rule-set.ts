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

/** What the build recorded for a rule set it validated: its content hash, and a digest of its JSON text. */
export interface ValidatedHash {
  /** SHA-256 of the canonical JSON (the rule set's `hash`). */
  readonly hash: string;
  /** `documentDigest` of the document as given to `trustRuleSet`. */
  readonly digest: string;
}

/**
 * A rule set that was validated when it was built (the bundled ones are: see the build of
 * `@coproduce/rules`), given with the hash it had then. No schema runs: the hash is checked
 * instead, so a document changed after validation throws `IntegrityError` rather than being
 * used. With a bare hash, the SHA-256 of the document is computed and compared. With the
 * `{ hash, digest }` the build records, the JSON text is compared by its `documentDigest`
 * (a few milliseconds where SHA-256 takes tens in a browser on first load): the same text
 * has the same content hash, so `hash` is then the recorded one.
 * For rule sets from anywhere else use `loadRuleSet` or `defineRuleSet`.
 */
export function trustRuleSet<const D extends RuleSetInput>(doc: D, validated: string | ValidatedHash): RuleSet<AnswersOf<D['questions']>> {
  // A plain-JSON copy, keys in the author's order (results list some members in that order):
  // what is checked and used is exactly JSON, and the caller's object is neither kept nor frozen.
  const text = JSON.stringify(withDefaults(doc as unknown as RuleSetDocumentInput));
  const data = JSON.parse(text) as RuleSetDocument;
  const expected = typeof validated === 'string' ? validated : validated.hash;
  if (typeof validated !== 'string' && digestOf(text) === validated.digest) return sealRuleSet(data, expected) as RuleSet<AnswersOf<D['questions']>>;
  const actual = hashRuleSet(data);
  if (actual !== expected) throw new IntegrityError(String(data.id), expected, actual);
  return sealRuleSet(data, actual) as RuleSet<AnswersOf<D['questions']>>;
}

/** The digest `trustRuleSet` compares: of the document's JSON text, defaults filled in. */
export function documentDigest(doc: RuleSetInput | RuleSetDocumentInput): string {
  return digestOf(JSON.stringify(withDefaults(doc as unknown as RuleSetDocumentInput)));
}

/**
 * 64 bits from two multiply-xorshift lanes over the UTF-16 code units (in the manner of
 * cyrb53). Not cryptographic, and it need not be: it tells whether the text is the one the
 * build validated; whoever could change the text could change the recorded values too.
 * (Reading the text's UTF-8 bytes four at a time, a quarter of the turns, measured slower
 * in Chromium on first load: the encoding costs a millisecond and typed-array reads in
 * not-yet-optimised code cost more than charCodeAt.)
 */
function digestOf(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
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

/**
 * Freeze a tree of plain data (JSON-like: own enumerable keys only). Children are tested
 * before the call and keys walked without an array of them: a bundled rule set has some
 * thousands of objects, frozen on first load before the engine has optimised anything.
 */
function deepFreeze(v: object): void {
  if (Object.isFrozen(v)) return;
  Object.freeze(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'object' && x !== null) deepFreeze(x);
    }
    return;
  }
  for (const k in v) {
    const x: unknown = (v as Record<string, unknown>)[k];
    if (typeof x === 'object' && x !== null) deepFreeze(x);
  }
}
