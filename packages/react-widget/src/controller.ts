/**
 * The advisor's state, independent of any UI framework: answers in, localised results out,
 * plus the state of the guided flow (which step, which view, what the person has typed).
 * The custom element and the React hook are thin views over this. All advice comes from
 * @coproduce/core and @coproduce/rules; nothing here decides anything about co-production.
 */
import { evaluate, isRuleSet, relevantQuestions, ValidationError, type AnswerValue, type EvaluationResult, type Question, type RuleSet } from '@coproduce/core';
import { profileFor, profileQuestions, ruleSets, type RuleSetKey } from '@coproduce/rules';
import { localizeQuestion, localizeResult, locales, type Locale } from '@coproduce/rules/i18n';
import { answerProblem } from './answer-check';
import { decisionRecord, renderMarkdown, ruleSetTitle, type DecisionRecord, type Report } from '@coproduce/rules/report';

export { ruleSetTitle };
import { personReport } from './person-report';
import { ui } from './messages';
import { hasAdvisorLocale, loadAdvisorLocale } from './load-locale';
import type { TeamView } from './team';
import type { TeamSupport } from './team-support';
import { MAX_NAME_LENGTH, MAX_RESPONDENTS } from '@coproduce/core';
import { DECISION_RECORD_FORMAT } from '@coproduce/rules/report';

export type { TeamView, TeamSupport };

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

export type AdvisorView = 'form' | 'report' | 'team';

/** `single`: one person answers. `team`: several named respondents answer the same questionnaire. */
export type AdvisorMode = 'single' | 'team';

/** A team's answers as kept and restored: respondents in the order they were added. */
export interface TeamAnswers {
  readonly respondents: readonly { readonly name: string; readonly answers: Readonly<Record<string, unknown>> }[];
  /** The respondent being answered for. */
  readonly current?: string;
}

export interface TeamState {
  /** Respondents' names, in the order they were added: data, shown as text only. */
  readonly names: readonly string[];
  /** Whose answers the questionnaire shows (and edits). */
  readonly current: string | undefined;
  /** How many questions each respondent answered, in `names` order. */
  readonly answered: readonly number[];
  /** The Team view (agreement grid, verdict-changing disagreements, agenda); undefined with no respondents. */
  readonly view: TeamView | undefined;
  /** A plain message about the last team action that could not be done (a duplicate name, a bad file). */
  readonly notice: string | undefined;
  readonly max: number;
}

export interface AdvisorState {
  /** The language shown. A locale other than English is shown once its pack has loaded. */
  readonly locale: Locale;
  /** The locale being loaded (its pack is on its way; English, or the previous locale, shows meanwhile). */
  readonly loadingLocale: Locale | undefined;
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
  readonly mode: AdvisorMode;
  /** Team mode only: the respondents and the Team view. */
  readonly team: TeamState | undefined;
}

export interface AdvisorOptions {
  readonly ruleSets?: readonly RuleSetChoice[];
  readonly locale?: Locale;
  readonly answers?: Readonly<Record<string, unknown>>;
  readonly mode?: AdvisorMode;
  readonly team?: TeamAnswers;
  /**
   * How to load a locale's pack; by default `loadAdvisorLocale` (a dynamic import bundlers
   * split off). The standalone element passes the same, pointed at its sibling file.
   */
  readonly loadLocale?: (locale: Locale) => Promise<void>;
  /**
   * Team mode's evaluation and report: given (the `createAdvisor` of `@coproduce/react` and
   * `/controller` passes them, so team views are there at once), or how to load them; by
   * default a dynamic import on first use of team mode, which the standalone element
   * resolves to its sibling `coproduce-advisor.team.js`. Until they arrive `team.view` is
   * undefined; if they cannot be loaded, `problems` says so plainly and the answers stay.
   */
  readonly teamSupport?: TeamSupport | (() => Promise<TeamSupport>);
}

export type { DecisionRecord };

