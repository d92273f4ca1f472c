/**
 * The advisor's state, independent of any UI framework: answers in, localised results out.
 * The custom element and the React hook are thin views over this. All advice comes from
 * @coproduce/core and @coproduce/rules; nothing here decides anything about co-production.
 */
import { relevantQuestions, ValidationError, type AnswerValue, type EvaluationResult, type Question, type RuleSet } from '@coproduce/core';
import { evaluateAll, profileFor, profileQuestions, ruleSets, type Profile, type RuleSetKey } from '@coproduce/rules';
import { localizeQuestion, localizeResult, locales, translate, type Locale } from '@coproduce/rules/i18n';
import { toMarkdown } from './markdown';

export type { Locale, RuleSetKey };
export const allRuleSets: readonly RuleSetKey[] = ['criteria', 'costs', 'brokering'];

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
  readonly ruleSets: readonly RuleSetKey[];
  readonly answers: Readonly<Record<string, AnswerValue>>;
  /** Localised results, one per selected rule set. */
  readonly results: Readonly<Partial<Record<RuleSetKey, EvaluationResult>>>;
  /** The same results in the rule sets' own language: what a decision record stores. */
  readonly canonical: Readonly<Partial<Record<RuleSetKey, EvaluationResult>>>;
  readonly groups: readonly GroupView[];
  readonly progress: { readonly answered: number; readonly total: number };
  /** Problems with answers given from outside (attributes, saved records); never thrown at the page. */
  readonly problems: readonly string[];
}

export interface AdvisorOptions {
  readonly ruleSets?: readonly RuleSetKey[];
  readonly locale?: Locale;
  readonly answers?: Readonly<Record<string, unknown>>;
}

export interface DecisionRecord {
  readonly format: 'coproduce/decision-record@1';
  readonly locale: Locale;
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly ruleSets: readonly { readonly key: RuleSetKey; readonly id: string; readonly version: string; readonly hash: string }[];
  readonly results: Readonly<Partial<Record<RuleSetKey, EvaluationResult>>>;
}

export interface Advisor {
  getState(): AdvisorState;
  subscribe(listener: (state: AdvisorState) => void): () => void;
  setAnswer(questionId: string, value: AnswerValue | undefined): void;
  setAnswers(answers: Readonly<Record<string, unknown>>): void;
  setLocale(locale: Locale): void;
  setRuleSets(keys: readonly RuleSetKey[]): void;
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

export function createAdvisor(options: AdvisorOptions = {}): Advisor {
  let locale: Locale = options.locale && isLocale(options.locale) ? options.locale : 'en';
  let keys: RuleSetKey[] = options.ruleSets?.length ? [...options.ruleSets] : [...allRuleSets];
  let answers: Record<string, AnswerValue> = {};
  let problems: string[] = [];
  const listeners = new Set<(s: AdvisorState) => void>();
  let state: AdvisorState;

  const asked = () => new Set(keys.flatMap((k) => ruleSets[k].questions.map((q) => q.id)));

  function accept(input: Readonly<Record<string, unknown>>): void {
    // Keep each valid answer; report the rest instead of failing the whole form.
    problems = [];
    const next: Record<string, AnswerValue> = { ...answers };
    for (const [id, value] of Object.entries(input)) {
      if (value === undefined || value === null) {
        delete next[id];
        continue;
      }
      const trial = { ...next, [id]: value };
      try {
        evaluateAll(trial as Profile, { sensitivity: false });
        next[id] = value as AnswerValue;
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        problems.push(e.problems.map((p) => `${p.path.join('.')}: ${p.message}${p.received ? ` (received ${p.received})` : ''}`).join('; '));
      }
    }
    answers = next;
  }

  function compute(): AdvisorState {
    const all = evaluateAll(answers as Profile);
    const canonical: Partial<Record<RuleSetKey, EvaluationResult>> = {};
    const results: Partial<Record<RuleSetKey, EvaluationResult>> = {};
    const visible = new Set<string>();
    for (const k of keys) {
      canonical[k] = all[k];
      results[k] = localizeResult(all[k], locale);
      const rs = ruleSets[k] as RuleSet;
      for (const id of relevantQuestions(rs, profileFor(rs, answers))) visible.add(id);
    }
    const mine = asked();
    const order: string[] = [];
    const byGroup = new Map<string, QuestionView[]>();
    for (const q of profileQuestions) {
      if (!mine.has(q.id)) continue;
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
      ruleSets: keys,
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
      keys = next.length ? [...next] : [...allRuleSets];
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
        ruleSets: keys.map((key) => ({ key, id: ruleSets[key].id, version: ruleSets[key].version, hash: ruleSets[key].hash })),
        results: state.canonical,
      };
    },
    toMarkdown() {
      return toMarkdown(state, (k) => translate(locale, `rs.${ruleSets[k].id}.title`));
    },
  };
}
