/**
 * Team mode's two views: the respondents panel (add by name, switch, open a file) and the
 * Team view (each person's verdict, the disagreements that change one, the questions ×
 * respondents grid, the agenda). Names and every text go in as text nodes only (`h`).
 */
import type { Advisor, AdvisorState } from '../controller';
import { ruleSetTitle } from '../controller';
import { ui, type MessageKey } from '../messages';
import { h } from './dom';

export interface TeamHooks {
  readonly advisor: Advisor;
  showTeam(): void;
  back(): void;
}

/** The respondents panel shown above the questions in team mode. */
export function renderTeamPanel(host: HTMLElement, s: AdvisorState, hooks: TeamHooks): void {
  const L = s.locale;
  const t = s.team!;
  const active = host.getRootNode() instanceof ShadowRoot ? (host.getRootNode() as ShadowRoot).activeElement : null;
  const refocus = active && host.contains(active) ? (active.id || (active as HTMLInputElement).name) : undefined;
  const name = h('input', { type: 'text', id: 'team-name', autocomplete: 'off', maxlength: 200, 'aria-describedby': 'team-notice' }) as HTMLInputElement;
  const add = h(
    'form',
    {
      class: 'team-add',
      'aria-label': ui(L, 'teamAdd'),
      onsubmit: (e: Event) => {
        e.preventDefault();
        const typed = name.value;
        if (hooks.advisor.addRespondent(typed)) {
          name.value = '';
          host.querySelector<HTMLElement>('#team-added')!.textContent = ui(L, 'teamAdded', { name: typed.trim() });
        } else name.value = typed;
        host.querySelector<HTMLInputElement>('#team-name')?.focus();
      },
    },
    h('label', { for: 'team-name' }, ui(L, 'teamName')),
    h('div', { class: 'row' }, name, h('button', { type: 'submit' }, ui(L, 'teamAdd'))),
  );
  const notice = h('p', { id: 'team-notice', class: t.notice ? 'problem' : 'muted', role: 'alert' }, t.notice ?? '');
  const picker = t.names.length
    ? h(
        'fieldset',
        { class: 'team-picker' },
        h('legend', {}, ui(L, 'teamAnsweringFor')),
        t.names.map((n, i) =>
          h(
            'label',
            {},
            h('input', { type: 'radio', name: 'team-current', id: `team-r-${i}`, value: String(i), checked: n === t.current, onchange: () => hooks.advisor.selectRespondent(n) }),
            h('span', {}, n),
            h('span', { class: 'muted' }, ` (${ui(L, 'teamAnswered', { count: t.answered[i] ?? 0 })})`),
          ),
        ),
      )
    : h('p', { class: 'muted' }, ui(L, 'teamNoneYet'));
  const file =
    t.current !== undefined
      ? h(
          'div',
          { class: 'team-file' },
          h('label', { for: 'team-file' }, ui(L, 'teamImport', { name: t.current })),
          h('input', {
            type: 'file',
            id: 'team-file',
            accept: 'application/json,.json',
            onchange: async (e: Event) => {
              const input = e.target as HTMLInputElement;
              const f = input.files?.[0];
              if (!f) return;
              hooks.advisor.importRespondent(await f.text());
              input.value = '';
            },
          }),
        )
      : '';
  const toTeam = t.names.length ? h('button', { type: 'button', id: 'see-team', onclick: () => hooks.showTeam() }, ui(L, 'seeTeam')) : '';
  host.replaceChildren(
    h('h3', { id: 'team-title' }, ui(L, 'teamTitle')),
    h('p', { class: 'muted' }, ui(L, 'teamIntro')),
    add,
    notice,
    h('p', { id: 'team-added', class: 'visually-hidden', role: 'status' }),
    picker,
    file,
    toTeam,
  );
  if (refocus) {
    const back = host.querySelector<HTMLElement>(refocus === 'team-current' ? 'input[name="team-current"]:checked' : `#${CSS.escape(refocus)}`);
    back?.focus();
  }
}

