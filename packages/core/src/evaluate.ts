import { validateAnswers } from './answers';
import { TRUE, UNKNOWN, compile, type Compiled, type Facts, type Tri } from './compile';
import { triAt } from './conditions';
import { UNANSWERED } from './encoding';
import { rowOf, talliesFor, type Tallies } from './tallies';
import { INSUFFICIENT, NO_CLEAR_FIT, T_HIGH, T_MEDIUM, T_SCORE, addFits, bandFor, bestOption, leadingOption } from './decide';
import { ValidationError, describe, type Problem } from './errors';
import { explainResult } from './explain';
import { countAnswered, type FactsArray } from './read-answers';
import { isRuleSet, type Answers, type RuleSet } from './rule-set';
import type { EvaluationResult } from './result';

export interface EvaluateOptions {
  /**
   * Work out which unanswered questions matter most and which single changes would flip
   * the verdict. On by default; turn off for bulk screening where only verdicts matter.
   */
  readonly sensitivity?: boolean;
}

export { INSUFFICIENT } from './decide';

/**
 * Evaluate answers against a rule set. Deterministic and side-effect free: the same
 * input always gives the same (JSON-serialisable) result, and arguments are never changed.
 * Bad answers or a bad rule set throw `ValidationError`; nothing else is thrown for bad input.
 */
export function evaluate<A>(ruleSet: RuleSet<A>, answers: A, options?: EvaluateOptions): EvaluationResult {
  const c = resolve(ruleSet);
  const sensitivity = options === undefined ? true : checkOptions(options);
  return explainResult(c, readFacts(c, answers), sensitivity);
}

let reading = false;

/** The verdict alone, without explanations: the fast path for screening many profiles. */
export function evaluateVerdict<A>(ruleSet: RuleSet<A>, answers: A): { readonly id: string; readonly score: number | null; readonly provisional: boolean } {
  const c = resolve(ruleSet);
  // Answers go into the rule set's reused facts array, unless this call came from inside
  // reading another (a getter on the answers): then into a fresh one.
  let f: FactsArray = c.verdictFacts;
  let answered = -1;
  if (!reading) {
    f.fill(UNANSWERED);
    reading = true;
    try {
      answered = c.readInto(answers, f);
    } finally {
      reading = false;
    }
  }
  if (answered < 0) {
    f = readFacts(c, answers);
    answered = countAnswered(f);
  }
  if (answered < c.rs.minimumAnswers) return { id: INSUFFICIENT, score: null, provisional: true };
  return tabledVerdict(c, (c.tallies ??= talliesFor(c.rs.questions, c.rules, c.rs.kind === 'ranking', c.rs.options.length)), f);
}

/** The verdict from the tables of `tallies.ts` (a row per group of questions), then the rules in no table. */
function tabledVerdict(c: Compiled, tl: Tallies, f: Facts): { readonly id: string; readonly score: number | null; readonly provisional: boolean } {
  const first = tl.first;
  const rows = tl.rows;
  const rules = c.rules;
  const rest = tl.rest;
  let unknown = false;
  const ranking = c.rs.kind === 'ranking';
  const w = tl.width;
  // Band kinds: score, high and medium flags; ranking: each option's fit.
  const sums = new Array<number>(w).fill(0);
  for (let g = 0; g < first.length; g++) {
    const row = rowOf(tl, g, f);
    if (tl.unknown[row] === 1) unknown = true;
    for (let o = 0, at = row * w; o < w; o++) sums[o]! += rows[at + o]!;
  }
  for (let k = 0; k < rest.length; k++) {
    const cr = rules[rest[k]!]!;
    const r = triAt(cr.code, cr.k, 0, f);
    if (r === TRUE) {
      if (ranking) addFits(sums, cr.fits, 1);
      else {
        const t = cr.tally;
        sums[0]! += t[T_SCORE]!;
        sums[1]! += t[T_HIGH]!;
        sums[2]! += t[T_MEDIUM]!;
      }
    } else if (r === UNKNOWN) unknown = true;
  }
  if (ranking) return rankedVerdict(c, sums, f, unknown);
  const score = sums[0]!;
  return { id: c.bands[bandFor(c, score, sums[1]!, sums[2]!, f)]!.id, score, provisional: unknown };
}

function rankedVerdict(c: Compiled, scores: number[], f: Facts, unknown: boolean): { readonly id: string; readonly score: number | null; readonly provisional: boolean } {
  const best = bestOption(c, scores, f);
  return best >= 0 ? { id: c.rs.options[best]!.id, score: scores[best]!, provisional: unknown } : { id: NO_CLEAR_FIT, score: scores[Math.max(0, leadingOption(c, scores, f))]!, provisional: unknown };
}

/**
 * A rule set, compiled (cached per rule set). It must come from `defineRuleSet`,
 * `loadRuleSet` or `trustRuleSet`: a plain document is refused rather than validated here,
 * so that evaluating never needs the document schema (zod) and a browser bundle that only
 * evaluates the bundled rule sets carries none of it.
 */
export function resolve(rs: unknown): Compiled {
  // Screening calls with the same rule set over and over: the last one is kept at hand,
  // saving the two weak-map lookups (rule sets are frozen, so the compiled form stays right).
  if (rs === lastSet) return lastCompiled!;
  if (!isRuleSet(rs))
    throw new ValidationError('rule-set', [
      {
        path: [],
        message: 'not a loaded rule set: pass the document to loadRuleSet() first, which validates it (and checks its hash)',
        expected: 'a rule set from loadRuleSet(), defineRuleSet() or @coproduce/rules',
        received: describe(rs),
      },
    ]);
  const c = compile(rs);
  lastSet = rs;
  lastCompiled = c;
  return c;
}
// A private object no caller can pass, so that nothing (not even `undefined`) matches at first.
let lastSet: unknown = Object.freeze({});
let lastCompiled: Compiled | undefined;

/** Answers as the facts array: the fast reader, or on refusal the full check for the detailed problems. */
export function readFacts(c: Compiled, answers: unknown): FactsArray {
  return c.readAnswers(answers) ?? c.toFacts(validateAnswers(c.rs, answers, c.questions));
}

export function checkOptions(o: unknown): boolean {
  if (typeof o !== 'object' || o === null || Array.isArray(o))
    throw new ValidationError('options', [{ path: [], message: 'options must be an object', expected: '{ sensitivity?: boolean }', received: describe(o) }]);
  const problems: Problem[] = [];
  for (const k of Object.keys(o)) if (k !== 'sensitivity') problems.push({ path: [k.slice(0, 64)], message: 'unknown option', expected: 'sensitivity' });
  const { sensitivity = true } = o as { sensitivity?: unknown };
  if (typeof sensitivity !== 'boolean') problems.push({ path: ['sensitivity'], message: 'must be a boolean', expected: 'true or false' });
  if (problems.length) throw new ValidationError('options', problems);
  return sensitivity as boolean;
}

/** Each rule's three-valued result, in rule order. */
export function run(c: Compiled, facts: Facts): Tri[] {
  const out = new Array<Tri>(c.rules.length);
  for (let i = 0; i < c.rules.length; i++) {
    const cr = c.rules[i]!;
    out[i] = triAt(cr.code, cr.k, 0, facts);
  }
  return out;
}

export type { Answers };
