import { compileCondition, compileProgram, explainAt, triAt, type ConditionContext, type Explain, type Facts, type Predicate, type QuestionIndex } from './conditions';
import { UNANSWERED, bit, encodeValue, encodingFor, type Encoding } from './encoding';
import type { Citation, EvidenceLevel } from './model/citation';
import { factsOf, isFactReference, leavesOf } from './model/condition';
import type { Outcome } from './model/outcome';
import type { AnswerValue, Question } from './model/question';
import { RULE_SET_FORMAT } from './model/formats';
import type { Band } from './model/rule-set';
import type { Rule } from './model/rule';
import { answerFiller, answerReader, countAnswered, type FactsArray, type ReadAnswers, type ReadInto } from './read-answers';
import type { RuleSet } from './rule-set';
import type { AdviceItem, EvaluationResult, OutcomeResult, RiskFlag } from './result';

type EvaluationResultHeader = EvaluationResult['ruleSet'];
import { ruleExplainer, type ExplainedRule } from './rule-results';
import type { Tallies } from './tallies';
import { NO_CLEAR_FIT, TALLY_SIZE, T_AGAINST, T_FOR, T_HIGH, T_LOW, T_MEDIUM, T_SCORE } from './decide';

export { FALSE, TRUE, UNKNOWN, type Facts, type Tri } from './conditions';

export interface CompiledRule {
  readonly rule: Rule;
  readonly test: Predicate;
  /** The rule's conditions as a program for `triAt` (what `test` runs): the hot loops call `triAt(code, k, 0, facts)` directly. */
  readonly code: Int32Array;
  readonly k: Float64Array;
  /** Question ids the rule reads, first-seen order. */
  readonly facts: readonly string[];
  /** The same, as positions in a `Facts` array. */
  readonly factIndex: readonly number[];
  /** Signal score (verdict kind) or risk points (register kind) the rule adds when it fires. */
  readonly points: number;
  /** Per-option fit (ranking kind): decides the ranking. */
  readonly fits: readonly (readonly [number, number])[];
  /** Per-option feasibility (ranking kind): orders options of equal fit. */
  readonly feasibilityFits: readonly (readonly [number, number])[];
  /** What the rule adds to a tally when it fires (see `decide.ts`): score, signals each way, flags by severity. */
  readonly tally: readonly number[];
  /** The rule gives requirement-level advice (a must, whatever the verdict). */
  readonly requirement: boolean;
  /** Pushes the positions of the answers that decided the rule onto `sink`. */
  readonly explain: Explain;
  // What a result says about the rule: built once, frozen and shared by every result.
  readonly outcomeResults: readonly OutcomeResult[];
  readonly evidence: EvidenceLevel | undefined;
  readonly risks: readonly RiskFlag[];
  readonly advice: readonly AdviceItem[];
}

