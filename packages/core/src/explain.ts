import { TRUE, UNKNOWN, type Compiled, type CompiledRule, type Facts } from './compile';
import { INSUFFICIENT, NO_CLEAR_FIT, T_AGAINST, T_FOR, T_HIGH, T_LOW, T_MEDIUM, decide, eligible, type Decision } from './decide';
import { factsOf } from './model/condition';
import { countAnswered, type FactsArray } from './read-answers';
import { RESULT_FORMAT, type NoteItem, type AdviceItem, type EvaluationResult, type RankedResult, type RiskFlag, type RuleResult, type VerdictSummary } from './result';
import { NONE } from './rule-results';
import { analyse, plainUnanswered } from './sensitivity';


/**
 * The full, explained result: every rule with its status and the answers that decided it,
 * the risks and advice of the rules that fired, the ranking, and (with `sensitivity`) what
 * would change the verdict. Everything that does not depend on the answers was built
 * once at compile time and is shared; only the per-answer parts are made here.
 */
export function explainResult(c: Compiled, f: FactsArray, sensitivity: boolean): EvaluationResult {
  const rs = c.rs;
  const answered = countAnswered(f);
  const answers = c.toRecord(f, answered);
  const insufficient = answered < rs.minimumAnswers;

  const st = new Uint8Array(c.rules.length);
  const rules = new Array<RuleResult>(c.rules.length);
  let unknown = false;
  for (let i = 0; i < c.rules.length; i++) {
    const e = c.explained[i]!(f);
    st[i] = e.status;
    rules[i] = e.result;
    if (e.status === UNKNOWN) unknown = true;
  }

  const d = decide(c, st, f);
  const status = insufficient ? INSUFFICIENT : unknown ? 'provisional' : 'complete';
  const { unanswered, changes } = sensitivity ? analyse(c, f, d, st) : { unanswered: plainUnanswered(c, f), changes: NONE };
  // Rule sets that can say "no clear fit" give no ranking without enough answers: a list
  // of options all level at nothing would read as advice.
  const ranked = rs.kind === 'ranking' && !(insufficient && rs.noClearFit !== undefined);

  const verdict = insufficient ? insufficientVerdict(rs.minimumAnswers, answered) : verdictSummary(c, d, f);
  const ranking = ranked ? rankingOf(c, st, d, f) : NONE;
  // Risks highest severity first, advice requirements first, then warnings, then
  // information; rule order within each (see `riskRanks` and `adviceRanks`).
  const risks = firedInOrder(c.riskRanks, c.riskRules, st);
  const advice = firedInOrder(c.adviceRanks, c.adviceRules, st);
  // Two literals rather than a spread, so every result has one of two fixed shapes.
  return c.legacy
    ? { format: RESULT_FORMAT, ruleSet: c.header, status, provisional: status !== 'complete', answers, answered, verdict, ranking, risks, advice, rules, unanswered, whatWouldChange: changes }
    : { format: RESULT_FORMAT, ruleSet: c.header, status, provisional: status !== 'complete', answers, answered, verdict, ranking, risks, advice, notes: notesOf(c), rules, unanswered, whatWouldChange: changes };
}

/** The items of the fired rules by rank, then rule order (a stable sort by rank, without sorting). */
function firedInOrder<T>(byRule: readonly (readonly (readonly T[])[])[], having: readonly number[], st: Uint8Array): T[] {
  const out: T[] = [];
  if (having.length === 0) return out;
  for (let r = 0; r < 3; r++)
    for (let k = 0; k < having.length; k++) {
      const i = having[k]!;
      if (st[i] !== TRUE) continue;
      const items = byRule[i]![r]!;
      for (let m = 0; m < items.length; m++) out.push(items[m]!);
    }
  return out;
}

/**
 * Options from best fit down: by fit, then feasibility, then listed order; options whose
 * defining conditions fail come last. Equal fit and feasibility share a rank.
 */
function rankingOf(c: Compiled, st: Uint8Array, d: Decision, f: Facts): RankedResult[] {
  const options = c.rs.options;
  const scores = d.optionScores!;
  const feas = d.feasibility!;
  const definition = options.map((_, i) => {
    const req = c.requires[i];
    if (req === undefined) return undefined;
    const t = req(f);
    return t === TRUE ? ('met' as const) : t === UNKNOWN ? ('open' as const) : ('not-met' as const);
  });
  const out = (i: number) => (definition[i] === 'not-met' ? 1 : 0);
  // Insertion sort by the same total order (listed order breaks every tie), so any sort
  // gives this list; a handful of options does not pay for a sort with a comparator.
  const order: number[] = [];
  for (let i = 0; i < options.length; i++) {
    let j = order.length - 1;
    while (j >= 0 && rankedBefore(i, order[j]!, out, scores, feas)) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = i;
  }
  const withFeasibility = c.withFeasibility;
  const ranking: RankedResult[] = [];
  for (let k = 0; k < order.length; k++) {
    const oi = order[k]!;
    const opt = options[oi]!;
    const prev = order[k - 1];
    // Without a best fit, options are ranked by fit alone: feasibility still orders the
    // list but does not lift one of several equally fitting options above the others.
    const level = d.best === -1 || feas[prev ?? oi] === feas[oi];
    const rank = prev !== undefined && out(prev) === out(oi) && scores[prev] === scores[oi] && level ? ranking[k - 1]!.rank : k + 1;
    const because: string[] = [];
    const fitting = c.fitting[oi]!;
    for (let j = 0; j < fitting.length; j++) if (st[fitting[j]!] === TRUE) because.push(c.rules[fitting[j]!]!.rule.id);
    const def = definition[oi];
    // One literal per shape rather than spreads (keys in the documented order).
    const score = scores[oi]!;
    ranking.push(
      withFeasibility
        ? def === undefined
          ? { option: opt.id, label: opt.label, summary: opt.summary, score, feasibility: feas[oi]!, rank, because, citations: opt.citations }
          : { option: opt.id, label: opt.label, summary: opt.summary, score, feasibility: feas[oi]!, definition: def, rank, because, citations: opt.citations }
        : def === undefined
          ? { option: opt.id, label: opt.label, summary: opt.summary, score, rank, because, citations: opt.citations }
          : { option: opt.id, label: opt.label, summary: opt.summary, score, definition: def, rank, because, citations: opt.citations },
    );
  }
  return ranking;
}

