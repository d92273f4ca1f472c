import { validateAnswers } from './answers';
import { FALSE, TRUE, UNKNOWN, compile, type Compiled, type Facts, type Tri } from './compile';
import { ValidationError, describe } from './errors';
import type { Citation, EvidenceLevel } from './model/citation';
import type { AnswerValue, Question } from './model/question';
import { isRuleSet, loadRuleSet, type Answers, type RuleSet } from './rule-set';
import {
  RESULT_FORMAT,
  type AdviceItem,
  type EvaluationResult,
  type RankedResult,
  type RiskFlag,
  type RuleResult,
  type UnansweredQuestion,
  type VerdictChange,
  type VerdictSummary,
} from './result';

export interface EvaluateOptions {
  /**
   * Work out which unanswered questions matter most and which single changes would flip
   * the verdict. On by default; turn off for bulk screening where only verdicts matter.
   */
  readonly sensitivity?: boolean;
}

export const INSUFFICIENT = 'insufficient-information';

/**
 * Evaluate answers against a rule set. Deterministic and side-effect free: the same
 * input always gives the same (JSON-serialisable) result, and arguments are never changed.
 * Bad answers or a bad rule set throw `ValidationError`; nothing else is thrown for bad input.
 */
export function evaluate<A>(ruleSet: RuleSet<A>, answers: A, options: EvaluateOptions = {}): EvaluationResult {
  const c = resolve(ruleSet);
  const opts = checkOptions(options);
  const fast = c.fastAnswers(answers);
  if (fast) return buildResult(c, c.toRecord(fast.facts), fast.facts, opts.sensitivity);
  const facts = validateAnswers(c.rs, answers, c.questions, c.schemas);
  return buildResult(c, facts, c.toFacts(facts), opts.sensitivity);
}

/** The verdict alone, without explanations: the fast path for screening many profiles. */
export function evaluateVerdict<A>(ruleSet: RuleSet<A>, answers: A): { readonly id: string; readonly score: number | null; readonly provisional: boolean } {
  const c = resolve(ruleSet);
  const fast = c.fastAnswers(answers);
  const arr = fast ? fast.facts : c.toFacts(validateAnswers(c.rs, answers, c.questions, c.schemas));
  const count = fast ? fast.count : arr.filter((x) => x !== undefined).length;
  if (count < c.rs.minimumAnswers) return { id: INSUFFICIENT, score: null, provisional: true };
  const st = run(c, arr);
  const d = decide(c, st);
  return { id: d.id, score: d.score, provisional: st.includes(UNKNOWN) };
}

/** A validated rule set, compiled (cached per rule set): from `defineRuleSet`/`loadRuleSet` or plain JSON. */
export function resolve(rs: unknown): Compiled {
  return compile(isRuleSet(rs) ? rs : loadRuleSet(rs));
}

function checkOptions(o: unknown): Required<EvaluateOptions> {
  if (o === undefined) return { sensitivity: true };
  if (typeof o !== 'object' || o === null || Array.isArray(o))
    throw new ValidationError('options', [{ path: [], message: 'options must be an object', expected: '{ sensitivity?: boolean }', received: describe(o) }]);
  const { sensitivity = true, ...rest } = o as Record<string, unknown>;
  const problems = Object.keys(rest).map((k) => ({ path: [k.slice(0, 64)], message: 'unknown option', expected: 'sensitivity' }));
  if (typeof sensitivity !== 'boolean') problems.push({ path: ['sensitivity'], message: 'must be a boolean', expected: 'true or false' });
  if (problems.length) throw new ValidationError('options', problems);
  return { sensitivity: sensitivity as boolean };
}

export function run(c: Compiled, facts: Facts): Tri[] {
  const out = new Array<Tri>(c.rules.length);
  for (let i = 0; i < c.rules.length; i++) out[i] = c.rules[i]!.test(facts);
  return out;
}

interface Decision {
  readonly id: string;
  readonly score: number;
  readonly optionScores?: readonly number[];
}