export interface Compiled {
  readonly rs: RuleSet;
  /** What every result says about its rule set; shared, frozen, the hash read only when asked for. */
  readonly header: EvaluationResultHeader;
  readonly questions: ReadonlyMap<string, Question>;
  readonly rules: readonly CompiledRule[];
  /** Bands from highest threshold down; the last has no threshold. */
  readonly bands: readonly Band[];
  /** Per band (same order): what must hold to reach it (undefined when nothing). */
  readonly bandRequires: readonly (Predicate | undefined)[];
  /** Ranking: per option, its defining conditions (undefined when it has none). */
  readonly requires: readonly (Predicate | undefined)[];
  /**
   * Per question position: true when a band or option condition reads it, so the verdict
   * can change through it in ways the score and flag bounds do not see. "What would
   * change" then tries its answers even when the bounds say it cannot matter.
   */
  readonly exactWhatIf: readonly boolean[];
  /** For each question position, how many high (and medium) flags its rules can add or take away. */
  readonly highSwing: readonly number[];
  readonly mediumSwing: readonly number[];
  /** What "what would change" may reach, by index: bands in `bands` order, or options then "no clear fit". */
  readonly verdictIds: readonly string[];
  /** Per verdict index, the first index with the same id (results compare verdicts by id). */
  readonly verdictCanon: readonly number[];
  /** Per verdict index, its label in "what would change" sentences. */
  readonly verdictLabels: readonly string[];
  /** Per rule, its risks (and advice) in the three ranks results list them by. */
  readonly riskRanks: readonly (readonly (readonly RiskFlag[])[])[];
  readonly adviceRanks: readonly (readonly (readonly AdviceItem[])[])[];
  /** The rules that have any risks (or advice) to list, in rule order. */
  readonly riskRules: readonly number[];
  readonly adviceRules: readonly number[];
  /** Some rule has a feasibility fit: ranked options then show their feasibility. */
  readonly withFeasibility: boolean;
  /** Format 1: results keep exactly the shape they had when such rule sets were published. */
  readonly legacy: boolean;
  /** Codes worth trying for each question (by position) when asking "what would change". */
  readonly candidates: readonly (readonly number[])[];
  /** Per rule: its part of a result, memoised by the answers it reads (see `rule-results.ts`). */
  readonly explained: readonly ((f: Facts) => ExplainedRule)[];
  /** Per question: how to read, encode and decode its answers. */
  readonly encodings: readonly Encoding[];
  /** Number questions compared with each other (by position): thresholds move with the other answer. */
  readonly peers: readonly (readonly number[])[];
  /** For each question position, the indices of the rules that read it (for incremental what-if). */
  readonly rulesOf: readonly (readonly number[])[];
  /**
   * What the rules reading the same few questions add up to, per combination of answers
   * (see `tallies.ts`): made by `evaluateVerdict` on its first call, so that a bundle which
   * only runs `evaluate` does not carry the code.
   */
  tallies: Tallies | undefined;
  /** For each ranked option, the rules that add to or take from its fit. */
  readonly fitting: readonly (readonly number[])[];
  /** For each question position, the most its rules can move a score (band) or an option's fit (ranking). */
  readonly swing: readonly number[];
  /** Ranking: for each question position and option, the most that question's rules can move that option's fit. */
  readonly optionSwing: readonly (readonly number[])[];
  /** Question id -> position in a `Facts` array. */
  readonly index: QuestionIndex;
  /** Validated answers by id -> the `Facts` array the compiled rules read. */
  readonly toFacts: (answers: Readonly<Record<string, AnswerValue | undefined>>) => FactsArray;
  /** The facts array back to answers by id, in question order (what a result records). */
  readonly toRecord: (facts: Facts, answered?: number) => Record<string, AnswerValue>;
  /** Validates and normalises answers without allocating errors; undefined when anything is off. */
  readonly readAnswers: ReadAnswers;
  /** The same, into a given facts array (see `read-answers.ts`), for `evaluateVerdict`'s reused one. */
  readonly readInto: ReadInto;
  /** The facts array `evaluateVerdict` reads answers into, reused call after call. */
  readonly verdictFacts: FactsArray;
}

const SEVERITY_POINTS = { low: 1, medium: 2, high: 3 } as const;
const STRENGTH: readonly EvidenceLevel[] = ['open-question', 'early-thoughts', 'authors-experience', 'case-study', 'mixed-trial-evidence', 'literature-review'];

const cache = new WeakMap<RuleSet, Compiled>();

