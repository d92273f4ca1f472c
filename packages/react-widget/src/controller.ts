/**
 * The advisor's state, independent of any UI framework: answers in, localised results out,
 * plus the state of the guided flow (which step, which view, what the person has typed).
 * The custom element and the React hook are thin views over this. All advice comes from
 * @coproduce/core and @coproduce/rules; nothing here decides anything about co-production.
 */
import { evaluate, isRuleSet, loadRuleSet, relevantQuestions, type AnswerValue, type EvaluationResult, type Question, type RuleSet } from '@coproduce/core';
import { profileFor, profileQuestions, ruleSets, type RuleSetKey } from '@coproduce/rules';
import { localizeQuestion, localizeResult, locales, type Locale } from '@coproduce/rules/i18n';
import { answerProblem } from './answer-check';
import { decisionRecord, renderMarkdown, ruleSetTitle, type DecisionRecord } from '@coproduce/rules/report';

export { ruleSetTitle };
import { reportFor } from './report';
import { ui } from './messages';

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
  /** What the person typed but is not (yet) a valid answer: kept so nothing they typed is lost. */
  readonly draft?: string;
  /** A plain-language message for an answer that could not be used, shown next to the field. */
  readonly error?: string;
}

export interface GroupView {
  readonly id: string;
  readonly questions: readonly QuestionView[];
  /** Visible questions of this section that have an answer, and how many are visible. */
  readonly answered: number;
  readonly total: number;
}

export type AdvisorView = 'form' | 'report';

export interface AdvisorState {
  readonly locale: Locale;
  /** Keys of the rule sets shown: built-in keys, or a custom rule set's id. */
  readonly ruleSets: readonly string[];
  /** Answers, including profile answers no embedded rule set asks (kept, not used). */
  readonly answers: Readonly<Record<string, AnswerValue>>;
  /** Localised results, one per selected rule set. */
  readonly results: Readonly<Partial<Record<string, EvaluationResult>>>;
  /** The same results in the rule sets' own language: what a decision record stores. */
  readonly canonical: Readonly<Partial<Record<string, EvaluationResult>>>;
  /** The questionnaire's sections, in order: the steps of the guided flow. */
  readonly groups: readonly GroupView[];
  /** Index of the current step in `groups`. */
  readonly step: number;
  readonly view: AdvisorView;
  readonly progress: { readonly answered: number; readonly total: number };
  /** Plain-language notices about answers given from outside (attributes, saved records); never thrown at the page. */
  readonly problems: readonly string[];
  /** True after "Start again", until the next answer: `undo()` brings the answers back. */
  readonly canUndo: boolean;
  /** Rule sets of your own among those shown (the report reads their questions and sources). */
  readonly customRuleSets: readonly RuleSet[];
  readonly projectName: string;
}

export interface AdvisorOptions {
  readonly ruleSets?: readonly RuleSetChoice[];
  readonly locale?: Locale;
  readonly answers?: Readonly<Record<string, unknown>>;
}

export type { DecisionRecord };

export interface Advisor {
  getState(): AdvisorState;
  subscribe(listener: (state: AdvisorState) => void): () => void;
  setAnswer(questionId: string, value: AnswerValue | undefined): void;
  /** Text typed into a number field: committed when it is a valid answer, kept as a draft with a message when not. */
  setDraft(questionId: string, text: string): void;
  setAnswers(answers: Readonly<Record<string, unknown>>): void;
  setLocale(locale: Locale): void;
  setRuleSets(choices: readonly RuleSetChoice[]): void;
  goTo(step: number): void;
  next(): void;
  back(): void;
  setView(view: AdvisorView): void;
  /** Clear every answer; `undo()` restores them until the next answer is given. */
  reset(): void;
  undo(): void;
  /** Name the project (optional): shown in the report title and kept in the decision record. */
  setProjectName(name: string): void;
  /** The compact decision record (answers, verdicts, versions and hashes); `full` adds the whole results. */
  toDecisionRecord(options?: { readonly full?: boolean }): DecisionRecord;
  /** The report in Markdown, worded by the shared report module. */
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
  return list.map((c) => {
    if (typeof c === 'string') return { key: c, rs: ruleSets[c as RuleSetKey] as RuleSet, builtIn: true };
    const rs = isRuleSet(c) ? c : loadRuleSet(c);
    return { key: rs.id, rs, builtIn: false };
  });
}

let profileIds: ReadonlySet<string> | undefined;
const inProfile = (id: string) => (profileIds ??= new Set(profileQuestions.map((q) => q.id))).has(id);
const clip = (s: string) => (s.length > 64 ? `${s.slice(0, 64)}…` : s);