/** Add up what the fired rules contribute: a band for verdict and register kinds, a ranking otherwise. */
export function decide(c: Compiled, st: readonly Tri[]): Decision {
  if (c.rs.kind === 'ranking') {
    const scores = new Array<number>(c.rs.options.length).fill(0);
    for (let i = 0; i < st.length; i++) if (st[i] === TRUE) for (const [o, w] of c.rules[i]!.fits) scores[o]! += w;
    return { ...topOption(c, scores), optionScores: scores };
  }
  let score = 0;
  for (let i = 0; i < st.length; i++) if (st[i] === TRUE) score += c.rules[i]!.points;
  return { id: bandOf(c, score), score };
}

function bandOf(c: Compiled, score: number): string {
  for (const b of c.bands) if (b.atLeast === undefined || score >= b.atLeast) return b.id;
  return c.bands[c.bands.length - 1]!.id; // unreachable: the bottom band has no threshold
}

function topOption(c: Compiled, scores: readonly number[]): { id: string; score: number } {
  let top = 0;
  for (let o = 1; o < scores.length; o++) if (scores[o]! > scores[top]!) top = o;
  return { id: c.rs.options[top]!.id, score: scores[top]! };
}

/**
 * The verdict if one question had another answer. Only the rules that read that question
 * are re-run; the score is adjusted by their change, so a what-if costs a few rule checks.
 */
function whatIf(c: Compiled, base: readonly Tri[], baseScores: readonly number[], baseScore: number, affected: readonly number[], scratch: Facts): Decision {
  if (c.rs.kind === 'ranking') {
    const scores = baseScores.slice();
    for (const i of affected) {
      const cr = c.rules[i]!;
      const was = base[i] === TRUE;
      const now = cr.test(scratch) === TRUE;
      if (was !== now) for (const [o, w] of cr.fits) scores[o]! += now ? w : -w;
    }
    return topOption(c, scores);
  }
  let score = baseScore;
  for (const i of affected) {
    const cr = c.rules[i]!;
    const was = base[i] === TRUE;
    const now = cr.test(scratch) === TRUE;
    if (was !== now) score += now ? cr.points : -cr.points;
  }
  return { id: bandOf(c, score), score };
}