/** Compile a validated rule set once (cached per rule set) into what evaluation runs. */
export function compile(rs: RuleSet): Compiled {
  const hit = cache.get(rs);
  if (hit) return hit;
  const questions = new Map(rs.questions.map((q) => [q.id, q]));
  const index = new Map(rs.questions.map((q, i) => [q.id, i]));
  const ids = rs.questions.map((q) => q.id);
  const outcomes = new Map(rs.outcomes.map((o) => [o.id, o]));
  const optionIndex = new Map(rs.options.map((o, i) => [o.id, i]));
  const references = new Map(rs.references.map((r) => [r.id, r]));
  const encodings = rs.questions.map(encodingFor);
  const cx: ConditionContext = { index, questions: rs.questions };
  const rules = rs.rules.map((rule): CompiledRule => {
    const os = rule.outcomes.map((id) => outcomes.get(id)!);
    const tally = new Array<number>(TALLY_SIZE).fill(0);
    const fits: (readonly [number, number])[] = [];
    const feasibilityFits: (readonly [number, number])[] = [];
    for (const o of os) {
      const e = o.effect;
      if (e.type === 'signal') {
        tally[T_SCORE]! += e.direction === 'for' ? e.weight : -e.weight;
        tally[e.direction === 'for' ? T_FOR : T_AGAINST]! += 1;
      } else if (e.type === 'flag') {
        tally[T_SCORE]! += SEVERITY_POINTS[e.severity];
        tally[e.severity === 'high' ? T_HIGH : e.severity === 'medium' ? T_MEDIUM : T_LOW]! += 1;
      } else if (e.type === 'fit') (e.scale === 'feasibility' ? feasibilityFits : fits).push([optionIndex.get(e.option)!, e.weight]);
    }
    const points = tally[T_SCORE]!;
    const facts = factsOf(rule.conditions);
    const { code, k } = compileProgram(rule.conditions, cx);
    return {
      rule,
      test: (f) => triAt(code, k, 0, f),
      code,
      k,
      explain: (f, sink) => explainAt(code, k, 0, f, sink),
      facts,
      factIndex: facts.map((q) => index.get(q)!),
      points,
      fits,
      feasibilityFits,
      tally: Object.freeze(tally),
      requirement: os.some((o) => o.effect.type === 'advice' && o.effect.level === 'requirement'),
      outcomeResults: Object.freeze(os.map((o) => Object.freeze({ id: o.id, label: o.label, detail: o.detail, effect: o.effect, citations: o.citations }))),
      evidence: weakest(rule.citations),
      risks: Object.freeze(os.filter((o) => o.effect.type === 'flag').map((o) => riskFlag(rule, o, references))),
      advice: Object.freeze(os.filter((o) => o.effect.type === 'advice').map((o) => adviceItem(rule, o))),
    };
  });
  const rulesOf = ids.map((): number[] => []);
  rules.forEach((r, i) => r.factIndex.forEach((q) => rulesOf[q]!.push(i)));
  const peers = peersOf(rs.rules, index, ids.length);
  const swing = rulesOf.map((rs_) => rs_.reduce((sum, i) => sum + Math.abs(rules[i]!.points) + rules[i]!.fits.reduce((m, [, w]) => m + Math.abs(w), 0), 0));
  const bands = [...rs.bands].sort((a, b) => (b.atLeast ?? -Infinity) - (a.atLeast ?? -Infinity));
  const verdictIds = rs.kind === 'ranking' ? [...rs.options.map((o) => o.id), NO_CLEAR_FIT] : bands.map((b) => b.id);
  // Where number thresholds are found: the rules, and options' and bands' defining conditions
  // (they compare answers too). Gathered once, not once per question.
  const thresholdSources = [...rs.rules, ...[...rs.options, ...rs.bands].flatMap((o) => (o.requires ? [{ conditions: o.requires }] : []))];
  const compiled: Compiled = {
    rs,
    header: Object.freeze({
      id: rs.id,
      version: rs.version,
      get hash() {
        return rs.hash;
      },
      kind: rs.kind,
      title: rs.title,
    }),
    questions,
    rules,
    bands,
    bandRequires: bands.map((b) => (b.requires === undefined ? undefined : compileCondition(b.requires, cx))),
    requires: rs.options.map((o) => (o.requires === undefined ? undefined : compileCondition(o.requires, cx))),
    exactWhatIf: (() => {
      // Other questions keep the score and flag bounds: trying another answer to them never
      // changes whether a band's or option's condition holds.
      const read = new Set([...bands, ...rs.options].flatMap((x) => (x.requires ? factsOf(x.requires) : [])));
      return ids.map((id) => read.has(id));
    })(),
    highSwing: rulesOf.map((rs_) => rs_.reduce((sum, i) => sum + rules[i]!.tally[T_HIGH]!, 0)),
    mediumSwing: rulesOf.map((rs_) => rs_.reduce((sum, i) => sum + rules[i]!.tally[T_MEDIUM]!, 0)),
    verdictIds,
    verdictCanon: verdictIds.map((id) => verdictIds.indexOf(id)),
    verdictLabels: verdictIds.map((id) => (id === NO_CLEAR_FIT ? (rs.noClearFit?.label ?? id) : ((rs.kind === 'ranking' ? rs.options.find((o) => o.id === id) : rs.bands.find((b) => b.id === id))?.label ?? id))),
    riskRanks: rules.map((r) => ranked(r.risks, (x) => (x.severity === 'high' ? 0 : x.severity === 'medium' ? 1 : 2))),
    adviceRanks: rules.map((r) => ranked(r.advice, (x) => (x.level === 'requirement' ? 0 : x.level === 'warning' ? 1 : 2))),
    riskRules: rules.flatMap((r, i) => (r.risks.length ? [i] : [])),
    adviceRules: rules.flatMap((r, i) => (r.advice.length ? [i] : [])),
    withFeasibility: rules.some((r) => r.feasibilityFits.length > 0),
    legacy: rs.format === RULE_SET_FORMAT,
    candidates: withPeerCandidates(
      rs.questions.map((q) => candidatesFor(q, thresholdSources)),
      peers,
      rs.questions,
    ),
    encodings,
    explained: rules.map((r) => ruleExplainer(r, rs.questions, encodings)),
    peers,
    rulesOf,
    tallies: undefined,
    fitting: rs.options.map((_, oi) => rules.flatMap((r, i) => (r.fits.some(([o, w]) => o === oi && w !== 0) || r.feasibilityFits.some(([o, w]) => o === oi && w !== 0) ? [i] : []))),
    swing,
    optionSwing: rulesOf.map((rs_) => rs.options.map((_, o) => rs_.reduce((sum, i) => sum + rules[i]!.fits.reduce((m, [oi, w]) => m + (oi === o ? Math.abs(w) : 0), 0), 0))),
    index,
    toFacts: (a) =>
      ids.map((id, i) => {
        const v = a[id];
        return v === undefined ? UNANSWERED : encodings[i]!.read(v)!;
      }),
    toRecord: recordMaker(ids, encodings),
    readAnswers: answerReader(rs.questions),
    readInto: answerFiller(rs.questions),
    verdictFacts: rs.questions.map(() => UNANSWERED),
  };
  cache.set(rs, compiled);
  return compiled;
}

