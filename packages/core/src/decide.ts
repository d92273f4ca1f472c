import { TRUE, type Compiled } from './compile';

/** The verdict id when too few questions are answered: no verdict is guessed. */
export const INSUFFICIENT = 'insufficient-information';

export interface Decision {
  readonly id: string;
  readonly score: number;
  readonly optionScores?: readonly number[];
}

/** Add up what the fired rules contribute: a band for verdict and register kinds, a ranking otherwise. */
export function decide(c: Compiled, st: ArrayLike<number>): Decision {
  if (c.rs.kind === 'ranking') {
    const scores = new Array<number>(c.rs.options.length).fill(0);
    for (let i = 0; i < st.length; i++) if (st[i] === TRUE) addFits(scores, c.rules[i]!.fits, 1);
    const top = topOption(scores);
    return { id: c.rs.options[top]!.id, score: scores[top]!, optionScores: scores };
  }
  let score = 0;
  for (let i = 0; i < st.length; i++) if (st[i] === TRUE) score += c.rules[i]!.points;
  return { id: bandOf(c, score), score };
}

export function bandOf(c: Compiled, score: number): string {
  const bands = c.bands;
  for (let i = 0; i < bands.length - 1; i++) if (score >= bands[i]!.atLeast!) return bands[i]!.id;
  return bands[bands.length - 1]!.id; // the bottom band has no threshold
}

/** The first option with the highest score: ties go to the option listed first. */
export function topOption(scores: readonly number[]): number {
  let top = 0;
  for (let o = 1; o < scores.length; o++) if (scores[o]! > scores[top]!) top = o;
  return top;
}


/** Add (sign 1) or take away (sign -1) a rule's fit to each option. */
export function addFits(scores: number[], fits: readonly (readonly [number, number])[], sign: number): void {
  for (let k = 0; k < fits.length; k++) {
    const fit = fits[k]!;
    scores[fit[0]]! += sign * fit[1];
  }
}
