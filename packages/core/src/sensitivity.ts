import { TRUE, type Compiled, type Facts } from './compile';
import { triAt } from './conditions';
import { NO_CLEAR_FIT, T_HIGH, T_MEDIUM, T_SCORE, addFits, bandFor, bestOption, eligible, leadingOption, topOption, type Decision } from './decide';
import { UNANSWERED, bit } from './encoding';
import type { AnswerValue, Question } from './model/question';
import type { UnansweredQuestion, VerdictChange } from './result';

/** Unanswered questions in question order, without working out what they could change. */
export function plainUnanswered(c: Compiled, f: Facts): UnansweredQuestion[] {
  const out: UnansweredQuestion[] = [];
  const qs = c.rs.questions;
  for (let i = 0; i < qs.length; i++)
    if (f[i] !== f[i]) out.push(c.legacy ? { question: qs[i]!.id, label: qs[i]!.label, couldChangeVerdict: false, reachableVerdicts: [], scoreSpread: 0 } : { question: qs[i]!.id, label: qs[i]!.label, couldChangeVerdict: false, reachableVerdicts: [], scoreSpread: 0, couldAddRequirement: false });
  return out;
}

/** An unanswered question's part of the analysis, with its place for sorting. */
interface Open {
  readonly u: UnansweredQuestion;
  readonly change: boolean;
  readonly requirement: boolean;
  readonly reach: number;
  readonly spread: number;
  readonly order: number;
}

/**
 * Try each answer to each question, one at a time, and see what the verdict does. Only
 * the rules that read the question are re-run and the tally is adjusted by their change,
 * so each try costs a few rule checks, not an evaluation. Verdicts are handled as indices
 * into `c.verdictIds` and nothing is allocated per try.
 */
export function analyse(c: Compiled, f: Facts, base: Decision, st: ArrayLike<number>): { unanswered: UnansweredQuestion[]; changes: VerdictChange[] } {
  const ranking = c.rs.kind === 'ranking';
  const rules = c.rules;
  const qs = c.rs.questions;
  const ids = c.verdictIds;
  const canon = c.verdictCanon;
  const current = canon[ids.indexOf(base.id)]!;
  const baseScores = base.optionScores ?? NO_SCORES;
  const baseTally = base.tally ?? NO_SCORES;
  const baseScore = base.score;
  const baseHigh = ranking ? 0 : baseTally[T_HIGH]!;
  const baseMedium = ranking ? 0 : baseTally[T_MEDIUM]!;
  const noClear = ids.length - 1;
  const w = workspace(c);
  const scratch = w.scratch;
  for (let i = 0; i < f.length; i++) scratch[i] = f[i]!;
  const work = w.work;
  // Per try: the score and whether a requirement-level rule would newly fire.
  let score = 0;
  let requirement = false;
  // The verdict (canonical index) if question qi had the answer now in `scratch[qi]`.
  // The score and flag counts are adjusted in the same order as a full tally adds them,
  // so the scores reported are the same numbers to the last bit.
  const whatIf = (affected: readonly number[], exact: boolean): number => {
    let moved = false;
    requirement = false;
    // Ranking: each option's fit; otherwise the score and the high and medium flags.
    if (ranking) for (let o = 0; o < baseScores.length; o++) work[o] = baseScores[o]!;
    else {
      work[0] = baseScore;
      work[1] = baseHigh;
      work[2] = baseMedium;
    }
    for (let k = 0; k < affected.length; k++) {
      const i = affected[k]!;
      const cr = rules[i]!;
      const now = triAt(cr.code, cr.k, 0, scratch) === TRUE;
      if ((st[i] === TRUE) === now) continue;
      moved = true;
      if (now && cr.requirement) requirement = true;
      const sign = now ? 1 : -1;
      if (ranking) addFits(work, cr.fits, sign);
      else {
        const t = cr.tally;
        work[0]! += sign * t[T_SCORE]!;
        work[1]! += sign * t[T_HIGH]!;
        work[2]! += sign * t[T_MEDIUM]!;
      }
    }
    // Nothing moved and no condition reads the question: the verdict is the base one.
    if (!moved && !exact) {
      score = baseScore;
      return current;
    }
    if (!ranking) {
      score = work[0]!;
      return canon[bandFor(c, work[0]!, work[1]!, work[2]!, scratch)]!;
    }
    const best = bestOption(c, work, scratch);
    if (best >= 0) {
      score = work[best]!;
      return canon[best]!;
    }
    score = work[Math.max(0, leadingOption(c, work, scratch))]!;
    return canon[noClear]!;
  };

  // Which verdicts a question reaches (stamped with the question's position + 1, in the
  // order first found), and per verdict the closest change found.
  const seen = w.seen;
  seen.fill(0);
  const found = w.found;
  const bestTo = w.bestTo;
  const bestDistance = w.bestDistance;
  const open: Open[] = [];
  const changes: VerdictChange[] = [];
  const bounds = skipBounds(c, base, f);

  for (let qi = 0; qi < qs.length; qi++) {
    const was = f[qi]!;
    const exact = c.exactWhatIf[qi]!;
    // An answered question whose rules cannot move the tally across any band edge (or let
    // any option catch up with the best fit) cannot change the verdict: no need to try it.
    if (was === was && !exact && bounds(qi)) continue;
    const q = qs[qi]!;
    const tries = candidates(c, q, qi, was, f);
    const affected = c.rulesOf[qi]!;
    const stamp = qi + 1;
    let n = 0;
    if (was !== was) {
      let lo = Infinity;
      let hi = -Infinity;
      let adds = false;
      let change = false;
      for (let t = 0; t < tries.length; t++) {
        scratch[qi] = tries[t]!;
        const v = whatIf(affected, exact);
        if (requirement) adds = true;
        if (seen[v] !== stamp) {
          seen[v] = stamp;
          found[n++] = v;
          if (v !== current) change = true;
        }
        if (score < lo) lo = score;
        if (score > hi) hi = score;
      }
      scratch[qi] = UNANSWERED;
      const reachable = new Array<string>(n);
      for (let k = 0; k < n; k++) reachable[k] = ids[found[k]!]!;
      const spread = tries.length ? hi - lo : 0;
      const requires = !c.legacy && adds;
      const u: UnansweredQuestion = c.legacy
        ? { question: q.id, label: q.label, couldChangeVerdict: change, reachableVerdicts: reachable, scoreSpread: spread }
        : { question: q.id, label: q.label, couldChangeVerdict: change, reachableVerdicts: reachable, scoreSpread: spread, couldAddRequirement: requires };
      open.push({ u, change, requirement: requires, reach: n, spread, order: qi });
      continue;
    }
    // For each verdict a change could lead to, report the change closest to the current answer.
    const number = q.type === 'number';
    for (let t = 0; t < tries.length; t++) {
      const v = tries[t]!;
      if (v === was) continue;
      scratch[qi] = v;
      const d = whatIf(affected, exact);
      if (d === current) continue;
      const distance = number ? Math.abs(v - was) : 0;
      if (seen[d] !== stamp) {
        seen[d] = stamp;
        found[n++] = d;
        bestTo[d] = v;
        bestDistance[d] = distance;
      } else if (distance < bestDistance[d]!) {
        bestTo[d] = v;
        bestDistance[d] = distance;
      }
    }
    scratch[qi] = was;
    if (n === 0) continue;
    const enc = c.encodings[qi]!;
    for (let k = 0; k < n; k++) {
      const d = found[k]!;
      const id = ids[d]!;
      const to = enc.decode(bestTo[d]!);
      const from = enc.decode(was);
      const label = c.verdictLabels[d]!;
      changes.push({
        question: q.id,
        label: q.label,
        from,
        to,
        verdict: { id, label },
        sentence:
          id === NO_CLEAR_FIT
            ? `If "${q.label}" were ${answerText(q, to)} instead of ${answerText(q, from)}, no option would stand out as the best fit.`
            : `If "${q.label}" were ${answerText(q, to)} instead of ${answerText(q, from)}, the ${ranking ? 'best fit' : 'verdict'} would become "${label}".`,
      });
    }
  }
  return { unanswered: sortOpen(open), changes };
}

