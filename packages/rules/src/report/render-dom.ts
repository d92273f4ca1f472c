/**
 * The report as DOM nodes, built with createElement and textContent only (no HTML parsing,
 * no innerHTML): the same elements, classes and links as `renderHtml`, for views that build
 * their own DOM (the widget's report view, a strict-CSP page).
 */
import { ValidationError } from '@coproduce/core/evaluation';
import { checkReport } from './input';
import { rt, sentence, withColon } from './messages';
import type { Block, ListItem, Report } from './model';

export interface DomOptions {
  /** The document to create nodes in; the global `document` by default. */
  readonly document?: Document;
}

type Child = Node | string | null | undefined | false;

export function renderDom(report: Report, options: DomOptions = {}): HTMLElement {
  checkReport(report);
  const doc = options.document ?? (globalThis as { document?: Document }).document;
  if (!doc || typeof doc.createElement !== 'function')
    throw new ValidationError('options', [{ path: ['document'], message: 'no DOM document to build in', expected: 'a Document, as options.document where there is no global one' }]);

  const h = (tag: string, attrs: Readonly<Record<string, string>> = {}, ...children: Child[]): HTMLElement => {
    const el = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'string' ? doc.createTextNode(c) : c);
    return el;
  };
  const L = report.locale;

  const refs = (cites: readonly number[] | undefined): Child[] =>
    cites?.length ? [' ', h('span', { class: 'cites' }, ...cites.map((n) => h('a', { href: `#note-${n}` }, `[${n}]`)))] : [];

  const item = (it: ListItem): HTMLElement =>
    h(
      'li',
      {},
      it.tag ? h('span', { class: 'tag' }, it.tag) : null,
      it.tag ? ' ' : null,
      it.lead ? h('strong', {}, withColon(it.lead, L)) : null,
      it.lead ? ' ' : null,
      it.text,
      ...refs(it.cites),
      it.sub?.length ? h('ul', {}, ...it.sub.map(item)) : null,
    );

  const block = (b: Block): HTMLElement => {
    switch (b.type) {
      case 'heading':
        return h(`h${b.level}`, b.anchor ? { id: b.anchor } : {}, b.text);
      case 'paragraph':
        return h('p', b.tone === 'note' ? { class: 'note' } : {}, b.tone === 'strong' ? h('strong', {}, b.text) : b.text, ...refs(b.cites));
      case 'list':
        return h(b.ordered ? 'ol' : 'ul', {}, ...b.items.map(item));
      case 'key-value':
        return h('dl', {}, ...b.items.map((kv) => h('div', {}, h('dt', {}, withColon(kv.key, L)), h('dd', {}, kv.value))));
      case 'table':
        return h(
          'table',
          {},
          b.caption ? h('caption', {}, b.caption) : null,
          h('thead', {}, h('tr', {}, ...b.head.map((x) => h('th', { scope: 'col' }, x)))),
          h('tbody', {}, ...b.rows.map((r) => h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c)))))),
        );
      case 'notes':
        return h(
          'ol',
          { class: 'notes' },
          ...b.items.map((n) => {
            const extra: Child[] = [];
            const add = (x: Child) => {
              if (extra.length) extra.push('. ');
              extra.push(x);
            };
            if (n.evidence) add(n.evidence);
            if (n.quote) add(rt(report.locale, 'paraphrase', { text: n.quote }));
            if (report.detail) add(h('code', {}, n.guidance));
            return h('li', { id: `note-${n.n}`, value: String(n.n) }, extra.length ? `${sentence(n.text)} ` : n.text, ...extra);
          }),
        );
      case 'sources':
        return h(
          'ul',
          { class: 'sources' },
          ...b.items.map((s) => {
            const link = s.url && /^https:\/\/doi\.org\/[^\s"'<>]+$/.test(s.url);
            return h('li', {}, s.reference, s.url ? ' ' : null, s.url ? (link ? h('a', { href: s.url }, s.url) : s.url) : null, s.licence ? ' ' : null, s.licence ? h('span', { class: 'licence' }, s.licence) : null);
          }),
        );
      case 'technical':
        return h('details', report.detail ? { class: 'technical', open: '' } : { class: 'technical' }, h('summary', {}, b.summary), ...b.blocks.map(block));
    }
  };

  return h('article', { class: 'coproduce-report', lang: L }, ...report.blocks.map(block));
}