export function createAdvisor(options: AdvisorOptions = {}): Advisor {
  let locale: Locale = options.locale && isLocale(options.locale) ? options.locale : 'en';
  let entries: Entry[] = entriesOf(options.ruleSets);
  let answers: Record<string, AnswerValue> = {};
  let drafts: Record<string, string> = {};
  let errors: Record<string, { readonly value: unknown }> = {};
  let notices: { unknown: string[]; invalid: string[] } = { unknown: [], invalid: [] };
  let undoable: Record<string, AnswerValue> | undefined;
  let step = 0;
  let view: AdvisorView = 'form';
  let projectName = '';
  const listeners = new Set<(s: AdvisorState) => void>();
  let state: AdvisorState;

  const questionsById = () => {
    const m = new Map<string, Question>();
    for (const e of entries) for (const q of e.rs.questions) if (!m.has(q.id)) m.set(q.id, q);
    return m;
  };
  let asked = questionsById();

  /** Take answers from outside: keep each valid one; say plainly what could not be used. */
  function accept(input: Readonly<Record<string, unknown>>, fromOutside: boolean): void {
    notices = { unknown: [], invalid: [] };
    for (const [id, value] of Object.entries(input)) {
      delete drafts[id];
      delete errors[id];
      if (value === undefined || value === null) {
        delete answers[id];
        continue;
      }
      const q = asked.get(id);
      if (!q) {
        // A profile answer for a rule set not embedded here: kept for the record, silently.
        if (inProfile(id)) answers[id] = value as AnswerValue;
        else notices.unknown.push(clip(id));
        continue;
      }
      if (answerProblem(q, value, locale) === undefined) answers[id] = value as AnswerValue;
      else {
        delete answers[id];
        errors[id] = { value };
        if (fromOutside) notices.invalid.push(q.id);
      }
    }
  }

  function problemsText(): string[] {
    const out: string[] = [];
    if (notices.unknown.length) out.push(ui(locale, 'unknownAnswers', { keys: notices.unknown.join(', ') }));
    if (notices.invalid.length) {
      const labels = notices.invalid.map((id) => localizeQuestion(asked.get(id)!, locale).label);
      out.push(ui(locale, 'invalidAnswers', { questions: labels.join('; ') }));
    }
    return out;
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
    const order: string[] = [];
    const byGroup = new Map<string, QuestionView[]>();
    const seen = new Set<string>();
    // Built-in questions in the shared profile's order, then any a custom rule set adds.
    const all = entries.every((e) => e.builtIn) ? profileQuestions : [...profileQuestions, ...entries.flatMap((e) => e.rs.questions)];
    for (const q of all) {
      if (!asked.has(q.id) || seen.has(q.id)) continue;
      seen.add(q.id);
      const g = q.group ?? 'context';
      if (!byGroup.has(g)) {
        byGroup.set(g, []);
        order.push(g);
      }
      const err = errors[q.id];
      byGroup.get(g)!.push({
        question: localizeQuestion(q, locale),
        visible: visible.has(q.id),
        value: answers[q.id],
        ...(drafts[q.id] !== undefined ? { draft: drafts[q.id] } : {}),
        ...(err ? { error: answerProblem(q, err.value, locale) } : {}),
      });
    }
    const groups = order.map((id) => {
      const qs = byGroup.get(id)!;
      const shown = qs.filter((q) => q.visible);
      return { id, questions: qs, answered: shown.filter((q) => q.value !== undefined).length, total: shown.length };
    });
    step = Math.min(step, Math.max(0, groups.length - 1));
    return {
      locale,
      ruleSets: entries.map((e) => e.key),
      answers: { ...answers },
      results,
      canonical,
      groups,
      step,
      view,
      progress: { answered: groups.reduce((n, g) => n + g.answered, 0), total: groups.reduce((n, g) => n + g.total, 0) },
      problems: problemsText(),
      canUndo: undoable !== undefined,
      customRuleSets: entries.filter((e) => !e.builtIn).map((e) => e.rs),
      projectName,
    };
  }

  function update(): void {
    state = compute();
    for (const l of [...listeners]) l(state);
  }
  /** Flow changes (step, view) need no evaluation: reuse the results. */
  function move(patch: Partial<Pick<AdvisorState, 'step' | 'view'>>): void {
    state = { ...state, ...patch };
    for (const l of [...listeners]) l(state);
  }

  if (options.answers) accept(options.answers, true);
  state = compute();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setAnswer(id, value) {
      undoable = undefined;
      accept({ [id]: value }, false);
      update();
    },
    setDraft(id, text) {
      const q = asked.get(id);
      if (!q || q.type !== 'number') return;
      undoable = undefined;
      const t = text.trim();
      if (t === '') accept({ [id]: undefined }, false);
      else {
        const n = Number(t.replace(',', '.'));
        accept({ [id]: n }, false);
        // Keep exactly what was typed until it is corrected: nothing the person typed is wiped.
        if (errors[id]) drafts[id] = text;
      }
      update();
    },
    setAnswers(input) {
      undoable = undefined;
      accept(input, true);
      update();
    },
    setLocale(next) {
      if (!isLocale(next) || next === locale) return;
      locale = next;
      update();
    },
    setRuleSets(next) {
      entries = entriesOf(next);
      asked = questionsById();
      update();
    },
    goTo(n) {
      if (Number.isInteger(n) && n >= 0 && n < state.groups.length) move({ step: (step = n), view: (view = 'form') });
    },
    next() {
      if (step < state.groups.length - 1) move({ step: ++step });
      else move({ view: (view = 'report') });
    },
    back() {
      if (view === 'report') move({ view: (view = 'form') });
      else if (step > 0) move({ step: --step });
    },
    setView(v) {
      if (v === 'form' || v === 'report') move({ view: (view = v) });
    },
    reset() {
      if (Object.keys(answers).length) undoable = answers;
      answers = {};
      drafts = {};
      errors = {};
      notices = { unknown: [], invalid: [] };
      step = 0;
      view = 'form';
      update();
    },
    undo() {
      if (!undoable) return;
      answers = undoable;
      undoable = undefined;
      update();
    },
    setProjectName(name) {
      projectName = String(name ?? '').slice(0, 200);
      state = { ...state, projectName };
      for (const l of [...listeners]) l(state);
    },
    toDecisionRecord(opts = {}) {
      const name = projectName.trim();
      return decisionRecord(state.canonical, { locale, ...(name ? { projectName: name } : {}), ...(opts.full ? { full: true } : {}) });
    },
    toMarkdown() {
      return renderMarkdown(reportFor(state));
    },
  };
}