/**
 * Buffers reused by every analysis of a rule set: made once, on its first analysis. Safe
 * to share, since an analysis runs no code of the caller's and so is never re-entered.
 */
interface Workspace {
  readonly scratch: number[];
  readonly work: number[];
  readonly seen: Int32Array;
  readonly found: Int32Array;
  readonly bestTo: Float64Array;
  readonly bestDistance: Float64Array;
}
const workspaces = new WeakMap<Compiled, Workspace>();
function workspace(c: Compiled): Workspace {
  let w = workspaces.get(c);
  if (w === undefined) {
    const n = c.verdictIds.length;
    w = { scratch: c.rs.questions.map(() => UNANSWERED), work: c.rs.kind === 'ranking' ? c.rs.options.map(() => 0) : [0, 0, 0], seen: new Int32Array(n), found: new Int32Array(n), bestTo: new Float64Array(n), bestDistance: new Float64Array(n) };
    workspaces.set(c, w);
  }
  return w;
}

const NO_SCORES: readonly number[] = Object.freeze([]);

/**
 * The questions that could change the verdict first, then those that could add a
 * requirement, then those that reach more verdicts or move the score more; question order
 * breaks ties, so the order is total and any sort gives the same list. An insertion sort:
 * there are only as many entries as unanswered questions.
 */
