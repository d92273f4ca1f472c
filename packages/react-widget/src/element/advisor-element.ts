import { isRuleSet, trustRuleSet, type AnswerValue, type Question } from '@coproduce/core';
import { createAdvisor, isLocale, type TeamAnswers, parseRuleSetKeys, ruleSetTitle, type Advisor, type AdvisorState, type DecisionRecord, type GroupView, type Locale, type RuleSetChoice } from '../controller';
import { statusWords } from '@coproduce/rules/report';
import { ui, type MessageKey } from '../messages';
import { browserStorage, persistAnswers } from '../persist';
import { h } from './dom';
import { renderReportView } from './report-view';
import { teamPack } from './packs';
import { css } from './styles';

export interface AdvisorResultDetail {
  readonly answers: AdvisorState['answers'];
  readonly locale: Locale;
  /** Canonical (English) results with rule-set id, version and hash: store these. */
  readonly results: AdvisorState['canonical'];
}

/** `coproduce-change`: the answers changed (by the person, a restore or "Start again"): save them here. */
export interface AdvisorChangeDetail {
  readonly answers: AdvisorState['answers'];
  readonly locale: Locale;
  readonly reason: 'answer' | 'restore' | 'reset' | 'undo';
}

let sheet: CSSStyleSheet | undefined;
const NONE = '__none__';
const DEBOUNCE_MS = 400;

/**
 * `<coproduce-advisor rule-sets="criteria costs brokering" locale="fr" theme="auto" persist="grant-123">`:
 * the whole advisor in one element, for pages that are not React apps. A guided flow by
 * section, a summary that stays in reach, a full report to print or export.
 * Events: `coproduce-result` (detail: answers, locale, results) whenever the advice changes;
 * `coproduce-change` (detail: answers, locale, reason) whenever the answers change;
 * `coproduce-locale` (detail: locale) when the person picks a language.
 * Makes no network requests; answers stay in the page unless the host reads them or sets `persist`.
 */
export class CoproduceAdvisorElement extends HTMLElement {
  static observedAttributes = ['locale', 'rule-sets', 'answers', 'layout', 'mode', 'team'];