/** Whether option a comes before option b in the ranking (out of the running last, then fit, feasibility, listed order). */
function rankedBefore(a: number, b: number, out: (i: number) => number, scores: readonly number[], feas: readonly number[]): boolean {
  const d = out(a) - out(b) || scores[b]! - scores[a]! || feas[b]! - feas[a]! || a - b;
  return d < 0;
}

/** The rule set's notes: the same frozen items for every result. */
const notesCache = new WeakMap<Compiled, readonly NoteItem[]>();
function notesOf(c: Compiled): readonly NoteItem[] {
  let n = notesCache.get(c);
  if (n === undefined) {
    const ids = c.rs.notes ?? [];
    n = Object.freeze(
      ids.map((id) => {
        const r = c.rs.references.find((x) => x.id === id)!;
        return Object.freeze({ id: r.id, title: r.title, text: r.text, citations: r.citations });
      }),
    );
    notesCache.set(c, n);
  }
  return n;
}

export function insufficientVerdict(min: number, answered: number): VerdictSummary {
  return {
    id: INSUFFICIENT,
    label: 'Insufficient information',
    summary: `Answer at least ${min} question${min === 1 ? '' : 's'} (${answered} answered so far) for a verdict. No verdict is guessed from missing answers.`,
    score: null,
    citations: NONE,
  };
}

/** Per rule set: the positions of the questions band conditions read, in question order. */
const needsCache = new WeakMap<Compiled, readonly number[]>();

export function verdictSummary(c: Compiled, d: Decision, f: Facts): VerdictSummary {
  const rs = c.rs;
  if (rs.kind === 'ranking') {
    if (d.id === NO_CLEAR_FIT) {
      const n = rs.noClearFit!;
      const scores = d.optionScores!;
      const tied = rs.options.filter((_, i) => scores[i] === d.score && eligible(c, i, f)).map((o) => Object.freeze({ option: o.id, label: o.label }));
      return { id: d.id, label: n.label, summary: n.summary, score: d.score, citations: n.citations ?? NONE, tied };
    }
    const o = rs.options.find((x) => x.id === d.id)!;
    return { id: d.id, label: o.label, summary: o.summary, score: d.score, citations: o.citations };
  }
  const b = rs.bands.find((x) => x.id === d.id)!;
  const t = d.tally!;
  let summary = b.summary;
  const s = b.summaries;
  if (s !== undefined) summary = (d.capped ? s.capped : t[T_FOR]! > 0 && t[T_AGAINST]! > 0 ? s.mixed : s.weak) ?? summary;
  const citations = b.citations ?? NONE;
  if (c.legacy) return { id: d.id, label: b.label, summary, score: d.score, citations };
  // Literals rather than spreads: fixed shapes, keys in the documented order.
  const verdict = rs.kind === 'verdict';
  if (!d.capped)
    return verdict
      ? { id: d.id, label: b.label, summary, score: d.score, citations, signals: { for: t[T_FOR]!, against: t[T_AGAINST]! } }
      : { id: d.id, label: b.label, summary, score: d.score, citations, flags: { high: t[T_HIGH]!, medium: t[T_MEDIUM]!, low: t[T_LOW]! } };
  const base = { id: d.id, label: b.label, summary, score: d.score, citations };
  const extra = verdict ? { signals: { for: t[T_FOR]!, against: t[T_AGAINST]! } } : { flags: { high: t[T_HIGH]!, medium: t[T_MEDIUM]!, low: t[T_LOW]! } };
  // The questions the higher band's condition reads, in question order: open ones first.
  let at = needsCache.get(c);
  if (at === undefined) {
    const needs = new Set(rs.bands.flatMap((x) => (x.requires ? factsOf(x.requires) : [])));
    at = rs.questions.flatMap((q, i) => (needs.has(q.id) ? [i] : []));
    needsCache.set(c, at);
  }
  const needsAnswer: string[] = [];
  for (const i of at) if (f[i] !== f[i]) needsAnswer.push(rs.questions[i]!.id);
  for (const i of at) if (f[i] === f[i]) needsAnswer.push(rs.questions[i]!.id);
  return { ...base, ...extra, needsAnswer };
}