function sortOpen(xs: Open[]): UnansweredQuestion[] {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    while (j >= 0 && before(x, xs[j]!)) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
  const out = new Array<UnansweredQuestion>(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = xs[i]!.u;
  return out;
}

function before(a: Open, b: Open): boolean {
  if (a.change !== b.change) return a.change;
  if (a.requirement !== b.requirement) return a.requirement;
  if (a.reach !== b.reach) return a.reach > b.reach;
  const d = b.spread - a.spread;
  if (d) return d < 0;
  return a.order < b.order;
}

/**
 * For answered questions: true when no answer to question qi can change the verdict,
 * judged from how far its rules can move the score, the flag counts or each option's fit.
 * Only questions that no band or option condition reads are judged this way.
 */
function skipBounds(c: Compiled, base: Decision, f: Facts): (qi: number) => boolean {
  if (c.rs.kind === 'ranking') {
    const scores = base.optionScores!;
    if (c.rs.noClearFit === undefined) {
      const stable = stableRange(c, base);
      const top = topOption(scores);
      return (qi) => c.swing[qi]! <= stable || cannotOvertake(c.optionSwing[qi]!, scores, top);
    }
    // "No clear fit" also turns on ties and on the best fit being above zero: skip only
    // while the best fit stays above zero and strictly ahead of every option in the running.
    const best = base.best!;
    if (best < 0) return () => false;
    const inRunning = scores.map((_, o) => o !== best && eligible(c, o, f));
    return (qi) => {
      const reach = c.optionSwing[qi]!;
      const floor = scores[best]! - reach[best]! - 1e-9;
      if (!(floor > 0)) return false;
      for (let o = 0; o < scores.length; o++) if (inRunning[o] && scores[o]! + reach[o]! >= floor) return false;
      return true;
    };
  }
  const t = base.tally!;
  const bands = c.bands;
  // A band is reached by its score threshold or its flag counts; the verdict cannot change
  // while, for every band, the answer to "reached?" is the same at both ends of the bounds.
  return (qi) => {
    const s = c.swing[qi]!;
    const h = c.highSwing[qi]!;
    const m = c.mediumSwing[qi]!;
    for (let i = 0; i < bands.length - 1; i++) {
      const b = bands[i]!;
      const mf = b.minFlags;
      const surely = t[T_SCORE]! - s >= b.atLeast! || (mf !== undefined && ((mf.high !== undefined && t[T_HIGH]! - h >= mf.high) || (mf.medium !== undefined && t[T_MEDIUM]! - m >= mf.medium)));
      if (surely) continue;
      const maybe = !(t[T_SCORE]! + s + 1e-9 <= b.atLeast!) || (mf !== undefined && ((mf.high !== undefined && t[T_HIGH]! + h >= mf.high) || (mf.medium !== undefined && t[T_MEDIUM]! + m >= mf.medium)));
      if (maybe) return false;
    }
    return true;
  };
}

/**
 * How far a question's rules may move the scores without changing the verdict (ranking
 * rule sets without "no clear fit"): just under the lead of the best fit, since `swing`
 * already adds up every option's share, so the gap between two options moves by at most
 * that much (and a tie could hand the lead to an option listed first).
 */
function stableRange(c: Compiled, base: Decision): number {
  const scores = base.optionScores!;
  let top = -Infinity;
  let second = -Infinity;
  for (const s of scores) {
    if (s > top) {
      second = top;
      top = s;
    } else if (s > second) second = s;
  }
  return top - second - 1e-9;
}

/** True when no option can reach the best fit's score, whatever the question's rules do to either. */
function cannotOvertake(reach: readonly number[], scores: readonly number[], top: number): boolean {
  const floor = scores[top]! - reach[top]!;
  for (let o = 0; o < scores.length; o++) if (o !== top && scores[o]! + reach[o]! >= floor) return false;
  return true;
}

function candidates(c: Compiled, q: Question, qi: number, was: number, f: Facts): readonly number[] {
  const base = c.candidates[qi]!;
  if (q.type === 'number') {
    // Thresholds set by another answer: try just below, at and just above it, merged into
    // the fixed candidates in order (ties in "closest change" go to the smaller value).
    const peers = c.peers[qi]!;
    let extra: number[] | undefined;
    for (const p of peers) {
      const v = f[p]!;
      if (v === v) (extra ??= []).push(v - 1, v, v + 1);
    }
    if (extra === undefined) return base;
    extra.sort((a, b) => a - b);
    const out: number[] = [];
    let i = 0;
    let k = 0;
    while (i < base.length || k < extra.length) {
      const x = k >= extra.length || (i < base.length && base[i]! <= extra[k]!) ? base[i++]! : extra[k++]!;
      if (out.length && out[out.length - 1] === x) continue;
      if (x >= q.min && x <= q.max && (!q.integer || Number.isInteger(x))) out.push(x);
    }
    return out;
  }
  if (q.type !== 'multi-select' || was !== was) return base;
  // Toggle each option in or out of the current selection: one bit each.
  return q.options.map((_, p) => was ^ bit(p));
}

/** An answer as words, for the "what would change" sentences. */
export function answerText(q: Question, v: AnswerValue): string {
  switch (q.type) {
    case 'boolean':
      return v ? '"yes"' : '"no"';
    case 'number':
      return `${v}${q.unit ? ` ${q.unit}` : ''}`;
    case 'enum':
      return `"${q.options.find((o) => o.value === v)?.label ?? String(v)}"`;
    case 'multi-select': {
      const xs = v as readonly string[];
      return xs.length === 0 ? 'none selected' : xs.map((x) => `"${q.options.find((o) => o.value === x)?.label ?? x}"`).join(' and ');
    }
  }
}
