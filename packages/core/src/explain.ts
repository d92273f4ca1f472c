import { TRUE, UNKNOWN, type Compiled, type CompiledRule } from './compile';
import { INSUFFICIENT, decide } from './decide';
import { countAnswered, type FactsArray } from './read-answers';
import { RESULT_FORMAT, type AdviceItem, type EvaluationResult, type RankedResult, type RiskFlag, type RuleResult, type VerdictSummary } from './result';
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
  const answers = c.toRecord(f);
  const answered = countAnswered(f);
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

  const d = decide(c, st);
  const status = insufficient ? INSUFFICIENT : unknown ? 'provisional' : 'complete';
  const { unanswered, changes } = sensitivity ? analyse(c, f, d, st) : { unanswered: plainUnanswered(c, f), changes: NONE };

  return {
    format: RESULT_FORMAT,
    ruleSet: c.header,
    status,
    provisional: status !== 'complete',
    answers,
    answered,
    verdict: insufficient ? insufficientVerdict(rs.minimumAnswers, answered) : verdictSummary(c, d.id, d.score),
    ranking: rs.kind === 'ranking' ? rankingOf(c, st, d.optionScores!) : NONE,
    risks: risksOf(c, st),
    advice: adviceOf(c, st),
    rules,
    unanswered,
    whatWouldChange: changes,
  };
}

/** Risks of the fired rules, highest severity first; rule order within a severity. */
function risksOf(c: Compiled, st: Uint8Array): RiskFlag[] {
  return firedInOrder(c, st, (cr) => cr.risks, (r) => (r.severity === 'high' ? 0 : r.severity === 'medium' ? 1 : 2));
}

/** Advice of the fired rules, requirements first, then warnings, then information. */
function adviceOf(c: Compiled, st: Uint8Array): AdviceItem[] {
  return firedInOrder(c, st, (cr) => cr.advice, (a) => (a.level === 'requirement' ? 0 : a.level === 'warning' ? 1 : 2));
}

/** The items of the fired rules in three ranks (a stable sort by rank, without sorting). */
function firedInOrder<T>(c: Compiled, st: Uint8Array, items: (cr: CompiledRule) => readonly T[], rank: (t: T) => 0 | 1 | 2): T[] {
  const ranks: [T[], T[], T[]] = [[], [], []];
  for (let i = 0; i < st.length; i++) if (st[i] === TRUE) for (const t of items(c.rules[i]!)) ranks[rank(t)].push(t);
  return ranks[0].concat(ranks[1], ranks[2]);
}

/** Options from best fit down; equal scores share a rank and keep their listed order. */
function rankingOf(c: Compiled, st: Uint8Array, scores: readonly number[]): RankedResult[] {
  const options = c.rs.options;
  const order = options.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const ranking: RankedResult[] = [];
  order.forEach((oi, k) => {
    const opt = options[oi]!;
    const rank = k > 0 && scores[order[k - 1]!] === scores[oi] ? ranking[k - 1]!.rank : k + 1;
    const because: string[] = [];
    for (const i of c.fitting[oi]!) if (st[i] === TRUE) because.push(c.rules[i]!.rule.id);
    ranking.push({ option: opt.id, label: opt.label, summary: opt.summary, score: scores[oi]!, rank, because, citations: opt.citations });
  });
  return ranking;
}

function insufficientVerdict(min: number, answered: number): VerdictSummary {
  return {
    id: INSUFFICIENT,
    label: 'Insufficient information',
    summary: `Answer at least ${min} question${min === 1 ? '' : 's'} (${answered} answered so far) for a verdict. No verdict is guessed from missing answers.`,
    score: null,
    citations: NONE,
  };
}

function verdictSummary(c: Compiled, id: string, score: number): VerdictSummary {
  const b = c.rs.kind === 'ranking' ? c.rs.options.find((o) => o.id === id)! : c.rs.bands.find((x) => x.id === id)!;
  return { id, label: b.label, summary: 'summary' in b ? b.summary : '', score, citations: b.citations ?? NONE };
}