function buildResult(c: Compiled, facts: Record<string, AnswerValue>, arr: Facts, sensitivity: boolean): EvaluationResult {
  const rs = c.rs;
  const st = run(c, arr);
  const answered = Object.keys(facts).length;
  const insufficient = answered < rs.minimumAnswers;
  const d = decide(c, st);
  const status = insufficient ? INSUFFICIENT : st.includes(UNKNOWN) ? 'provisional' : 'complete';

  const rules: RuleResult[] = c.rules.map((cr, i) => {
    const s = st[i]!;
    const decisive: string[] = [];
    if (s !== UNKNOWN) cr.explain(arr, decisive);
    const evidence = weakest(cr.rule.citations);
    return {
      id: cr.rule.id,
      status: s === TRUE ? 'fired' : s === FALSE ? 'not-fired' : 'undetermined',
      explanation: cr.rule.explanation,
      decidedBy: decisive.map((q) => ({ question: q, label: c.questions.get(q)!.label, answer: facts[q]! })),
      waitingOn: s === UNKNOWN ? cr.facts.filter((q) => facts[q] === undefined) : [],
      outcomes: cr.outcomeResults,
      citations: cr.rule.citations,
      ...(evidence ? { evidence } : {}),
    };
  });

  const risks: RiskFlag[] = [];
  const advice: AdviceItem[] = [];
  const references = new Map(rs.references.map((r) => [r.id, r]));
  c.rules.forEach((cr, i) => {
    if (st[i] !== TRUE) return;
    for (const o of cr.outcomes) {
      const e = o.effect;
      if (e.type === 'flag')
        risks.push({
          outcome: o.id,
          rule: cr.rule.id,
          label: o.label,
          detail: o.detail,
          category: e.category,
          ...(e.stage ? { stage: e.stage } : {}),
          severity: e.severity,
          mitigations: e.mitigations.map((m) => {
            const r = references.get(m)!;
            return { id: r.id, title: r.title, text: r.text, citations: r.citations };
          }),
          citations: o.citations,
        });
      else if (e.type === 'advice') advice.push({ outcome: o.id, rule: cr.rule.id, level: e.level, label: o.label, detail: o.detail, citations: o.citations });
    }
  });
  // Highest severity first; rule order breaks ties, so the order is stable.
  const sev = { high: 0, medium: 1, low: 2 } as const;
  risks.sort((a, b) => sev[a.severity] - sev[b.severity]);
  const lvl = { requirement: 0, warning: 1, info: 2 } as const;
  advice.sort((a, b) => lvl[a.level] - lvl[b.level]);

  const ranking: RankedResult[] = [];
  if (rs.kind === 'ranking') {
    const scores = d.optionScores!;
    const order = rs.options.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
    order.forEach((oi, k) => {
      const opt = rs.options[oi]!;
      const rank = k > 0 && scores[order[k - 1]!] === scores[oi] ? ranking[k - 1]!.rank : k + 1;
      ranking.push({
        option: opt.id,
        label: opt.label,
        summary: opt.summary,
        score: scores[oi]!,
        rank,
        because: c.rules.filter((cr, i) => st[i] === TRUE && cr.fits.some(([o, w]) => o === oi && w !== 0)).map((cr) => cr.rule.id),
        citations: opt.citations,
      });
    });
  }

  const verdict = insufficient
    ? insufficientVerdict(rs.minimumAnswers, answered)
    : verdictSummary(c, d.id, d.score);

  const { unanswered, changes } = sensitivity ? analyse(c, facts, d, st) : { unanswered: plainUnanswered(c, facts), changes: [] };

  return {
    format: RESULT_FORMAT,
    ruleSet: { id: rs.id, version: rs.version, hash: rs.hash, kind: rs.kind, title: rs.title },
    status,
    provisional: status !== 'complete',
    answers: facts,
    answered,
    verdict,
    ranking,
    risks,
    advice,
    rules,
    unanswered,
    whatWouldChange: changes,
  };
}

function insufficientVerdict(min: number, answered: number): VerdictSummary {
  return {
    id: INSUFFICIENT,
    label: 'Insufficient information',
    summary: `Answer at least ${min} question${min === 1 ? '' : 's'} (${answered} answered so far) for a verdict. No verdict is guessed from missing answers.`,
    score: null,
    citations: [],
  };
}

function verdictSummary(c: Compiled, id: string, score: number): VerdictSummary {
  const b = c.rs.kind === 'ranking' ? c.rs.options.find((o) => o.id === id)! : c.rs.bands.find((x) => x.id === id)!;
  return { id, label: b.label, summary: 'summary' in b ? b.summary : '', score, citations: b.citations ?? [] };
}

function verdictLabel(c: Compiled, id: string): string {
  return (c.rs.kind === 'ranking' ? c.rs.options.find((o) => o.id === id) : c.rs.bands.find((b) => b.id === id))?.label ?? id;
}

const STRENGTH: readonly EvidenceLevel[] = ['early-thoughts', 'authors-experience', 'case-study', 'mixed-trial-evidence', 'literature-review'];
function weakest(cs: readonly Citation[]): EvidenceLevel | undefined {
  let best: number | undefined;
  for (const c of cs) {
    const i = c.evidence ? STRENGTH.indexOf(c.evidence) : -1;
    if (i >= 0 && (best === undefined || i < best)) best = i;
  }
  return best === undefined ? undefined : STRENGTH[best];
}

function plainUnanswered(c: Compiled, facts: Readonly<Record<string, AnswerValue>>): UnansweredQuestion[] {
  return c.rs.questions.filter((q) => facts[q.id] === undefined).map((q) => ({ question: q.id, label: q.label, couldChangeVerdict: false, reachableVerdicts: [], scoreSpread: 0 }));
}

