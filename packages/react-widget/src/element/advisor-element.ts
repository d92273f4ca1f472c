import type { AnswerValue, EvaluationResult, Question } from '@coproduce/core';
import { sources } from '@coproduce/rules';
import { createAdvisor, isLocale, parseRuleSetKeys, ruleSetTitle, type Advisor, type AdvisorState, type DecisionRecord, type Locale, type RuleSetChoice } from '../controller';
import { citationText } from '../markdown';
import { statusText, ui, type MessageKey } from '../messages';
import { h } from './dom';
import { css } from './styles';

export interface AdvisorResultDetail {
  readonly answers: AdvisorState['answers'];
  readonly locale: Locale;
  /** Canonical (English) results with rule-set id, version and hash: store these. */
  readonly results: AdvisorState['canonical'];
}

let sheet: CSSStyleSheet | undefined;
const NONE = '__none__';

/**
 * `<coproduce-advisor rule-sets="criteria costs brokering" locale="fr" theme="dark">`:
 * the whole advisor in one element, for pages that are not React apps. Fires
 * `coproduce-result` (detail: answers, locale, results) whenever the advice changes.
 * Makes no network requests; answers stay in the page unless the host reads them.
 */
export class CoproduceAdvisorElement extends HTMLElement {
  static observedAttributes = ['locale', 'rule-sets', 'answers'];

