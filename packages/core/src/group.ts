import { UNKNOWN, type Compiled, type Facts, type Tri } from './compile';
import { decide, type Decision } from './decide';
import { ValidationError, type Problem } from './errors';
import { checkOptions, readFacts, resolve, run, type EvaluateOptions } from './evaluate';
import { explainResult, insufficientVerdict, verdictSummary } from './explain';
import {
  GROUP_RESULT_FORMAT,
  type Adoption,
  type AgendaItem,
  type Disagreement,
  type GroupResult,
  type Position,
  type QuestionAgreement,
  type RespondentVerdict,
} from './group-result';
import type { Citation } from './model/citation';
import type { Question } from './model/question';
import { countAnswered, type FactsArray } from './read-answers';
import { respondentNames, shownName } from './respondents';
import type { RuleSet } from './rule-set';
import type { ResultStatus, VerdictSummary } from './result';
import { answerText } from './sensitivity';

/**
 * Evaluate the answers of several respondents (a team: researchers, commissioners, service
 * users…) against one rule set: each person's verdict, where they agree, the verdict on the
 * agreed answers alone, which disagreements change it, and what to discuss first.
 *
 * Deterministic and side-effect free like `evaluate`: the result is plain JSON and the
 * arguments are never changed. `respondents` maps each name to that person's answers
 * (1 to 50 respondents). Bad input throws one `ValidationError` listing every problem,
 * each path starting `['respondents', name]`. `options` are `evaluate`'s; `sensitivity`
 * applies to the evaluation of the agreed answers.
 */
export function evaluateGroup<A>(ruleSet: RuleSet<A>, respondents: Readonly<Record<string, A>>, options?: EvaluateOptions): GroupResult {
  const c = resolve(ruleSet);
  const sensitivity = options === undefined ? true : checkOptions(options);
  const names = respondentNames(respondents);
  const facts = readAll(c, names, respondents as Readonly<Record<string, unknown>>);

  const verdicts = respondentVerdicts(c, names, facts);
  const questions = c.rs.questions.map((q, qi) => agreementOn(c, q, qi, names, facts));

  // The agreed answers alone: contested and unanswered questions stay open.
  const agreedFacts = c.toFacts({});
  questions.forEach((a, qi) => {
    if (a.status === 'agreed') agreedFacts[qi] = facts[names.indexOf(a.positions[0]!.respondents[0]!)]![qi]!;
  });
  const agreed = explainResult(c, agreedFacts, sensitivity);

  const base = run(c, agreedFacts);
  const items: { item: AgendaItem; adoptions: Adoption[]; order: number }[] = [];
  questions.forEach((a, qi) => {
    if (a.status !== 'contested') return;
    const { item, adoptions } = weigh(c, qi, a, agreedFacts, base, codesOf(a, names, facts, qi));
    items.push({ item, adoptions, order: qi });
  });
  // What moves the verdict most first: a change of verdict, then more verdicts reached, a
  // wider score spread, a more divided team; question order breaks ties, so it is stable.
  items.sort(
    (x, y) =>
      Number(y.item.changesVerdict) - Number(x.item.changesVerdict) ||
      y.item.verdicts.length - x.item.verdicts.length ||
      y.item.scoreSpread - x.item.scoreSpread ||
      y.item.positions.length - x.item.positions.length ||
      x.order - y.order,
  );
  const disagreements: Disagreement[] = items.filter((x) => x.item.changesVerdict).map((x) => ({ question: x.item.question, label: x.item.label, adoptions: x.adoptions }));

  const count = (s: QuestionAgreement['status']) => questions.filter((q) => q.status === s).length;
  const rs = c.rs;
  return {
    format: GROUP_RESULT_FORMAT,
    ruleSet: { id: rs.id, version: rs.version, hash: rs.hash, kind: rs.kind, title: rs.title },
    respondents: verdicts,
    verdictsAgree: verdicts.every((v) => v.verdict.id === verdicts[0]!.verdict.id),
    questions,
    agreedAnswers: agreed.answers,
    agreed,
    disagreements,
    agenda: items.map((x) => x.item),
    counts: {
      respondents: names.length,
      questions: questions.length,
      agreed: count('agreed'),
      contested: count('contested'),
      unanswered: count('unanswered'),
      changingVerdict: disagreements.length,
    },
  };
}

/** Every respondent's answers as facts; the problems of all of them in one error, each under the respondent's name. */
function readAll(c: Compiled, names: readonly string[], respondents: Readonly<Record<string, unknown>>): FactsArray[] {
  const problems: Problem[] = [];
  const out: FactsArray[] = [];
  for (const name of names) {
    try {
      out.push(readFacts(c, respondents[name]));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      for (const p of e.problems) problems.push({ ...p, path: ['respondents', shownName(name), ...p.path] });
    }
  }
  if (problems.length > 0) throw new ValidationError('answers', problems);
  return out;
}

/** Each respondent's verdict as `evaluate` gives it; identical answers are decided once. */
function respondentVerdicts(c: Compiled, names: readonly string[], facts: readonly FactsArray[]): RespondentVerdict[] {
  const seen: { f: FactsArray; v: Omit<RespondentVerdict, 'name'> }[] = [];
  return names.map((name, r) => {
    const f = facts[r]!;
    // A scan with early exit: cheaper than a string key for at most 50 respondents (measured).
    let v = seen.find((x) => sameFacts(x.f, f))?.v;
    if (!v) {
      const st = run(c, f);
      const answered = countAnswered(f);
      v = { ...outcome(c, decide(c, st, f), st, answered, f), answered };
      seen.push({ f, v });
    }
    return { name, ...v };
  });
}

