import type { Compiled } from './compile';
import type { Band } from './model/rule-set';
import { FALSE, TRUE, type Facts } from './conditions';

/** The verdict id when too few questions are answered: no verdict is guessed. */
export const INSUFFICIENT = 'insufficient-information';
/** The verdict id of a ranking whose answers single out no option (see `noClearFit`). */
export const NO_CLEAR_FIT = 'no-clear-fit';

/**
 * What the fired rules add up to, for verdict and register kinds: the score, how many
 * signals point each way, and how many flags of each severity are raised. Kept as a small
 * array so the hot paths add whole rules with one loop.
 */
export const T_SCORE = 0;
export const T_FOR = 1;
export const T_AGAINST = 2;
export const T_HIGH = 3;
export const T_MEDIUM = 4;
export const T_LOW = 5;
export const TALLY_SIZE = 6;
export type Tally = number[];

export interface Decision {
  readonly id: string;
  readonly score: number;
  /** Verdict and register kinds. */
  readonly tally?: Tally;
  /** A higher band was reached by the score but needs an answer that is missing. */
  readonly capped?: boolean;
  /** Ranking kind: each option's fit and feasibility, and the best fit (-1 for none). */
  readonly optionScores?: readonly number[];
  readonly feasibility?: readonly number[];
  readonly best?: number;
}

/** Add (sign 1) or take away (sign -1) a rule's contribution to a tally. */
export function addTally(t: Tally, add: readonly number[], sign: number): void {
  for (let k = 0; k < TALLY_SIZE; k++) t[k]! += sign * add[k]!;
}

/** Add up what the fired rules contribute: a band for verdict and register kinds, a ranking otherwise. */
export function decide(c: Compiled, st: ArrayLike<number>, f: Facts): Decision {
  if (c.rs.kind === 'ranking') {
    const scores = new Array<number>(c.rs.options.length).fill(0);
    const feasibility = new Array<number>(c.rs.options.length).fill(0);
    for (let i = 0; i < st.length; i++)
      if (st[i] === TRUE) {
        addFits(scores, c.rules[i]!.fits, 1);
        addFits(feasibility, c.rules[i]!.feasibilityFits, 1);
      }
    const best = bestOption(c, scores, f);
    const lead = best >= 0 ? best : Math.max(0, leadingOption(c, scores, f));
    return { id: best >= 0 ? c.rs.options[best]!.id : NO_CLEAR_FIT, score: scores[lead]!, optionScores: scores, feasibility, best };
  }
  const t: Tally = new Array<number>(TALLY_SIZE).fill(0);
  for (let i = 0; i < st.length; i++) if (st[i] === TRUE) addTally(t, c.rules[i]!.tally, 1);
  const b = bandOf(c, t, f);
  return { id: c.bands[b.band]!.id, score: t[T_SCORE]!, tally: t, capped: b.capped };
}

/**
 * The band for a tally: the highest band whose threshold the score reaches (or whose flag
 * count is met) and whose condition holds. The bottom band has no threshold. `capped`: a
 * higher band was reached but its condition does not hold.
 */
export function bandOf(c: Compiled, t: Tally, f: Facts): { band: number; capped: boolean } {
  const band = bandFor(c, t[T_SCORE]!, t[T_HIGH]!, t[T_MEDIUM]!, f);
  let capped = false;
  for (let i = 0; i < band; i++) if (reached(c.bands[i]!, t[T_SCORE]!, t[T_HIGH]!, t[T_MEDIUM]!)) capped = true;
  return { band, capped };
}

/**
 * The band of `bandOf` for a tally given as its score and flag counts, without making
 * objects: for the verdict-only and what-if hot paths.
 */
export function bandFor(c: Compiled, score: number, high: number, medium: number, f: Facts): number {
  const bands = c.bands;
  for (let i = 0; i < bands.length - 1; i++) {
    if (!reached(bands[i]!, score, high, medium)) continue;
    const req = c.bandRequires[i];
    if (req === undefined || req(f) === TRUE) return i;
  }
  return bands.length - 1;
}

/** A band's threshold is reached by the score, or its flag counts are met. */
function reached(b: Band, score: number, high: number, medium: number): boolean {
  const m = b.minFlags;
  return score >= b.atLeast! || (m !== undefined && ((m.high !== undefined && high >= m.high) || (m.medium !== undefined && medium >= m.medium)));
}

/** The first option with the highest score: ties go to the option listed first. */
export function topOption(scores: readonly number[]): number {
  let top = 0;
  for (let o = 1; o < scores.length; o++) if (scores[o]! > scores[top]!) top = o;
  return top;
}

/**
 * The option to name as best fit, or -1 for none. Rule sets without `noClearFit` name the
 * first top option, as before. With it, an option is named only when it alone has the top
 * fit, that fit is above zero, and its defining conditions hold; options whose defining
 * conditions fail are out of the running.
 */
export function bestOption(c: Compiled, scores: readonly number[], f: Facts): number {
  if (c.rs.noClearFit === undefined) return topOption(scores);
  const top = leadingOption(c, scores, f);
  if (top < 0 || !(scores[top]! > 0)) return -1;
  for (let o = 0; o < scores.length; o++) if (o !== top && scores[o] === scores[top] && eligible(c, o, f)) return -1;
  const req = c.requires[top];
  return req === undefined || req(f) === TRUE ? top : -1;
}

/** An option is in the running unless its defining conditions fail. */
export function eligible(c: Compiled, o: number, f: Facts): boolean {
  const req = c.requires[o];
  return req === undefined || req(f) !== FALSE;
}

/** The first option in the running with the highest fit; -1 when none is in the running. */
export function leadingOption(c: Compiled, scores: readonly number[], f: Facts): number {
  let top = -1;
  for (let o = 0; o < scores.length; o++) if ((top < 0 || scores[o]! > scores[top]!) && eligible(c, o, f)) top = o;
  return top;
}

/** Add (sign 1) or take away (sign -1) a rule's fit to each option. */
export function addFits(scores: number[], fits: readonly (readonly [number, number])[], sign: number): void {
  for (let k = 0; k < fits.length; k++) {
    const fit = fits[k]!;
    scores[fit[0]]! += sign * fit[1];
  }
}
