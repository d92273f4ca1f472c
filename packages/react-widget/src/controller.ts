/**
 * The advisor's state, independent of any UI framework: answers in, localised results out.
 * The custom element and the React hook are thin views over this. All advice comes from
 * @coproduce/core and @coproduce/rules; nothing here decides anything about co-production.
 */
import { evaluate, isRuleSet, loadRuleSet, relevantQuestions, ValidationError, type AnswerValue, type EvaluationResult, type Question, type RuleSet } from '@coproduce/core';
import { profileFor, profileQuestions, ruleSets, type RuleSetKey } from '@coproduce/rules';
import { localizeQuestion, localizeResult, locales, translate, type Locale } from '@coproduce/rules/i18n';
import { toMarkdown } from './markdown';

export type { Locale, RuleSetKey };
export const allRuleSets: readonly RuleSetKey[] = ['criteria', 'costs', 'brokering'];

/**
 * A built-in rule set by key, or any rule set (defined in TypeScript or loaded from JSON,
 * validated by @coproduce/core). A third party's rule set shows under its own id.
 */
export type RuleSetChoice = RuleSetKey | RuleSet;

export interface QuestionView {
  readonly question: Question;
  readonly visible: boolean;
  readonly value: AnswerValue | undefined;
}

export interface GroupView {
  readonly id: string;
  readonly questions: readonly QuestionView[];
}

export interface AdvisorState {
  readonly locale: Locale;
  /** Keys of the rule sets shown: built-in keys, or a custom rule set's id. */
  readonly ruleSets: readonly string[];
  readonly answers: Readonly<Record<string, AnswerValue>>;
  /** Localised results, one per selected rule set. */
  readonly results: Readonly<Partial<Record<string, EvaluationResult>>>;
  /** The same results in the rule sets' own language: what a decision record stores. */
  readonly canonical: Readonly<Partial<Record<string, EvaluationResult>>>;
  readonly groups: readonly GroupView[];
  readonly progress: { readonly answered: number; readonly total: number };
  /** Problems with answers given from outside (attributes, saved records); never thrown at the page. */
  readonly problems: readonly string[];
}

export interface AdvisorOptions {
  readonly ruleSets?: readonly RuleSetChoice[];
  readonly locale?: Locale;
  readonly answers?: Readonly<Record<string, unknown>>;
}

export interface DecisionRecord {
  readonly format: 'coproduce/decision-record@1';
  readonly locale: Locale;
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly ruleSets: readonly { readonly key: string; readonly id: string; readonly version: string; readonly hash: string }[];
  readonly results: Readonly<Partial<Record<string, EvaluationResult>>>;
}

export interface Advisor {
  getState(): AdvisorState;
  subscribe(listener: (state: AdvisorState) => void): () => void;
  setAnswer(questionId: string, value: AnswerValue | undefined): void;
  setAnswers(answers: Readonly<Record<string, unknown>>): void;
  setLocale(locale: Locale): void;
  setRuleSets(choices: readonly RuleSetChoice[]): void;
  reset(): void;
  toDecisionRecord(): DecisionRecord;
  toMarkdown(): string;
}

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (locales as readonly string[]).includes(x);
}

export function parseRuleSetKeys(x: string | null | undefined): RuleSetKey[] {
  if (!x) return [...allRuleSets];
  const keys = x.split(/[\s,]+/).filter((k): k is RuleSetKey => (allRuleSets as readonly string[]).includes(k));
  return keys.length ? keys : [...allRuleSets];
}

interface Entry {
  readonly key: string;
  readonly rs: RuleSet;
  readonly builtIn: boolean;
}

function entriesOf(choices: readonly RuleSetChoice[] | undefined): Entry[] {
  const list = choices?.length ? choices : allRuleSets;
  return list.map((c) =>
    typeof c === 'string'
      ? { key: c, rs: ruleSets[c as RuleSetKey] as RuleSet, builtIn: true }
      : { key: (isRuleSet(c) ? c : loadRuleSet(c)).id, rs: isRuleSet(c) ? c : loadRuleSet(c), builtIn: false },
  );
}