/**
 * Decodes facts into the answers record of a result, keys in question order. Complete
 * answers copy a template object that already has every key and fill it in (the commonest
 * shape, and a copy is the fastest way to make it). Partial answers add their keys one by
 * one: a form leaves out any combination of questions, so templates per combination
 * missed nearly always, and building one cost several times more than the adds.
 */
function recordMaker(ids: readonly string[], encodings: readonly Encoding[]): (f: Facts, answered?: number) => Record<string, AnswerValue> {
  const full: Record<string, AnswerValue | null> = Object.fromEntries(ids.map((id) => [id, null]));
  return (f, answered = countAnswered(f)) => {
    if (answered < ids.length) {
      const out: Record<string, AnswerValue> = {};
      for (let i = 0; i < ids.length; i++) if (f[i] === f[i]) out[ids[i]!] = encodings[i]!.decode(f[i]!);
      return out;
    }
    const out = { ...full } as Record<string, AnswerValue>;
    for (let i = 0; i < ids.length; i++) out[ids[i]!] = encodings[i]!.decode(f[i]!);
    return out;
  };
}

/** Items split into the three ranks results list them by, each in its original order. */
function ranked<T>(items: readonly T[], rank: (t: T) => 0 | 1 | 2): readonly (readonly T[])[] {
  const out: [T[], T[], T[]] = [[], [], []];
  for (const t of items) out[rank(t)].push(t);
  return out.map((x) => (x.length ? Object.freeze(x) : NO_ITEMS));
}
const NO_ITEMS: readonly never[] = Object.freeze([]);