export interface Advisor {
  getState(): AdvisorState;
  subscribe(listener: (state: AdvisorState) => void): () => void;
  setAnswer(questionId: string, value: AnswerValue | undefined): void;
  /** Text typed into a number field: committed when it is a valid answer, kept as a draft with a message when not. */
  setDraft(questionId: string, text: string): void;
  setAnswers(answers: Readonly<Record<string, unknown>>): void;
  /** Show a locale; one not loaded yet loads first (the current language shows meanwhile). */
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
  /** The report model (`@coproduce/rules/report`): the team's in team mode once its view is there, else one person's; `detail` adds every reason and the technical details. */
  toReport(options?: { readonly detail?: boolean }): Report;
  setMode(mode: AdvisorMode): void;
  /** Team mode: add a respondent and answer for them. False (with `team.notice` saying why) when the name cannot be used. */
  addRespondent(name: string): boolean;
  /** Team mode: answer for another respondent (their answers are kept as they were). */
  selectRespondent(name: string): void;
  removeRespondent(name: string): void;
  /** Team mode: the current respondent's answers from a saved decision record or a JSON profile (file text). */
  importRespondent(text: string): boolean;
  /** Team mode: replace the whole team (a restore). Names that cannot be used are left out with a notice. */
  setTeam(team: TeamAnswers): void;
  /** Team mode: every respondent's answers, for saving. */
  getTeam(): TeamAnswers;
}

/**
 * The answers in a file a respondent brings: a saved decision record (its `answers`) or a
 * JSON profile (question id → answer). Undefined when it is neither.
 */
export function answersInFile(text: string): Record<string, unknown> | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  const plain = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (!plain(v)) return undefined;
  if (v.format === DECISION_RECORD_FORMAT) return plain(v.answers) ? v.answers : undefined;
  if ('format' in v) return undefined;
  return Object.keys(v).some((k) => inProfile(k)) ? v : undefined;
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
  return list.map((c, i) => {
    if (typeof c === 'string') return { key: c, rs: ruleSets[c as RuleSetKey] as RuleSet, builtIn: true };
    // A document is validated by loadRuleSet (zod) first: the controller never loads the
    // schemas itself, so pages that embed only the bundled rule sets do not carry them.
    if (!isRuleSet(c))
      throw new ValidationError('options', [
        { path: ['ruleSets', i], message: 'not a loaded rule set: pass the document to loadRuleSet() from @coproduce/core first', expected: 'a rule set key or a rule set from loadRuleSet() or defineRuleSet()', received: typeof c },
      ]);
    return { key: c.id, rs: c, builtIn: false };
  });
}

let profileIds: ReadonlySet<string> | undefined;
const inProfile = (id: string) => (profileIds ??= new Set(profileQuestions.map((q) => q.id))).has(id);
const clip = (s: string) => (s.length > 64 ? `${s.slice(0, 64)}…` : s);

