/** The Report view: the project name field, the shared report drawn as DOM, and the exports. */
import { renderDom, renderMarkdown, type Report } from '@coproduce/rules/report';
import type { Advisor, AdvisorState } from '../controller';
import { ui } from '../messages';
import { h } from './dom';
import { exportPack, recheckPack } from './packs';

export interface ReportViewHooks {
  readonly advisor: Advisor;
  readonly detail: boolean;
  setDetail(detail: boolean): void;
  back(): void;
  download(name: string, type: string, text: string): void;
}

export function renderReportView(host: HTMLElement, s: AdvisorState, hooks: ReportViewHooks): void {
  const L = s.locale;
  const name = h('input', { type: 'text', id: 'project-name', maxlength: 200, autocomplete: 'off', value: s.projectName }) as HTMLInputElement;
  const body = h('div', { class: 'report-body' });
  name.addEventListener('change', () => hooks.advisor.setProjectName(name.value));
  const current = () => hooks.advisor.toReport({ detail: hooks.detail });
  // The HTML export's renderer loads on first use; if it cannot, one plain message, answers kept.
  const exportMessage = h('p', { id: 'export-message', class: 'field-error no-print', role: 'status', hidden: true });
  const exportHtml = async () => {
    exportMessage.textContent = '';
    exportMessage.hidden = true;
    try {
      const { renderHtml } = await exportPack();
      hooks.download('coproduce-report.html', 'text/html', renderHtml(current(), { standalone: true }));
    } catch {
      exportMessage.textContent = ui(L, 'partFailed');
      exportMessage.hidden = false;
    }
  };
  // One way back to the questions, near the report's top (the summary beside it has none).
  const actions = h(
    'div',
    { class: 'actions no-print', role: 'group', 'aria-label': ui(L, 'actions') },
    h('button', { type: 'button', class: 'secondary', onclick: () => hooks.back() }, ui(L, 'backToQuestions')),
    h('button', { type: 'button', onclick: () => window.print() }, ui(L, 'print')),
    h('button', { type: 'button', class: 'secondary', onclick: () => hooks.download('coproduce-report.md', 'text/markdown', renderMarkdown(current())) }, ui(L, 'exportMarkdown')),
    h('button', { type: 'button', class: 'secondary', onclick: () => void exportHtml() }, ui(L, 'exportHtml')),
    h('button', { type: 'button', class: 'secondary', onclick: () => hooks.download('coproduce-decision-record.json', 'application/json', `${JSON.stringify(hooks.advisor.toDecisionRecord())}\n`) }, ui(L, 'exportJson')),
  );
  // Citation links move within the report; they never touch the host page's URL.
  body.addEventListener('click', (e) => {
    const a = (e.target as HTMLElement).closest?.('a[href^="#"]');
    if (!a) return;
    e.preventDefault();
    const note = host.querySelector<HTMLElement>(`[id="${CSS.escape(a.getAttribute('href')!.slice(1))}"]`);
    note?.setAttribute('tabindex', '-1');
    note?.focus();
  });
  const detail = h('input', { type: 'checkbox', id: 'report-detail', checked: hooks.detail, onchange: (e: Event) => hooks.setDetail((e.target as HTMLInputElement).checked) });
  // A reviewer opens a saved record: the re-check replaces the report until "Back".
  const recheckMessage = h('p', { id: 'recheck-message', class: 'field-error', role: 'status' });
  const back = h('button', { type: 'button', class: 'secondary', hidden: true, onclick: () => {
    back.hidden = true;
    body.replaceChildren(drawReport(current(), chrome));
    body.querySelector<HTMLElement>('#report-title')?.focus();
  } }, ui(L, 'recheckBack')) as HTMLButtonElement;
  const file = h('input', { type: 'file', id: 'recheck-file', accept: '.json,application/json', 'aria-describedby': 'recheck-message' }) as HTMLInputElement;
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    // A message about the file shows where it was chosen: the disclosure stays open.
    recheck.open = true;
    recheckMessage.textContent = '';
    let recheckReportFor: (typeof import('./recheck-pack'))['recheckReportFor'];
    try {
      ({ recheckReportFor } = await recheckPack());
    } catch {
      recheckMessage.textContent = ui(L, 'partFailed');
      file.value = '';
      return;
    }
    try {
      body.replaceChildren(drawReport(recheckReportFor(await f.text(), L, hooks.detail), chrome));
      back.hidden = false;
      body.querySelector<HTMLElement>('#report-title')?.focus();
    } catch (e) {
      const problem = (e as { problems?: { message: string }[] }).problems?.[0]?.message ?? (e as Error).message;
      recheckMessage.textContent = ui(L, 'recheckBad', { problem });
    }
    file.value = '';
  });
  // The rarely used re-check waits behind a disclosure; its "Back" stays outside it, in view.
  const recheck = h(
    'details',
    { class: 'recheck' },
    h('summary', {}, ui(L, 'recheckOpen')),
    h('div', { class: 'recheck-body' }, h('label', { for: 'recheck-file' }, ui(L, 'recheckFile')), file, recheckMessage),
  ) as HTMLDetailsElement;
  const chrome = h(
    'div',
    { class: 'no-print report-chrome' },
    h('div', { class: 'project' }, h('label', { for: 'project-name' }, ui(L, 'projectName')), name, h('label', { class: 'check' }, detail, ui(L, 'detailed'))),
    actions,
    exportMessage,
    h('div', { class: 'recheck-row' }, recheck, back),
  );
  body.replaceChildren(drawReport(current(), chrome));
  host.replaceChildren(body);
}

/**
 * The shared report as DOM (`renderDom`: createElement and text only). Its title becomes the
 * place focus moves to when the Report opens; the view's controls (`chrome`) go just under
 * it, so on a phone the title is the first thing on the screen.
 */
function drawReport(report: Report, chrome: HTMLElement): HTMLElement {
  const article = renderDom(report);
  const title = article.querySelector('h1');
  title?.setAttribute('id', 'report-title');
  title?.setAttribute('tabindex', '-1');
  if (title) title.after(chrome);
  else article.prepend(chrome);
  return article;
}