/** Try each answer to each question, one at a time, and see what the verdict does. */
function analyse(c: Compiled, facts: Record<string, AnswerValue>, base: Decision, st: readonly Tri[]): { unanswered: UnansweredQuestion[]; changes: VerdictChange[] } {
  const current = base.id;
  const baseScores = base.optionScores ?? [];
  const scratch = c.toFacts(facts);
  const unanswered: (UnansweredQuestion & { order: number })[] = [];
  const changes: VerdictChange[] = [];
  c.rs.questions.forEach((q, order) => {
    const was = facts[q.id];
    const qi = c.index.get(q.id)!;
    const tries = candidates(c, q, was, facts);
    const affected = c.rulesOf.get(q.id)!;
    const verdictWith = () => whatIf(c, st, baseScores, base.score, affected, scratch);
    if (was === undefined) {
      const seen = new Set<string>();
      let lo = Infinity;
      let hi = -Infinity;
      for (const v of tries) {
        scratch[qi] = v;
        const d = verdictWith();
        seen.add(d.id);
        lo = Math.min(lo, d.score);
        hi = Math.max(hi, d.score);
      }
      scratch[qi] = undefined;
      const reachable = [...seen];
      unanswered.push({
        question: q.id,
        label: q.label,
        couldChangeVerdict: reachable.some((id) => id !== current),
        reachableVerdicts: reachable,
        scoreSpread: tries.length ? hi - lo : 0,
        order,
      });
      return;
    }
    // For each verdict a change could lead to, report the change closest to the current answer.
    const best = new Map<string, { to: AnswerValue; distance: number }>();
    for (const v of tries) {
      if (sameAnswer(v, was)) continue;
      scratch[qi] = v;
      const d = verdictWith();
      if (d.id === current) continue;
      const distance = typeof v === 'number' ? Math.abs(v - (was as number)) : 0;
      const prev = best.get(d.id);
      if (!prev || distance < prev.distance) best.set(d.id, { to: v, distance });
    }
    scratch[qi] = was;
    for (const [id, { to }] of best) {
      const label = verdictLabel(c, id);
      changes.push({
        question: q.id,
        label: q.label,
        from: was,
        to,
        verdict: { id, label },
        sentence: `If "${q.label}" were ${answerText(q, to)} instead of ${answerText(q, was)}, the ${c.rs.kind === 'ranking' ? 'best fit' : 'verdict'} would become "${label}".`,
      });
    }
  });
  unanswered.sort((a, b) => Number(b.couldChangeVerdict) - Number(a.couldChangeVerdict) || b.reachableVerdicts.length - a.reachableVerdicts.length || b.scoreSpread - a.scoreSpread || a.order - b.order);
  return { unanswered: unanswered.map(({ order: _o, ...u }) => u), changes };
}

function candidates(c: Compiled, q: Question, was: AnswerValue | undefined, facts: Readonly<Record<string, AnswerValue | undefined>>): readonly AnswerValue[] {
  const base = c.candidates.get(q.id)!;
  if (q.type === 'number') {
    // Thresholds set by another answer: try just below, at and just above it.
    const extra: number[] = [];
    for (const p of c.peers.get(q.id) ?? []) {
      const v = facts[p];
      if (typeof v === 'number') extra.push(v - 1, v, v + 1);
    }
    if (extra.length === 0) return base;
    const all = new Set([...(base as number[]), ...extra]);
    return [...all].filter((x) => x >= q.min && x <= q.max && (!q.integer || Number.isInteger(x))).sort((a, b) => a - b);
  }
  if (q.type !== 'multi-select' || was === undefined) return base;
  // Toggle each option in or out of the current selection, keeping option order.
  const cur = was as readonly string[];
  return q.options.map((o) => {
    const next = cur.includes(o.value) ? cur.filter((x) => x !== o.value) : [...cur, o.value];
    return q.options.map((x) => x.value).filter((x) => next.includes(x));
  });
}

function sameAnswer(a: AnswerValue, b: AnswerValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

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

export type { Answers };
