import { TRUE, type Compiled, type Facts } from './compile';
import { NO_CLEAR_FIT, T_SCORE, addFits, addTally, bandOf, bestOption, leadingOption, topOption, type Decision } from './decide';
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

/**
 * Try each answer to each question, one at a time, and see what the verdict does. Only
 * the rules that read the question are re-run and the score is adjusted by their change,
 * so each try costs a few rule checks, not an evaluation.
 */
export function analyse(c: Compiled, f: Facts, base: Decision, st: ArrayLike<number>): { unanswered: UnansweredQuestion[]; changes: VerdictChange[] } {
  const current = base.id;
  const ranking = c.rs.kind === 'ranking';
  const baseScores = base.optionScores ?? [];
  const baseTally = base.tally ?? [];
  const scratch = f.slice();
  const work = baseScores.slice();
  const tally = baseTally.slice();
  const unanswered: { u: UnansweredQuestion; order: number }[] = [];
  const changes: VerdictChange[] = [];
  // The verdict if question qi had the answer now in `scratch[qi]`.
  const whatIf = (affected: readonly number[]): { id: string; score: number } => {
    if (ranking) {
      for (let o = 0; o < work.length; o++) work[o] = baseScores[o]!;
      for (const i of affected) {
        const cr = c.rules[i]!;
        const now = cr.test(scratch) === TRUE;
        if ((st[i] === TRUE) !== now) addFits(work, cr.fits, now ? 1 : -1);
      }
      const best = bestOption(c, work, scratch);
      if (best >= 0) return { id: c.rs.options[best]!.id, score: work[best]! };
      return { id: NO_CLEAR_FIT, score: work[Math.max(0, leadingOption(c, work, scratch))]! };
    }
    for (let k = 0; k < tally.length; k++) tally[k] = baseTally[k]!;
    for (const i of affected) {
      const cr = c.rules[i]!;
      const now = cr.test(scratch) === TRUE;
      if ((st[i] === TRUE) !== now) addTally(tally, cr.tally, now ? 1 : -1);
    }
    return { id: c.bands[bandOf(c, tally, scratch).band]!.id, score: tally[T_SCORE]! };
  };
  // Would this answer, now in `scratch`, make a rule with a requirement fire?
  const addsRequirement = (affected: readonly number[]): boolean => {
    for (const i of affected) {
      const cr = c.rules[i]!;
      if (cr.requirement && st[i] !== TRUE && cr.test(scratch) === TRUE) return true;
    }
    return false;
  };

  const stable = stableRange(c, base);
  const top = ranking ? topOption(baseScores) : -1;
  c.rs.questions.forEach((q, qi) => {
    const was = f[qi]!;
    // An answered question whose rules cannot move the score out of the current band (or
    // let any option catch up with the best fit) cannot change the verdict: no need to try
    // its answers.
    if (was === was && !c.exactWhatIf[qi] && (c.swing[qi]! <= stable || (ranking && cannotOvertake(c.optionSwing[qi]!, baseScores, top)))) return;
    const tries = candidates(c, q, qi, was, f);
    const affected = c.rulesOf[qi]!;
    if (was !== was) {
      const reachable: string[] = [];
      let lo = Infinity;
      let hi = -Infinity;
      let requirement = false;
      for (const v of tries) {
        scratch[qi] = v;
        if (!requirement && !c.legacy) requirement = addsRequirement(affected);
        const d = whatIf(affected);
        if (!reachable.includes(d.id)) reachable.push(d.id);
        if (d.score < lo) lo = d.score;
        if (d.score > hi) hi = d.score;
      }
      scratch[qi] = UNANSWERED;
      const base = { question: q.id, label: q.label, couldChangeVerdict: reachable.some((id) => id !== current), reachableVerdicts: reachable, scoreSpread: tries.length ? hi - lo : 0 };
      const u: UnansweredQuestion = c.legacy ? base : { ...base, couldAddRequirement: requirement };
      unanswered.push({ u, order: qi });
      return;
    }
    // For each verdict a change could lead to, report the change closest to the current answer.
    const best: { id: string; to: number; distance: number }[] = [];
    for (const v of tries) {
      if (v === was) continue;
      scratch[qi] = v;
      const d = whatIf(affected);
      if (d.id === current) continue;
      const distance = q.type === 'number' ? Math.abs(v - was) : 0;
      const prev = best.find((b) => b.id === d.id);
      if (!prev) best.push({ id: d.id, to: v, distance });
      else if (distance < prev.distance) {
        prev.to = v;
        prev.distance = distance;
      }
    }
    scratch[qi] = was;
    const enc = c.encodings[qi]!;
    for (const best1 of best) {
      const { id } = best1;
      const to = enc.decode(best1.to);
      const from = enc.decode(was);
      const label = verdictLabel(c, id);
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
  });
  // The questions that could change the verdict first, then those that could add a
  // requirement, then those that reach more verdicts or move the score more; question
  // order breaks ties, so the order is stable.
  unanswered.sort(
    (a, b) =>
      Number(b.u.couldChangeVerdict) - Number(a.u.couldChangeVerdict) ||
      Number(b.u.couldAddRequirement === true) - Number(a.u.couldAddRequirement === true) ||
      b.u.reachableVerdicts.length - a.u.reachableVerdicts.length ||
      b.u.scoreSpread - a.u.scoreSpread ||
      a.order - b.order,
  );
  return { unanswered: unanswered.map((x) => x.u), changes };
}

/**
 * How far a question's rules may move the scores without changing the verdict. Bands:
 * the distance to the nearer band edge (reaching the upper edge crosses it, hence the
 * margin). Ranking: just under the lead of the best fit, since `swing` already adds up
 * every option's share, so the gap between two options moves by at most that much (and
 * a tie could hand the lead to an option listed first).
 */
function stableRange(c: Compiled, base: Decision): number {
  if (c.rs.kind === 'ranking') {
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
  const bands = c.bands;
  const b = bands.findIndex((x) => x.id === base.id);
  const below = b === bands.length - 1 ? Infinity : base.score - bands[b]!.atLeast!;
  const above = b === 0 ? Infinity : bands[b - 1]!.atLeast! - base.score - 1e-9;
  return Math.min(below, above);
}

/** True when no option can reach the best fit's score, whatever the question's rules do to either. */
function cannotOvertake(reach: readonly number[], scores: readonly number[], top: number): boolean {
  const floor = scores[top]! - reach[top]!;
  for (let o = 0; o < scores.length; o++) if (o !== top && scores[o]! + reach[o]! >= floor) return false;
  return true;
}

function verdictLabel(c: Compiled, id: string): string {
  if (id === NO_CLEAR_FIT) return c.rs.noClearFit?.label ?? id;
  return (c.rs.kind === 'ranking' ? c.rs.options.find((o) => o.id === id) : c.rs.bands.find((b) => b.id === id))?.label ?? id;
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