function riskFlag(rule: Rule, o: Outcome, references: ReadonlyMap<string, RuleSet['references'][number]>): RiskFlag {
  const e = o.effect as Extract<Outcome['effect'], { type: 'flag' }>;
  return Object.freeze({
    outcome: o.id,
    rule: rule.id,
    label: o.label,
    detail: o.detail,
    category: e.category,
    ...(e.stage ? { stage: e.stage } : {}),
    severity: e.severity,
    mitigations: Object.freeze(
      e.mitigations.map((m) => {
        const r = references.get(m)!;
        return Object.freeze({ id: r.id, title: r.title, text: r.text, citations: r.citations });
      }),
    ),
    citations: o.citations,
  });
}

function adviceItem(rule: Rule, o: Outcome): AdviceItem {
  const e = o.effect as Extract<Outcome['effect'], { type: 'advice' }>;
  return Object.freeze({ outcome: o.id, rule: rule.id, level: e.level, label: o.label, detail: o.detail, citations: o.citations });
}

/** The weakest evidence level among a rule's citations: a claim is only as strong as that. */
function weakest(cs: readonly Citation[]): EvidenceLevel | undefined {
  let best: number | undefined;
  for (const c of cs) {
    const i = c.evidence ? STRENGTH.indexOf(c.evidence) : -1;
    if (i >= 0 && (best === undefined || i < best)) best = i;
  }
  return best === undefined ? undefined : STRENGTH[best];
}

/**
 * Two numbers compared with each other have no fixed threshold: give both a value in the
 * middle of their shared range, and its neighbours, so that "what if" can land either side.
 */
function withPeerCandidates(cands: number[][], peers: readonly (readonly number[])[], questions: readonly Question[]): number[][] {
  peers.forEach((bs, a) => {
    for (const b of bs) {
      const qa = questions[a]!;
      const qb = questions[b]!;
      if (qa.type !== 'number' || qb.type !== 'number') continue;
      const mid = Math.floor((Math.max(qa.min, qb.min) + Math.min(qa.max, qb.max)) / 2);
      const extra = [mid - 1, mid, mid + 1].filter((x) => x >= qa.min && x <= qa.max && (!qa.integer || Number.isInteger(x)));
      cands[a] = [...new Set([...cands[a]!, ...extra])].sort((x, y) => x - y);
    }
  });
  return cands;
}

function peersOf(rules: readonly Rule[], index: QuestionIndex, n: number): number[][] {
  const peers = Array.from({ length: n }, (): number[] => []);
  const link = (a: number, b: number) => {
    if (!peers[a]!.includes(b)) peers[a]!.push(b);
  };
  for (const r of rules)
    for (const leaf of leavesOf(r.conditions))
      if (isFactReference(leaf.value)) {
        const a = index.get(leaf.fact)!;
        const b = index.get(leaf.value.fact)!;
        link(a, b);
        link(b, a);
      }
  return peers;
}

/** Answer codes worth trying (see `encoding.ts`). */
function candidatesFor(q: Question, rules: readonly Pick<Rule, 'conditions'>[]): number[] {
  switch (q.type) {
    case 'boolean':
      return [encodeValue(q, true), encodeValue(q, false)];
    case 'enum':
      return q.options.map((_, p) => p);
    case 'multi-select':
      // Single choices and none: toggles of the current answer are added at evaluation time.
      return [0, ...q.options.map((_, p) => bit(p))];
    case 'number': {
      // Each threshold a rule compares this number with, and its neighbours on either side.
      const ts = new Set<number>([q.min, q.max]);
      for (const r of rules)
        for (const leaf of leavesOf(r.conditions))
          if (leaf.fact === q.id)
            for (const t of Array.isArray(leaf.value) ? leaf.value : [leaf.value]) if (typeof t === 'number') [t - 1, t, t + 1].forEach((x) => ts.add(x));
      return [...ts].filter((x) => x >= q.min && x <= q.max && (!q.integer || Number.isInteger(x))).sort((a, b) => a - b);
    }
  }
}