function sameFacts(a: FactsArray, b: FactsArray): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && (a[i] === a[i] || b[i] === b[i])) return false; // NaN: both unanswered
  return true;
}

/** Status and verdict from the rules' statuses, exactly as `explainResult` decides them. */
function outcome(c: Compiled, d: Decision, st: readonly Tri[], answered: number, f: Facts): { status: ResultStatus; verdict: VerdictSummary } {
  const min = c.rs.minimumAnswers;
  if (answered < min) return { status: 'insufficient-information', verdict: insufficientVerdict(min, answered) };
  return { status: st.includes(UNKNOWN) ? 'provisional' : 'complete', verdict: verdictSummary(c, d, f) };
}

function agreementOn(c: Compiled, q: Question, qi: number, names: readonly string[], facts: readonly FactsArray[]): QuestionAgreement {
  const enc = c.encodings[qi]!;
  const groups: { code: number; respondents: string[] }[] = [];
  const blank: string[] = [];
  const byRespondent = names.map((respondent, r) => {
    const code = facts[r]![qi]!;
    if (code !== code) {
      blank.push(respondent);
      return { respondent, answer: null };
    }
    const g = groups.find((x) => x.code === code);
    if (g) g.respondents.push(respondent);
    else groups.push({ code, respondents: [respondent] });
    return { respondent, answer: enc.decode(code) };
  });
  // Most respondents first; Array.prototype.sort is stable, so ties keep the order first given.
  groups.sort((a, b) => b.respondents.length - a.respondents.length);
  const positions: Position[] = groups.map((g) => ({ answer: enc.decode(g.code), respondents: g.respondents }));
  const status = groups.length === 0 ? 'unanswered' : groups.length === 1 ? 'agreed' : 'contested';
  return { question: q.id, label: q.label, status, agree: status === 'agreed', byRespondent, positions, blank };
}

/** The answer code of each position of a question, in position order. */
function codesOf(a: QuestionAgreement, names: readonly string[], facts: readonly FactsArray[], qi: number): number[] {
  return a.positions.map((p) => facts[names.indexOf(p.respondents[0]!)]![qi]!);
}

/**
 * Adopt each answer given to a contested question on top of the agreed answers (other
 * contested questions still open) and see what the verdict does. Only the rules that read
 * the question are re-run.
 */
function weigh(c: Compiled, qi: number, a: QuestionAgreement, agreedFacts: FactsArray, base: readonly Tri[], codes: readonly number[]): { item: AgendaItem; adoptions: Adoption[] } {
  const q = c.rs.questions[qi]!;
  const affected = c.rulesOf[qi]!;
  const first = new Array<Tri>(affected.length);
  const scratch = agreedFacts.slice();
  const answered = countAnswered(agreedFacts) + 1;
  // One working copy of the statuses: only the question's rules change between answers.
  const st = base.slice();
  const moved = new Array<boolean>(affected.length).fill(false);
  const under = a.positions.map((_, k) => {
    scratch[qi] = codes[k]!;
    for (let j = 0; j < affected.length; j++) {
      const i = affected[j]!;
      st[i] = c.rules[i]!.test(scratch);
      if (k > 0 && st[i] !== first[j]) moved[j] = true;
    }
    if (k === 0) for (let j = 0; j < affected.length; j++) first[j] = st[affected[j]!]!;
    return outcome(c, decide(c, st, scratch), st, answered, scratch);
  });
  const reached: { id: string; label: string }[] = [];
  for (const u of under) if (!reached.some((v) => v.id === u.verdict.id)) reached.push({ id: u.verdict.id, label: u.verdict.label });
  let lo = Infinity;
  let hi = -Infinity;
  for (const u of under)
    if (u.verdict.score !== null) {
      lo = Math.min(lo, u.verdict.score);
      hi = Math.max(hi, u.verdict.score);
    }
  const changesVerdict = reached.length > 1;
  // Sentences only for the disagreements that change the verdict: the others are not reported.
  const adoptions = changesVerdict
    ? a.positions.map((p, k): Adoption => {
        const { status, verdict } = under[k]!;
        return {
          answer: p.answer,
          respondents: p.respondents,
          verdict: { id: verdict.id, label: verdict.label },
          score: verdict.score,
          provisional: status !== 'complete',
          sentence: adoptionSentence(q, p, verdict.label, c.rs.kind === 'ranking'),
        };
      })
    : [];
  // The guidance at stake: the question's own, then that of every rule the answers decide differently.
  const citations: Citation[] = [];
  const add = (cs: readonly Citation[]) => {
    for (const ci of cs) if (!citations.some((x) => x.guidance === ci.guidance && x.source === ci.source && x.place === ci.place)) citations.push(ci);
  };
  add(q.citations);
  for (let j = 0; j < affected.length; j++) if (moved[j]) add(c.rules[affected[j]!]!.rule.citations);
  const item: AgendaItem = {
    question: q.id,
    label: q.label,
    changesVerdict,
    verdicts: reached,
    scoreSpread: hi >= lo ? hi - lo : 0,
    positions: a.positions,
    citations,
  };
  return { item, adoptions };
}

/** "Priya", "Priya and Sam", "Priya, Sam and Lee". */
export function joinNames(names: readonly string[], and = ' and ', comma = ', '): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(comma)}${and}${names[names.length - 1]}`;
}

/** "If the team adopts the view of Priya on "…" ("…"), the verdict is "…"." Names go in as text. */
function adoptionSentence(q: Question, p: Position, verdict: string, ranking: boolean): string {
  return `If the team adopts the view of ${joinNames(p.respondents)} on "${q.label}" (${answerText(q, p.answer)}), the ${ranking ? 'best fit' : 'verdict'} is "${verdict}".`;
}