export function createAdvisor(options: AdvisorOptions = {}): Advisor {
  const wantedAtStart: Locale = options.locale && isLocale(options.locale) ? options.locale : 'en';
  let locale: Locale = hasAdvisorLocale(wantedAtStart) ? wantedAtStart : 'en';
  /** The locale asked for last, and whether loading its pack failed. */
  let wanted: Locale = locale;
  let loading: Locale | undefined;
  let localeFailed = false;
  const loader = options.loadLocale ?? loadAdvisorLocale;
  let entries: Entry[] = entriesOf(options.ruleSets);
  let answers: Record<string, AnswerValue> = {};
  let drafts: Record<string, string> = {};
  let errors: Record<string, { readonly value: unknown }> = {};
  let notices: { unknown: string[]; invalid: string[] } = { unknown: [], invalid: [] };
  let undoable: Record<string, AnswerValue> | undefined;
  let step = 0;
  let view: AdvisorView = 'form';
  let projectName = '';
  let mode: AdvisorMode = options.mode === 'team' ? 'team' : 'single';
  /** Team mode: each respondent's answers; the current respondent's live in `answers`. */
  let team = new Map<string, Record<string, AnswerValue>>();
  let current: string | undefined;
  let teamNotice: string | undefined;
  let teamUndo: { team: Map<string, Record<string, AnswerValue>>; current: string | undefined } | undefined;
  let teamMemo: { key: string; view: TeamView | undefined } | undefined;
  let teamSupport: TeamSupport | undefined = typeof options.teamSupport === 'object' ? options.teamSupport : undefined;
  /** Whether loading team mode's evaluation is under way, or failed (a plain notice then; answers kept). */
  let teamLoading = false;
  let teamFailed = false;
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
    if (localeFailed) out.push(ui(locale, 'localeFailed'));
    if (teamFailed && mode === 'team') out.push(ui(locale, 'partFailed'));
    if (notices.unknown.length) out.push(ui(locale, 'unknownAnswers', { keys: notices.unknown.join(', ') }));
    if (notices.invalid.length) {
      const labels = notices.invalid.map((id) => localizeQuestion(asked.get(id)!, locale).label);
      // The sentence ends with the last label: a full stop only if it has none ("…team?" not "…team?.").
      const list = labels.join('; ');
      out.push(ui(locale, 'invalidAnswers', { questions: /[.?!…]$/.test(list) ? list : `${list}.` }));
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
    if (mode === 'team' && current !== undefined) team.set(current, { ...answers });
    return {
      locale,
      loadingLocale: loading,
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
      mode,
      team: mode === 'team' ? teamState() : undefined,
    };
  }

  /** Load team mode's evaluation once, on first use; the state is computed again when it arrives. */
  function needTeamSupport(): void {
    // After a failure, loading is tried again on the person's next team action, not in a loop.
    if (teamSupport || teamLoading || teamFailed) return;
    teamLoading = true;
    const load = typeof options.teamSupport === 'function' ? options.teamSupport : () => import('./team-support').then((m) => m.teamSupport);
    load().then(
      (t) => {
        teamSupport = t;
        teamLoading = teamFailed = false;
        update();
      },
      () => {
        teamLoading = false;
        teamFailed = true;
        update();
      },
    );
  }

  function teamState(): TeamState {
    const keys = entries.filter((e) => e.builtIn).map((e) => e.key as RuleSetKey);
    const list = [...team].map(([n, a]) => [n, a] as const);
    const key = JSON.stringify([list, keys, locale, !!teamSupport]);
    if (!teamSupport) needTeamSupport();
    if (teamMemo?.key !== key) teamMemo = { key, view: teamSupport?.buildTeamView(list, keys, locale) };
    return { names: [...team.keys()], current, answered: list.map(([, a]) => Object.keys(a).filter((k) => asked.has(k)).length), view: teamMemo.view, notice: teamNotice, max: MAX_RESPONDENTS };
  }

  /** Why a respondent's name cannot be used, in plain words; undefined when it can. */
  function nameProblem(name: string, others: Iterable<string>): string | undefined {
    if (name === '') return ui(locale, 'teamNameEmpty');
    if (name.length > MAX_NAME_LENGTH) return ui(locale, 'teamNameLong', { max: MAX_NAME_LENGTH });
    // Control characters and reserved keys are refused by the core's group evaluation.
    if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name) || ['__proto__', 'constructor', 'prototype'].includes(name)) return ui(locale, 'teamNameInvalid');
    const k = name.normalize('NFC').toLowerCase();
    for (const o of others) if (o.normalize('NFC').toLowerCase() === k) return ui(locale, 'teamNameTaken', { name: o });
    return undefined;
  }

  /** Load a respondent's answers into the questionnaire. */
  function load(name: string | undefined): void {
    current = name;
    answers = {};
    drafts = {};
    errors = {};
    notices = { unknown: [], invalid: [] };
    if (name !== undefined) accept(team.get(name) ?? {}, true);
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

  if (options.answers && mode === 'single') accept(options.answers, true);
  if (options.team && mode === 'team') restoreTeam(options.team);
  state = compute();

  function restoreTeam(input: TeamAnswers): void {
    team = new Map();
    const bad: string[] = [];
    const list = Array.isArray(input?.respondents) ? input.respondents.slice(0, MAX_RESPONDENTS) : [];
    for (const r of list) {
      const name = typeof r?.name === 'string' ? r.name.trim() : '';
      if (nameProblem(name, team.keys()) !== undefined || !r.answers || typeof r.answers !== 'object' || Array.isArray(r.answers)) {
        bad.push(clip(String(r?.name ?? '')));
        continue;
      }
      // Each respondent's answers go through the same checks as the questionnaire's.
      load(name);
      accept(r.answers, true);
      team.set(name, { ...answers });
    }
    const want = typeof input?.current === 'string' && team.has(input.current) ? input.current : [...team.keys()][0];
    load(want);
    teamNotice = bad.length ? ui(locale, 'teamRestoreSkipped', { names: bad.join(', ') }) : undefined;
  }

  const advisor: Advisor = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setAnswer(id, value) {
      if (mode === 'team' && current === undefined) return;
      undoable = undefined;
      accept({ [id]: value }, false);
      update();
    },
    setDraft(id, text) {
      if (mode === 'team' && current === undefined) return;
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
      if (mode === 'team' && current === undefined) return;
      undoable = undefined;
      accept(input, true);
      update();
    },
    setLocale(next) {
      if (!isLocale(next)) return;
      wanted = next;
      if (next === locale && loading === undefined) return;
      if (hasAdvisorLocale(next)) {
        locale = next;
        loading = undefined;
        localeFailed = false;
        update();
        return;
      }
      loading = next;
      localeFailed = false;
      update();
      const settle = (ok: boolean) => {
        // A later choice wins: a pack that arrives after the person chose another language is kept, not shown.
        if (wanted !== next) return;
        loading = undefined;
        if (ok && hasAdvisorLocale(next)) locale = next;
        else localeFailed = true;
        update();
      };
      loader(next).then(
        () => settle(true),
        () => settle(false),
      );
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
      if (v === 'form' || v === 'report' || (v === 'team' && mode === 'team')) move({ view: (view = v) });
    },
    setMode(next) {
      const m: AdvisorMode = next === 'team' ? 'team' : 'single';
      if (m === mode) return;
      mode = m;
      teamFailed = false;
      if (m === 'single') {
        // Back to one person: the questionnaire keeps the current respondent's answers.
        team = new Map();
        current = undefined;
        if (view === 'team') view = 'form';
      }
      update();
    },
    addRespondent(raw) {
      if (mode !== 'team') return false;
      const name = String(raw ?? '').trim();
      teamFailed = false;
      const problem = team.size >= MAX_RESPONDENTS ? ui(locale, 'teamFull', { max: MAX_RESPONDENTS }) : nameProblem(name, team.keys());
      teamNotice = problem;
      if (problem === undefined) {
        undoable = teamUndo = undefined;
        team.set(name, {});
        load(name);
        step = 0;
        view = 'form';
      }
      update();
      return problem === undefined;
    },
    selectRespondent(name) {
      if (mode !== 'team' || !team.has(name) || name === current) return;
      teamNotice = undefined;
      load(name);
      update();
    },
    removeRespondent(name) {
      if (mode !== 'team' || !team.has(name)) return;
      team.delete(name);
      teamNotice = undefined;
      if (name === current) load([...team.keys()][0]);
      update();
    },
    importRespondent(text) {
      if (mode !== 'team' || current === undefined) return false;
      const found = answersInFile(text);
      if (!found) {
        teamNotice = ui(locale, 'teamBadFile');
        update();
        return false;
      }
      teamNotice = undefined;
      undoable = teamUndo = undefined;
      const name = current;
      load(name);
      answers = {};
      accept(found, true);
      update();
      return true;
    },
    setTeam(input) {
      if (mode !== 'team') return;
      teamFailed = false;
      restoreTeam(input);
      update();
    },
    getTeam() {
      return { respondents: [...team].map(([name, a]) => ({ name, answers: { ...a } })), ...(current !== undefined ? { current } : {}) };
    },
    reset() {
      if (mode === 'team') {
        if (team.size) teamUndo = { team: new Map(team), current };
        team = new Map();
        load(undefined);
        teamNotice = undefined;
        undoable = teamUndo ? {} : undefined;
        step = 0;
        view = 'form';
        return update();
      }
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
      if (mode === 'team' && teamUndo && undoable) {
        team = teamUndo.team;
        load(teamUndo.current);
        teamUndo = undefined;
        undoable = undefined;
        return update();
      }
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
      return renderMarkdown(advisor.toReport());
    },
    toReport(opts = {}) {
      const detail = !!opts.detail;
      const view = state.mode === 'team' ? state.team?.view : undefined;
      const name = projectName.trim();
      if (view && teamSupport) return teamSupport.buildTeamReport({ results: view.canonical as never, locale: state.locale, ...(name ? { projectName: name } : {}), detail });
      return personReport(state, detail);
    },
  };
  // A locale asked for at the start whose pack is not loaded yet: English now, it after loading.
  if (wantedAtStart !== locale) advisor.setLocale(wantedAtStart);
  return advisor;
}