export function createAdvisor(options: AdvisorOptions = {}): Advisor {
  let locale: Locale = options.locale && isLocale(options.locale) ? options.locale : 'en';
  let entries: Entry[] = entriesOf(options.ruleSets);
  let answers: Record<string, AnswerValue> = {};
  let problems: string[] = [];
  const listeners = new Set<(s: AdvisorState) => void>();
  let state: AdvisorState;

  const asked = () => new Set(entries.flatMap((e) => e.rs.questions.map((q) => q.id)));
  const describeProblems = (e: ValidationError) => e.problems.map((p) => `${p.path.join('.')}: ${p.message}${p.received ? ` (received ${p.received})` : ''}`).join('; ');

  function accept(input: Readonly<Record<string, unknown>>): void {
    // Keep each valid answer; report the rest instead of failing the whole form.
    problems = [];
    const next: Record<string, AnswerValue> = { ...answers };
    const known = asked();
    for (const [id, value] of Object.entries(input)) {
      if (value === undefined || value === null) {
        delete next[id];
        continue;
      }
      if (!known.has(id)) {
        problems.push(`${id.slice(0, 64)}: no rule set asks "${id.slice(0, 64)}"`);
        continue;
      }
      const trial = { ...next, [id]: value };
      try {
        for (const e of entries) if (e.rs.questions.some((q) => q.id === id)) evaluate(e.rs, profileFor(e.rs, trial), { sensitivity: false });
        next[id] = value as AnswerValue;
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        problems.push(describeProblems(err));
      }
    }
    answers = next;
  }

  function compute(): AdvisorState {
    const canonical: Partial<Record<string, EvaluationResult>> = {};
    const results: Partial<Record<string, EvaluationResult>> = {};
    const visible = new Set<string>();
    for (const e of entries) {
      const own = profileFor(e.rs, answers);
      canonical[e.key] = evaluate(e.rs, own);
      results[e.key] = e.builtIn ? localizeResult(canonical[e.key]!, locale) : canonical[e.key]!;
      for (const id of relevantQuestions(e.rs, own)) visible.add(id);
    }
    const mine = asked();
    const order: string[] = [];
    const byGroup = new Map<string, QuestionView[]>();
    const seen = new Set<string>();
    // Built-in questions in the shared profile's order, then any a custom rule set adds.
    for (const q of [...profileQuestions, ...entries.flatMap((e) => e.rs.questions)]) {
      if (!mine.has(q.id) || seen.has(q.id)) continue;
      seen.add(q.id);
      const g = q.group ?? 'context';
      if (!byGroup.has(g)) {
        byGroup.set(g, []);
        order.push(g);
      }
      byGroup.get(g)!.push({ question: localizeQuestion(q, locale), visible: visible.has(q.id), value: answers[q.id] });
    }
    const groups = order.map((id) => ({ id, questions: byGroup.get(id)! }));
    const shown = groups.flatMap((g) => g.questions).filter((q) => q.visible);
    return {
      locale,
      ruleSets: entries.map((e) => e.key),
      answers: { ...answers },
      results,
      canonical,
      groups,
      progress: { answered: shown.filter((q) => q.value !== undefined).length, total: shown.length },
      problems,
    };
  }

  function update(): void {
    state = compute();
    for (const l of [...listeners]) l(state);
  }

  if (options.answers) accept(options.answers);
  state = compute();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setAnswer(id, value) {
      accept({ [id]: value });
      update();
    },
    setAnswers(input) {
      accept(input);
      update();
    },
    setLocale(next) {
      if (!isLocale(next) || next === locale) return;
      locale = next;
      update();
    },
    setRuleSets(next) {
      entries = entriesOf(next);
      update();
    },
    reset() {
      answers = {};
      problems = [];
      update();
    },
    toDecisionRecord() {
      return {
        format: 'coproduce/decision-record@1',
        locale,
        answers: { ...answers },
        ruleSets: entries.map((e) => ({ key: e.key, id: e.rs.id, version: e.rs.version, hash: e.rs.hash })),
        results: state.canonical,
      };
    },
    toMarkdown() {
      return toMarkdown(state, (k) => ruleSetTitle(state.results[k]!, locale));
    },
  };
}

/** A rule set's title in the locale: the catalogue's translation for built-ins, its own title otherwise. */
export function ruleSetTitle(r: EvaluationResult, locale: Locale): string {
  const key = `rs.${r.ruleSet.id}.title`;
  const t = translate(locale, key);
  return t === key ? r.ruleSet.title : t;
}