  #advisor: Advisor | undefined;
  #unsubscribe: (() => void) | undefined;
  #stopPersist: (() => void) | undefined;
  #root: ShadowRoot;
  #formKey = '';
  #last: AdvisorState | undefined;
  #reason: AdvisorChangeDetail['reason'] = 'answer';
  #els: {
    langSelect: HTMLSelectElement;
    progress: HTMLElement;
    notices: HTMLElement;
    steps: HTMLElement;
    form: HTMLFormElement;
    groups: HTMLElement;
    stepNav: HTMLElement;
    summary: HTMLElement;
    summaryBody: HTMLElement;
    summaryToggle: HTMLButtonElement;
    report: HTMLElement;
    formView: HTMLElement;
    dialog: HTMLDialogElement;
    teamPanel: HTMLElement;
    teamView: HTMLElement;
  } | undefined;
  /** Section fieldsets, built the first time their step is shown. */
  #built = new Map<string, HTMLElement>();
  #timers = new Map<string, ReturnType<typeof setTimeout>>();
  #teamDrawn: unknown = null;
  #teamDrawnIn: HTMLElement | undefined;
  /** Whether the report shows every reason and the technical details. */
  #detail = false;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    sheet ??= (() => {
      const s = new CSSStyleSheet();
      s.replaceSync(css);
      return s;
    })();
    this.#root.adoptedStyleSheets = [sheet];
  }

  /** The framework-agnostic controller behind the element. */
  get advisor(): Advisor {
    if (!this.#advisor) {
      this.#advisor = createAdvisor({ locale: this.#localeAttr(), ruleSets: parseRuleSetKeys(this.getAttribute('rule-sets')), answers: this.#answersAttr(), mode: this.#modeAttr(), ...(this.#teamAttr() ? { team: this.#teamAttr() } : {}), teamSupport: () => teamPack().then((m) => m.teamSupport) });
      // `view="team"` (or "report"): open on that view, e.g. a docs page showing a pre-filled team.
      const v = this.getAttribute('view');
      if (v === 'team' || v === 'report') this.#advisor.setView(v);
    }
    return this.#advisor;
  }

  get answers(): AdvisorState['answers'] {
    return this.advisor.getState().answers;
  }
  set answers(value: Readonly<Record<string, unknown>>) {
    const apply = () => {
      this.#reason = 'restore';
      const old = Object.fromEntries(Object.keys(this.advisor.getState().answers).map((k) => [k, undefined]));
      this.advisor.setAnswers({ ...old, ...(value ?? {}) });
    };
    // Answers set just after rule-set documents are meant for them: wait for their validation.
    if (this.#loading) void this.#loading.then(apply, apply);
    else apply();
  }

  /**
   * Which rule sets to show: built-in keys, loaded rule sets, or rule-set documents of your
   * own (JSON). Documents are validated first, by the schemas, which load on demand; a
   * document that fails is reported by a `coproduce-rule-set-error` event (or use
   * `loadRuleSets`, which returns a promise).
   */
  set ruleSets(choices: readonly (RuleSetChoice | object)[]) {
    if (choices.every((c) => typeof c === 'string' || isRuleSet(c))) {
      this.#ruleSetsToken++;
      this.advisor.setRuleSets(choices as RuleSetChoice[]);
      return;
    }
    this.loadRuleSets(choices).catch((error: unknown) => this.dispatchEvent(new CustomEvent('coproduce-rule-set-error', { detail: { error }, bubbles: true, composed: true })));
  }

  #ruleSetsToken = 0;
  #loading: Promise<void> | undefined;

  /**
   * Validate rule-set documents of your own (the document schemas load once, on first use)
   * and show them with any built-in keys given. Rejects with the `ValidationError` or
   * `IntegrityError` of the first document that fails; what is shown then stays as it was.
   */
  loadRuleSets(choices: readonly (RuleSetChoice | object)[]): Promise<void> {
    const token = ++this.#ruleSetsToken;
    const loading = this.#load(choices, token);
    this.#loading = loading;
    const done = () => {
      if (this.#loading === loading) this.#loading = undefined;
    };
    loading.then(done, done);
    return loading;
  }

  async #load(choices: readonly (RuleSetChoice | object)[], token: number): Promise<void> {
    // The document schemas load on demand: in the standalone build from the sibling file
    // coproduce-advisor.schemas.js (same origin, so `script-src 'self'` holds; see tsup.config.ts).
    const { validateRuleSet } = await import('./schemas-pack');
    const loaded = choices.map((c): RuleSetChoice => {
      if (typeof c === 'string' || isRuleSet(c)) return c as RuleSetChoice;
      const { document, hash } = validateRuleSet(c);
      return trustRuleSet(document as never, hash);
    });
    // a later assignment wins over a load still in flight
    if (token === this.#ruleSetsToken) this.advisor.setRuleSets(loaded);
  }

  /** Team mode: every respondent's name and answers (set it to restore a team). */
  get team(): TeamAnswers {
    return this.advisor.getTeam();
  }
  set team(value: TeamAnswers) {
    this.#reason = 'restore';
    this.advisor.setTeam(value);
  }

  get results(): AdvisorState['canonical'] {
    return this.advisor.getState().canonical;
  }

  toDecisionRecord(): DecisionRecord {
    return this.advisor.toDecisionRecord();
  }

  connectedCallback(): void {
    if (this.#unsubscribe) return;
    const key = this.getAttribute('persist');
    if (key && !this.#stopPersist) {
      this.#reason = 'restore';
      this.#stopPersist = persistAnswers(this.advisor, browserStorage(), `coproduce:${key}`);
    }
    this.#unsubscribe = this.advisor.subscribe((s) => this.#render(s));
    this.#render(this.advisor.getState());
    addEventListener('beforeprint', this.#beforePrint);
  }

  /** Printing from the questions prints the report all the same: draw it if it is not on screen. */
  #beforePrint = (): void => {
    const s = this.advisor.getState();
    if (this.#els && s.view !== 'report') this.#renderReport(s);
  };

  disconnectedCallback(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    removeEventListener('beforeprint', this.#beforePrint);
    this.#stopPersist?.();
    this.#stopPersist = undefined;
    for (const t of this.#timers.values()) clearTimeout(t);
    this.#timers.clear();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value || !this.#advisor) return;
    if (name === 'locale') this.advisor.setLocale(this.#localeAttr());
    else if (name === 'rule-sets') this.advisor.setRuleSets(parseRuleSetKeys(value));
    else if (name === 'answers') this.answers = this.#answersAttr() ?? {};
    else if (name === 'layout' && this.#last) this.#render(this.#last, true);
    else if (name === 'mode') this.advisor.setMode(this.#modeAttr());
    else if (name === 'team' && this.#teamAttr()) this.team = this.#teamAttr()!;
  }

  #localeAttr(): Locale {
    const l = this.getAttribute('locale') ?? (typeof navigator !== 'undefined' ? navigator.language.slice(0, 2) : 'en');
    return isLocale(l) ? l : 'en';
  }

  #answersAttr(): Record<string, unknown> | undefined {
    const raw = this.getAttribute('answers');
    if (!raw) return undefined;
    try {
      const v: unknown = JSON.parse(raw);
      return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }

  #modeAttr(): 'single' | 'team' {
    return this.getAttribute('mode') === 'team' ? 'team' : 'single';
  }

  /** `team='[{"name":"Priya","answers":{…}}, …]'` (or `{"respondents": […]}`): respondents to start with. */
  #teamAttr(): TeamAnswers | undefined {
    const raw = this.getAttribute('team');
    if (!raw) return undefined;
    try {
      const v: unknown = JSON.parse(raw);
      if (Array.isArray(v)) return { respondents: v };
      return v && typeof v === 'object' && Array.isArray((v as TeamAnswers).respondents) ? (v as TeamAnswers) : undefined;
    } catch {
      return undefined;
    }
  }

  get #onePage(): boolean {
    return this.getAttribute('layout') === 'page';
  }

  #render(s: AdvisorState, rebuild = false): void {
    const prev = this.#last;
    this.#last = s;
    const key = `${s.locale}|${s.ruleSets.join(',')}|${this.#onePage}|${s.mode}`;
    if (rebuild || key !== this.#formKey) this.#build(s, key);
    this.#sync(s);
    if (prev && prev.answers !== s.answers && JSON.stringify(prev.answers) !== JSON.stringify(s.answers))
      this.dispatchEvent(new CustomEvent<AdvisorChangeDetail>('coproduce-change', { detail: { answers: s.answers, locale: s.locale, reason: this.#reason }, bubbles: true, composed: true }));
    this.#reason = 'answer';
    if (!prev || prev.canonical !== s.canonical || prev.locale !== s.locale)
      this.dispatchEvent(new CustomEvent<AdvisorResultDetail>('coproduce-result', { detail: { answers: s.answers, locale: s.locale, results: s.canonical }, bubbles: true, composed: true }));
  }

  #build(s: AdvisorState, key: string): void {
    const L = s.locale;
    const hadFocus = this.#root.activeElement?.id;
    this.#formKey = key;
    this.#built.clear();
    const langSelect = h(
      'select',
      {
        id: 'locale',
        onchange: (e: Event) => {
          const l = (e.target as HTMLSelectElement).value;
          // Reflect the person's choice on the attribute, so a host reading it sees it and a host writing it wins.
          this.setAttribute('locale', l);
          this.dispatchEvent(new CustomEvent('coproduce-locale', { detail: { locale: l }, bubbles: true, composed: true }));
        },
      },
      h('option', { value: 'en', selected: L === 'en', lang: 'en' }, 'English'),
      h('option', { value: 'fr', selected: L === 'fr', lang: 'fr' }, 'Français'),
    ) as HTMLSelectElement;
    const progress = h('p', { class: 'muted', role: 'status' });
    const header = h(
      'header',
      { part: 'header' },
      h('div', {}, h('h2', { id: 'title' }, ui(L, 'title')), h('p', { class: 'intro' }, ui(L, 'intro')), progress),
      h('label', { for: 'locale', class: 'lang' }, `${ui(L, 'language')} `, langSelect),
    );
    const notices = h('div', { class: 'notices', part: 'notices' });
    const steps = h('nav', { class: 'steps', part: 'steps', 'aria-label': ui(L, 'steps'), hidden: this.#onePage });
    const groups = h('div', { class: 'groups' });
    const stepNav = h('div', { class: 'step-nav' });
    const form = h('form', { 'aria-label': ui(L, 'questionnaire'), part: 'form', onsubmit: (e: Event) => e.preventDefault() }, groups, stepNav) as HTMLFormElement;
    const resetBtn = h('button', { type: 'button', id: 'reset', class: 'secondary', onclick: () => this.#askReset() }, ui(L, 'reset'));
    const teamPanel = h('section', { class: 'team-panel panel', part: 'team', 'aria-labelledby': 'team-title', hidden: s.mode !== 'team' });
    const formView = h('div', { class: 'form-view' }, teamPanel, steps, form, h('div', { class: 'actions end' }, resetBtn));
    const teamView = h('section', { class: 'team-view', part: 'team-view', 'aria-labelledby': 'team-view-title', hidden: true });
    const report = h('section', { class: 'report', part: 'report', 'aria-labelledby': 'report-title', hidden: true });
    const summaryBody = h('div', { class: 'summary-body', id: 'summary-body' });
    const summaryToggle = h('button', { type: 'button', class: 'summary-toggle', 'aria-expanded': 'false', 'aria-controls': 'summary-body' }, ui(L, 'summary')) as HTMLButtonElement;
    summaryToggle.addEventListener('click', () => summaryToggle.setAttribute('aria-expanded', String(summaryToggle.getAttribute('aria-expanded') !== 'true')));
    const summary = h('aside', { class: 'summary', part: 'summary', 'aria-labelledby': 'summary-title' }, h('h3', { id: 'summary-title', class: 'summary-title' }, ui(L, 'summary')), summaryToggle, summaryBody);
    const dialog = h(
      'dialog',
      { class: 'confirm', 'aria-labelledby': 'confirm-text' },
      h('p', { id: 'confirm-text' }),
      h(
        'div',
        { class: 'actions' },
        // The safe choice first and focused: Enter, Enter must not wipe every answer.
        h('button', { type: 'button', class: 'secondary', autofocus: true, onclick: () => dialog.close() }, ui(L, 'cancel')),
        h('button', { type: 'button', onclick: () => (dialog.close(), this.#reason = 'reset', this.advisor.reset(), this.#focusUndo()) }, ui(L, 'confirmYes')),
      ),
    ) as HTMLDialogElement;
    const wrapper = h('div', { class: 'advisor', part: 'advisor', lang: L, role: 'region', 'aria-labelledby': 'title' }, header, notices, h('div', { class: 'layout' }, h('div', { class: 'main' }, formView, report, teamView), summary), dialog);
    this.#els = { langSelect, progress, notices, steps, form, groups, stepNav, summary, summaryBody, summaryToggle, report, formView, dialog, teamPanel, teamView };
    this.#root.replaceChildren(wrapper);
    wrapper.addEventListener('focusin', this.#keepFocusClear);
    if (hadFocus) (this.#root.getElementById(hadFocus) as HTMLElement | null)?.focus();
  }

  /**
   * WCAG 2.2 2.4.11: a focused control is never hidden behind the sticky summary bar. The
   * controls' scroll-margin-bottom (styles.ts) covers Chromium's own focus scrolling with the
   * bar collapsed; for a taller (open) bar, once the browser has scrolled, the control's
   * margin becomes the bar's height and it is scrolled just clear of it, in whatever scrolls
   * (a portal's div or the page).
   */
  #keepFocusClear = (e: Event): void => {
    const target = e.target as HTMLElement;
    const bar = this.#els!.summary;
    if (bar.contains(target)) return;
    requestAnimationFrame(() => {
      const b = bar.getBoundingClientRect();
      const t = target.getBoundingClientRect();
      // The wide layout's column sits beside the form: only a bar below covers anything.
      if (this.#root.activeElement !== target || t.bottom <= b.top || t.top >= b.bottom || t.right <= b.left || t.left >= b.right) return;
      target.style.scrollMarginBottom = `${b.height + 8}px`;
      target.scrollIntoView({ block: 'nearest' });
    });
  };

  #askReset(): void {
    const s = this.advisor.getState();
    const n = s.team ? s.team.names.length : Object.keys(s.answers).length;
    if (n === 0) return;
    const d = this.#els!.dialog;
    d.querySelector('#confirm-text')!.textContent = ui(s.locale, s.team ? 'confirmResetTeam' : 'confirmReset', { count: n });
    d.showModal();
  }

  /** Undo removes the bar that held focus: focus goes to the current step's heading (announced once), not to <body>. */
  #undo(): void {
    this.#reason = 'undo';
    this.advisor.undo();
    if (this.advisor.getState().view === 'form') this.#move(() => undefined);
    if (!this.#root.activeElement) (this.#root.getElementById('reset') as HTMLElement | null)?.focus();
  }

  #focusUndo(): void {
    (this.#root.querySelector('button.undo') as HTMLElement | null)?.focus();
  }

  #group(g: GroupView, L: Locale): HTMLElement {
    let el = this.#built.get(g.id);
    if (!el) {
      el = h('fieldset', { class: 'group', 'data-group': g.id }, h('legend', { id: `legend-${g.id}`, tabindex: -1 }, groupLabel(L, g.id)), g.questions.map((qv) => this.#question(qv.question, L)));
      this.#built.set(g.id, el);
    }
    return el;
  }

  #question(q: Question, L: Locale): HTMLElement {
    const id = `q-${q.id}`;
    const help = h('p', { class: 'help', id: `${id}-help` }, q.help);
    const error = h('p', { class: 'error', id: `${id}-error`, hidden: true });
    const set = (v: AnswerValue | undefined) => this.advisor.setAnswer(q.id, v);
    if (q.type === 'number') {
      const commit = (text: string) => {
        clearTimeout(this.#timers.get(q.id));
        this.#timers.delete(q.id);
        this.advisor.setDraft(q.id, text);
      };
      const input = h('input', {
        type: 'text',
        id,
        name: q.id,
        inputmode: q.integer ? 'numeric' : 'decimal',
        autocomplete: 'off',
        'aria-describedby': `${id}-help`,
        // Committed as typed (debounced), and at once when the person leaves the field.
        oninput: (e: Event) => {
          const text = (e.target as HTMLInputElement).value;
          clearTimeout(this.#timers.get(q.id));
          this.#timers.set(q.id, setTimeout(() => commit(text), DEBOUNCE_MS));
        },
        onchange: (e: Event) => commit((e.target as HTMLInputElement).value),
      });
      return h('div', { class: 'question', 'data-question': q.id }, h('label', { class: 'qlabel', for: id }, q.label), help, h('div', { class: 'number' }, input, q.unit ? h('span', { class: 'unit' }, q.unit) : ''), error);
    }
    const multi = q.type === 'multi-select';
    const choice = (value: string, label: string) => h('label', {}, h('input', { type: multi ? 'checkbox' : 'radio', name: q.id, value }), label);
    const choices =
      q.type === 'boolean'
        ? [choice('true', ui(L, 'yes')), choice('false', ui(L, 'no'))]
        : q.type === 'enum'
          ? q.options.map((o) => choice(o.value, o.label))
          : [...q.options.map((o) => choice(o.value, o.label)), choice(NONE, ui(L, 'noneOfThese'))];
    const clear = h('button', { type: 'button', class: 'link clear', hidden: true, 'aria-describedby': `${id}-legend`, onclick: () => (set(undefined), (fs.querySelector('input') as HTMLElement | null)?.focus()) }, ui(L, 'clear'));
    const fs = h('fieldset', { class: 'question', 'data-question': q.id, 'aria-describedby': `${id}-help`, id }, h('legend', { id: `${id}-legend` }, q.label), help, h('div', { class: 'choices' }, choices), error, clear);
    fs.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      if (q.type === 'boolean') set(t.value === 'true');
      else if (q.type === 'enum') set(t.value);
      else {
        const boxes = [...fs.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
        if (t.value === NONE && t.checked) boxes.forEach((b) => b.value !== NONE && (b.checked = false));
        else if (t.checked) boxes.forEach((b) => b.value === NONE && (b.checked = false));
        const picked = boxes.filter((b) => b.checked && b.value !== NONE).map((b) => b.value);
        const none = boxes.some((b) => b.value === NONE && b.checked);
        set(picked.length ? picked : none ? [] : undefined);
      }
    });
    return fs;
  }

  /** Bring the view in line with the state: steps, values, messages, summary, report. */
  #sync(s: AdvisorState): void {
    const L = s.locale;
    const els = this.#els!;
    const page = this.#onePage;
    const current = s.groups[s.step];
    els.progress.textContent = ui(L, 'progress', s.progress);
    this.#notices(s);

    // Step list: each section with answered/total; the current one marked.
    const stepsKey = `${s.step}|${s.view}|${s.groups.map((g) => `${g.answered}/${g.total}`).join(',')}`;
    const stepsChanged = !page && els.steps.dataset.key !== stepsKey;
    if (stepsChanged) {
      els.steps.dataset.key = stepsKey;
      els.steps.replaceChildren(
        h(
          'ol',
          {},
          s.groups.map((g, i) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'step', 'aria-current': i === s.step && s.view === 'form' ? 'step' : false, onclick: () => this.#goTo(i) },
                h('span', { class: 'step-name' }, groupLabel(L, g.id)),
                h('span', { class: 'step-count' }, ui(L, 'stepCount', { answered: g.answered, total: g.total })),
              ),
            ),
          ),
        ),
      );
    }

    // The questions: the current step, or every section on one page.
    const shown = page ? s.groups : current ? [current] : [];
    const nodes = shown.map((g) => this.#group(g, L));
    if (nodes.length !== els.groups.children.length || nodes.some((n, i) => els.groups.children[i] !== n)) els.groups.replaceChildren(...nodes);
    for (const g of shown) for (const qv of g.questions) this.#syncQuestion(qv);

    const last = s.step >= s.groups.length - 1;
    const navKey = `${s.step}|${s.groups.length}`;
    if (els.stepNav.dataset.key !== navKey) {
      els.stepNav.dataset.key = navKey;
      els.stepNav.replaceChildren(
      ...(page
        ? [h('button', { type: 'button', onclick: () => this.#view('report') }, ui(L, 'seeReport'))]
        : [
            h('button', { type: 'button', class: 'secondary', hidden: s.step === 0, onclick: () => this.#move(() => this.advisor.back()) }, ui(L, 'back')),
            h('span', { class: 'muted' }, ui(L, 'stepOf', { n: s.step + 1, total: s.groups.length })),
            h('button', { type: 'button', onclick: () => (last ? this.#view('report') : this.#move(() => this.advisor.next())) }, ui(L, last ? 'seeReport' : 'next')),
          ]),
      );
    }

    els.formView.hidden = s.view !== 'form';
    els.report.hidden = s.view !== 'report';
    els.teamView.hidden = s.view !== 'team';
    if (s.view === 'report') this.#renderReport(s);
    if (s.team) this.#renderTeam(s);
    // Team mode with nobody added yet: nothing to answer until the first respondent is named.
    const idle = !!s.team && s.team.current === undefined;
    els.form.hidden = idle;
    if (!page) els.steps.hidden = idle;
    if (stepsChanged) this.#showCurrentStep();
    // A new view opens with the narrow bar collapsed: the report's title, not the summary, comes first.
    if (this.#shownView !== s.view) {
      this.#shownView = s.view;
      els.summaryToggle.setAttribute('aria-expanded', 'false');
    }
    this.#renderSummary(s);
  }

  #shownView: AdvisorState['view'] | undefined;

  /** On a narrow container the step strip scrolls sideways: bring the current step into it (the strip only, never the page). */
  #showCurrentStep(): void {
    const ol = this.#els!.steps.firstElementChild as HTMLElement | null;
    const cur = ol?.querySelector<HTMLElement>('[aria-current=step]')?.parentElement;
    if (!ol || !cur || ol.scrollWidth <= ol.clientWidth) return;
    const left = cur.offsetLeft - ol.offsetLeft;
    if (left < ol.scrollLeft || left + cur.offsetWidth > ol.scrollLeft + ol.clientWidth) ol.scrollLeft = Math.max(0, left - (ol.clientWidth - cur.offsetWidth) / 2);
  }

  #syncQuestion(qv: GroupView['questions'][number]): void {
    const el = this.#root.querySelector<HTMLElement>(`[data-question="${qv.question.id}"]`);
    if (!el) return;
    el.hidden = !qv.visible;
    const v = qv.value;
    const q = qv.question;
    const error = el.querySelector<HTMLElement>('.error')!;
    const target = q.type === 'number' ? el.querySelector('input')! : el;
    const help = `q-${q.id}-help`;
    if (qv.error) {
      error.textContent = qv.error;
      error.hidden = false;
      target.setAttribute('aria-invalid', 'true');
      target.setAttribute('aria-describedby', `q-${q.id}-error ${help}`);
    } else if (!error.hidden) {
      // A stale message goes as soon as the answer is put right.
      error.textContent = '';
      error.hidden = true;
      target.removeAttribute('aria-invalid');
      target.setAttribute('aria-describedby', help);
    }
    if (q.type === 'number') {
      const input = target as HTMLInputElement;
      const want = qv.draft ?? (v === undefined ? '' : String(v));
      if (input.value !== want && this.#root.activeElement !== input) input.value = want;
      return;
    }
    for (const input of el.querySelectorAll<HTMLInputElement>('input')) {
      const val = input.value;
      input.checked = q.type === 'multi-select' ? (val === NONE ? Array.isArray(v) && v.length === 0 : Array.isArray(v) && v.includes(val)) : v !== undefined && String(v) === val;
    }
    el.querySelector<HTMLElement>('button.clear')!.hidden = v === undefined;
  }

  #notices(s: AdvisorState): void {
    const L = s.locale;
    // While a pack loads the page stays in the current language, but the list shows the choice made;
    // if loading fails it shows the language in use again.
    const chosen = s.loadingLocale ?? L;
    if (this.#els!.langSelect.value !== chosen) this.#els!.langSelect.value = chosen;
    if (s.loadingLocale) this.#els!.langSelect.setAttribute('aria-busy', 'true');
    else this.#els!.langSelect.removeAttribute('aria-busy');
    const items: HTMLElement[] = s.problems.map((p) => h('p', { class: 'problem' }, p));
    const box: HTMLElement[] = [];
    if (items.length) box.push(h('div', { class: 'panel problems', role: 'alert' }, items));
    if (s.canUndo) box.push(h('div', { class: 'panel undo-bar', role: 'status' }, h('span', {}, ui(L, s.team ? 'resetTeamDone' : 'resetDone')), ' ', h('button', { type: 'button', class: 'secondary undo', onclick: () => this.#undo() }, ui(L, 'undo'))));
    const key = box.map((b) => b.textContent).join('|');
    if (this.#els!.notices.dataset.key !== key) {
      this.#els!.notices.dataset.key = key;
      this.#els!.notices.replaceChildren(...box);
    }
  }

  #renderSummary(s: AdvisorState): void {
    const L = s.locale;
    const items = s.ruleSets.map((k) => {
      const r = s.results[k];
      if (!r) return '';
      return h(
        'li',
        { 'data-rule-set': k },
        h('span', { class: 'rs-title' }, ruleSetTitle(r, L)),
        h('span', { class: 'rs-short' }, shortTitle(r.ruleSet.id, ruleSetTitle(r, L), L)),
        h('strong', { class: 'verdict', 'data-verdict': r.verdict.id }, r.verdict.label),
        h('span', { class: 'status muted' }, statusWords(s.canonical[k]!, L)),
      );
    });
    // In the report the way back is at the report's top, once.
    const toReport = s.view === 'report' ? '' : h('button', { type: 'button', onclick: () => this.#view('report') }, ui(L, 'seeReport'));
    const toTeam = s.team && s.team.names.length && s.view !== 'team' ? h('button', { type: 'button', class: 'secondary', onclick: () => this.#view('team') }, ui(L, 'seeTeam')) : '';
    this.#els!.summaryBody.replaceChildren(h('ul', { class: 'verdicts' }, items), toReport, toTeam);
  }

  #renderReport(s: AdvisorState): void {
    renderReportView(this.#els!.report, s, {
      advisor: this.advisor,
      detail: this.#detail,
      setDetail: (d: boolean) => {
        this.#detail = d;
        this.#renderReport(this.advisor.getState());
        (this.#root.getElementById('report-detail') as HTMLElement | null)?.focus();
      },
      back: () => this.#view('form'),
      download: (name, type, text) => this.#download(name, type, text),
    });
  }

  #renderTeam(s: AdvisorState): void {
    const t = s.team!;
    // Team mode's views come with its evaluation (one pack): the state is new when it arrives.
    const pack = teamPack.loaded;
    this.#els!.teamPanel.hidden = !pack;
    if (!pack) return;
    const { renderTeamPanel, renderTeamView } = pack;
    const hooks = { advisor: this.advisor, showTeam: () => this.#view('team'), back: () => this.#view('form') };
    const panelKey = JSON.stringify([s.locale, t.names, t.current, t.answered, t.notice]);
    if (this.#els!.teamPanel.dataset.key !== panelKey) {
      this.#els!.teamPanel.dataset.key = panelKey;
      renderTeamPanel(this.#els!.teamPanel, s, hooks);
    }
    // The controller memoises the Team view: a new object means new content.
    if (s.view === 'team' && (this.#teamDrawn !== t.view || this.#teamDrawnIn !== this.#els!.teamView)) {
      this.#teamDrawn = t.view;
      this.#teamDrawnIn = this.#els!.teamView;
      renderTeamView(this.#els!.teamView, s, hooks);
    }
  }

  #goTo(i: number): void {
    this.#move(() => this.advisor.goTo(i));
  }

  /** Move in the flow, then put focus on the new step's heading (announced, and one Tab from its first question). */
  #move(fn: () => void): void {
    fn();
    const s = this.advisor.getState();
    if (s.view === 'report') return this.#focusReport();
    const g = s.groups[s.step];
    if (g) (this.#root.getElementById(`legend-${g.id}`) as HTMLElement | null)?.focus();
  }

  #view(v: 'form' | 'report' | 'team'): void {
    this.advisor.setView(v);
    if (v === 'report') this.#focusReport();
    else if (v === 'team') (this.#root.getElementById('team-view-title') as HTMLElement | null)?.focus();
    else this.#move(() => undefined);
  }

  #focusReport(): void {
    (this.#root.getElementById('report-title') as HTMLElement | null)?.focus();
  }

  #download(name: string, type: string, text: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = h('a', { href: url, download: name }) as HTMLAnchorElement;
    this.#root.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** Register `<coproduce-advisor>` (once; safe to call again). */
export function defineAdvisorElement(name = 'coproduce-advisor'): void {
  if (typeof customElements !== 'undefined' && !customElements.get(name)) customElements.define(name, class extends CoproduceAdvisorElement {});
}

declare global {
  interface HTMLElementTagNameMap {
    'coproduce-advisor': CoproduceAdvisorElement;
  }
}

/** A message that may not exist (keys made from ids): the fallback when it does not. */
function uiOr(L: Locale, key: string, fallback: string): string {
  const t = ui(L, key as MessageKey);
  return t === key ? fallback : t;
}

function groupLabel(L: Locale, id: string): string {
  return uiOr(L, `group_${id}`, id);
}

/** A short name for the collapsed bar ("Costs"); a rule set of one's own keeps its title (cut to one line by CSS). */
function shortTitle(id: string, title: string, L: Locale): string {
  return uiOr(L, `short_${id}`, title);
}