  #advisor: Advisor | undefined;
  #unsubscribe: (() => void) | undefined;
  #root: ShadowRoot;
  #form: HTMLFormElement | undefined;
  #results: HTMLElement | undefined;
  #progress: HTMLElement | undefined;
  #formKey = '';

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
    this.#advisor ??= createAdvisor({ locale: this.#localeAttr(), ruleSets: parseRuleSetKeys(this.getAttribute('rule-sets')), answers: this.#answersAttr() });
    return this.#advisor;
  }

  get answers(): AdvisorState['answers'] {
    return this.advisor.getState().answers;
  }
  set answers(value: Readonly<Record<string, unknown>>) {
    this.advisor.reset();
    this.advisor.setAnswers(value ?? {});
  }

  /** Which rule sets to show: built-in keys, or rule sets of your own (validated before use). */
  set ruleSets(choices: readonly RuleSetChoice[]) {
    this.advisor.setRuleSets(choices);
  }

  get results(): AdvisorState['canonical'] {
    return this.advisor.getState().canonical;
  }

  toDecisionRecord(): DecisionRecord {
    return this.advisor.toDecisionRecord();
  }

  connectedCallback(): void {
    if (this.#unsubscribe) return;
    this.#unsubscribe = this.advisor.subscribe((s) => this.#render(s));
    this.#render(this.advisor.getState());
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value || !this.#advisor) return;
    if (name === 'locale') this.advisor.setLocale(this.#localeAttr());
    else if (name === 'rule-sets') this.advisor.setRuleSets(parseRuleSetKeys(value));
    else if (name === 'answers') this.answers = this.#answersAttr() ?? {};
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

  #render(s: AdvisorState): void {
    const key = `${s.locale}|${s.ruleSets.join(',')}`;
    if (key !== this.#formKey) this.#build(s);
    this.#sync(s);
    this.#renderResults(s);
    this.dispatchEvent(new CustomEvent<AdvisorResultDetail>('coproduce-result', { detail: { answers: s.answers, locale: s.locale, results: s.canonical }, bubbles: true, composed: true }));
  }

  #build(s: AdvisorState): void {
    const L = s.locale;
    const hadFocus = this.#root.activeElement?.id;
    this.#formKey = `${s.locale}|${s.ruleSets.join(',')}`;
    this.#progress = h('p', { class: 'muted', role: 'status' });
    const langSelect = h(
      'select',
      { id: 'locale', onchange: (e: Event) => this.advisor.setLocale((e.target as HTMLSelectElement).value as Locale) },
      h('option', { value: 'en', selected: L === 'en' }, 'English'),
      h('option', { value: 'fr', selected: L === 'fr' }, 'Français'),
    );
    const header = h(
      'header',
      {},
      h('div', {}, h('h2', { id: 'title' }, ui(L, 'title')), h('p', { class: 'intro' }, ui(L, 'intro')), this.#progress),
      h('label', { for: 'locale' }, `${ui(L, 'language')} `, langSelect),
    );
    this.#form = h('form', { 'aria-label': ui(L, 'questionnaire'), onsubmit: (e: Event) => e.preventDefault() }) as HTMLFormElement;
    for (const g of s.groups) {
      this.#form.append(
        h('fieldset', { class: 'group' }, h('legend', {}, groupLabel(L, g.id)), g.questions.map((qv) => this.#question(qv.question, L))),
      );
    }
    this.#form.append(h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => this.advisor.reset() }, ui(L, 'reset'))));
    this.#results = h('section', { class: 'results', 'aria-label': ui(L, 'results'), 'aria-live': 'polite' });
    const wrapper = h('div', { class: 'advisor', lang: L, role: 'region', 'aria-labelledby': 'title' }, header, h('div', { class: 'layout' }, this.#form, this.#results));
    this.#root.replaceChildren(wrapper);
    if (hadFocus) (this.#root.getElementById(hadFocus) as HTMLElement | null)?.focus();
  }

  #question(q: Question, L: Locale): HTMLElement {
    const id = `q-${q.id}`;
    const help = h('p', { class: 'help', id: `${id}-help` }, q.help);
    const set = (v: AnswerValue | undefined) => this.advisor.setAnswer(q.id, v);
    if (q.type === 'number') {
      const input = h('input', {
        type: 'number',
        id,
        name: q.id,
        min: q.min,
        max: q.max,
        step: q.integer ? 1 : 'any',
        inputmode: q.integer ? 'numeric' : 'decimal',
        'aria-describedby': `${id}-help`,
        onchange: (e: Event) => {
          const raw = (e.target as HTMLInputElement).value.trim();
          set(raw === '' ? undefined : Number(raw));
        },
      });
      return h('div', { class: 'question', 'data-question': q.id }, h('label', { class: 'qlabel', for: id }, q.label), help, h('div', {}, input, q.unit ? ` ${q.unit}` : ''));
    }
    const choices: HTMLElement[] = [];
    const radio = (value: string, label: string) =>
      h('label', {}, h('input', { type: q.type === 'multi-select' ? 'checkbox' : 'radio', name: q.id, value, 'data-value': value }), label);
    if (q.type === 'boolean') choices.push(radio('true', ui(L, 'yes')), radio('false', ui(L, 'no')), radio('', ui(L, 'notAnswered')));
    else if (q.type === 'enum') choices.push(...q.options.map((o) => radio(o.value, o.label)), radio('', ui(L, 'notAnswered')));
    else choices.push(...q.options.map((o) => radio(o.value, o.label)), radio(NONE, ui(L, 'noneOfThese')));
    const fs = h('fieldset', { class: 'question', 'data-question': q.id, 'aria-describedby': `${id}-help`, id }, h('legend', {}, q.label), help, h('div', { class: 'choices' }, choices));
    fs.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      if (q.type === 'boolean') set(t.value === '' ? undefined : t.value === 'true');
      else if (q.type === 'enum') set(t.value === '' ? undefined : t.value);
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

  /** Bring inputs in line with the state (after reset, attributes or a rejected answer) and hide what cannot matter. */
  #sync(s: AdvisorState): void {
    const L = s.locale;
    for (const g of s.groups)
      for (const qv of g.questions) {
        const el = this.#root.querySelector<HTMLElement>(`[data-question="${qv.question.id}"]`);
        if (!el) continue;
        el.hidden = !qv.visible;
        const v = qv.value;
        if (qv.question.type === 'number') {
          const input = el.querySelector('input')!;
          const want = v === undefined ? '' : String(v);
          if (input.value !== want && this.#root.activeElement !== input) input.value = want;
        } else
          for (const input of el.querySelectorAll<HTMLInputElement>('input')) {
            const val = input.value;
            input.checked =
              qv.question.type === 'multi-select'
                ? val === NONE
                  ? Array.isArray(v) && v.length === 0
                  : Array.isArray(v) && v.includes(val)
                : v === undefined
                  ? val === ''
                  : String(v) === val;
          }
      }
    this.#progress!.textContent = ui(L, 'progress', s.progress);
  }

  #renderResults(s: AdvisorState): void {
    const L = s.locale;
    const panels: HTMLElement[] = [];
    if (s.problems.length) panels.push(h('div', { class: 'panel problems', role: 'alert' }, ui(L, 'invalidAnswers', { problems: s.problems.join(' | ') })));
    for (const k of s.ruleSets) {
      const r = s.results[k];
      if (r) panels.push(this.#panel(k, r, L));
    }
    panels.push(
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', onclick: () => this.#download('coproduce-decision-record.json', 'application/json', `${JSON.stringify(this.advisor.toDecisionRecord(), null, 2)}\n`) }, ui(L, 'exportJson')),
        h('button', { type: 'button', class: 'secondary', onclick: () => this.#download('coproduce-summary.md', 'text/markdown', this.advisor.toMarkdown()) }, ui(L, 'exportMarkdown')),
        h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, ui(L, 'print')),
      ),
      h('details', {}, h('summary', {}, ui(L, 'sources')), h('ul', {}, Object.entries(sources).map(([key, src]) => h('li', {}, h('strong', {}, key), `: ${src.reference}${'licence' in src ? ` (${src.licence})` : ''}`)))),
    );
    this.#results!.replaceChildren(...panels);
  }

  #cites(cs: EvaluationResult['rules'][number]['citations'], L: Locale): HTMLElement {
    return h('span', { class: 'cite' }, cs.map((c) => citationText(c, L)).join(' · '));
  }

  #panel(k: string, r: EvaluationResult, L: Locale): HTMLElement {
    const id = `panel-${k}`;
    const status = statusText(L, r.status);
    const body: HTMLElement[] = [
      h('h3', { id }, ruleSetTitle(r, L)),
      h('p', { class: 'verdict', 'data-verdict': r.verdict.id }, r.verdict.label, r.verdict.score === null ? '' : h('span', { class: 'muted' }, ` (${ui(L, 'score', { score: r.verdict.score })})`)),
      h('p', {}, r.verdict.summary),
      h('p', { class: 'status muted' }, status),
    ];
    const fired = r.rules.filter((x) => x.status === 'fired');
    if (r.ranking.length && r.status !== 'insufficient-information')
      body.push(h('h4', {}, ui(L, 'ranking')), h('ol', {}, r.ranking.map((o) => h('li', { 'data-option': o.option }, h('strong', {}, o.label), ` (${o.score}) `, h('span', { class: 'muted' }, o.summary)))));
    if (r.ruleSet.kind === 'register' && r.status !== 'insufficient-information') {
      body.push(h('h4', {}, ui(L, 'risks')));
      body.push(
        r.risks.length
          ? h(
              'ul',
              {},
              r.risks.map((f) =>
                h(
                  'li',
                  { 'data-risk': f.outcome },
                  h('span', { class: f.severity === 'high' ? 'against' : 'warn' }, `${ui(L, `severity_${f.severity}` as MessageKey)}: `),
                  h('strong', {}, f.label),
                  f.stage ? h('span', { class: 'muted' }, ` (${ui(L, 'stage', { stage: f.stage })})`) : '',
                  ` ${f.detail}`,
                  f.mitigations.length ? h('span', { class: 'cite' }, `${ui(L, 'reduce')}: ${f.mitigations.map((m) => m.title).join('; ')}`) : '',
                  this.#cites(f.citations, L),
                ),
              ),
            )
          : h('p', { class: 'muted' }, ui(L, 'noRisks')),
      );
    }
    const signals = (dir: 'for' | 'against') =>
      fired.flatMap((x) => x.outcomes.filter((o) => o.effect.type === 'signal' && o.effect.direction === dir).map((o) => ({ x, o })));
    for (const dir of ['for', 'against'] as const) {
      const list = signals(dir);
      if (!list.length) continue;
      body.push(
        h('h4', {}, ui(L, dir === 'for' ? 'forMore' : 'forLess')),
        h('ul', {}, list.map(({ x, o }) => h('li', { 'data-rule': x.id }, h('span', { class: dir }, `${dir === 'for' ? '+' : '−'} ${o.label}. `), x.explanation, this.#cites(x.citations, L)))),
      );
    }
    if (r.advice.length)
      body.push(
        h('h4', {}, ui(L, 'advice')),
        h('ul', {}, r.advice.map((a) => h('li', { 'data-advice': a.outcome }, h('span', { class: a.level === 'info' ? '' : 'warn' }, `${ui(L, `level_${a.level}` as MessageKey)}: `), h('strong', {}, a.label), `. ${a.detail}`, this.#cites(a.citations, L)))),
      );
    if (r.whatWouldChange.length) body.push(h('h4', {}, ui(L, 'whatWouldChange')), h('ul', {}, r.whatWouldChange.slice(0, 6).map((w) => h('li', {}, w.sentence))));
    const next = r.unanswered.filter((u) => u.couldChangeVerdict).slice(0, 4);
    if (next.length) body.push(h('h4', {}, ui(L, 'answerNext')), h('ul', {}, next.map((u) => h('li', {}, u.label))));
    body.push(h('p', { class: 'cite' }, `${r.ruleSet.id}@${r.ruleSet.version} · ${r.ruleSet.hash.slice(0, 12)}`));
    return h('article', { class: 'panel', 'aria-labelledby': id, 'data-rule-set': k }, body);
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

function groupLabel(L: Locale, id: string): string {
  const key = `group_${id}` as MessageKey;
  const t = ui(L, key);
  return t === key ? id : t;
}