/** The Team view: derived entirely from the controller's `team.view`. */
export function renderTeamView(host: HTMLElement, s: AdvisorState, hooks: TeamHooks): void {
  const L = s.locale;
  const t = s.team;
  const v = t?.view;
  const title = h('h3', { id: 'team-view-title', tabindex: -1 }, ui(L, 'teamView'));
  const back = h('button', { type: 'button', class: 'secondary', onclick: () => hooks.back() }, ui(L, 'backToQuestions'));
  if (!t || !v) {
    host.replaceChildren(title, h('p', {}, ui(L, 'teamNoneYet')), back);
    return;
  }
  const rsTitle = (k: string) => (s.results[k] ? ruleSetTitle(s.results[k]!, L) : k);
  const keys = v.agreed.map((a) => a.ruleSet);
  const verdicts = h(
    'table',
    { class: 'team-verdicts' },
    h('caption', { id: 'team-verdicts-caption' }, ui(L, 'teamVerdicts')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ui(L, 'teamRespondent')), keys.map((k) => h('th', { scope: 'col' }, rsTitle(k))))),
    h(
      'tbody',
      {},
      v.respondents.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.name), r.verdicts.map((x) => h('td', {}, x.label)))),
      h('tr', { class: 'agreed-row' }, h('th', { scope: 'row' }, ui(L, 'teamAgreedVerdict')), v.agreed.map((x) => h('td', {}, x.label))),
    ),
  );
  const changing = v.agenda.filter((a) => a.changes.length > 0);
  const changingBox = h(
    'section',
    { class: 'team-changing', 'aria-labelledby': 'team-changing-title' },
    h('h4', { id: 'team-changing-title' }, ui(L, 'teamChanging')),
    changing.length
      ? h(
          'ul',
          {},
          changing.map((a) => h('li', {}, h('strong', {}, a.label), h('ul', {}, a.adoptions.flatMap((x) => x.items.map((i) => h('li', {}, i.sentence)))))),
        )
      : h('p', {}, ui(L, 'teamNoChanging')),
  );
  const names = v.respondents.map((r) => r.name);
  const grid = h(
    'div',
    { class: 'team-grid', role: 'region', 'aria-labelledby': 'team-grid-caption', tabindex: 0 },
    h(
      'table',
      {},
      h('caption', { id: 'team-grid-caption' }, ui(L, 'teamGrid')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ui(L, 'teamQuestion')), h('th', { scope: 'col' }, ui(L, 'teamStatus')), names.map((n) => h('th', { scope: 'col' }, n)))),
      h(
        'tbody',
        {},
        v.rows.filter((r) => r.status !== 'unanswered').map((r) =>
          h(
            'tr',
            { 'data-question': r.question, 'data-status': r.status },
            h('th', { scope: 'row' }, r.label, r.changes.length ? h('span', { class: 'changes' }, ui(L, 'teamChangesVerdict', { ruleSets: r.changes.map(rsTitle).join(', ') })) : ''),
            h('td', { class: `status ${r.status}` }, ui(L, `status_${r.status}` as MessageKey)),
            r.cells.map((c) => (c === null ? h('td', { class: 'muted blank' }, ui(L, 'teamBlank')) : h('td', {}, c))),
          ),
        ),
      ),
    ),
  );
  // Questions nobody answered would fill the grid with blanks: listed once, one click away.
  const blank = v.rows.filter((r) => r.status === 'unanswered');
  const unanswered = blank.length
    ? h('details', { class: 'team-unanswered' }, h('summary', {}, ui(L, 'teamUnanswered', { count: blank.length })), h('ul', {}, blank.map((r) => h('li', { 'data-question': r.question }, r.label))))
    : '';
  const agenda = h(
    'section',
    { class: 'team-agenda', 'aria-labelledby': 'team-agenda-title' },
    h('h4', { id: 'team-agenda-title' }, ui(L, 'teamAgenda')),
    v.agenda.length
      ? h(
          'ol',
          {},
          v.agenda.map((a) =>
            h(
              'li',
              { 'data-question': a.question },
              h('strong', {}, a.label),
              a.changes.length ? h('span', { class: 'changes' }, ui(L, 'teamChangesVerdict', { ruleSets: a.changes.map(rsTitle).join(', ') })) : '',
              h('p', { class: 'sub' }, ui(L, 'teamViews')),
              h('ul', {}, a.positions.map((p) => h('li', {}, ui(L, 'teamPosition', { names: p.names.join(', '), answer: p.answer })))),
              a.guidance.length
                ? h(
                    'details',
                    {},
                    h('summary', {}, ui(L, 'teamGuidance')),
                    h('ul', {}, a.guidance.map((g) => h('li', {}, g.text ? `${g.text} ` : '', h('span', { class: 'muted' }, `(${g.source}, ${g.place})`)))),
                  )
                : '',
            ),
          ),
        )
      : h('p', {}, ui(L, 'teamNoAgenda')),
  );
  host.replaceChildren(
    h('div', { class: 'team-head' }, title, back),
    h('p', { class: 'muted' }, ui(L, 'teamCounts', { agreed: v.counts.agreed, contested: v.counts.contested, changing: v.counts.changingVerdict, unanswered: v.counts.unanswered })),
    t.names.length < 2 ? h('p', { class: 'panel' }, ui(L, 'teamNeedTwo')) : '',
    // Narrow screens: the table scrolls inside its own labelled, focusable region.
    h('div', { class: 'team-scroll', role: 'region', 'aria-labelledby': 'team-verdicts-caption', tabindex: 0 }, verdicts),
    changingBox,
    grid,
    unanswered,
    agenda,
  );
}
