/**
 * The shared report (from `@coproduce/rules/report`) as DOM: structure only, every word
 * comes from the report module. Built with createElement and text nodes, never HTML, so
 * text from rule sets or answers is shown as written.
 */
import type { Block, ListItem, Report } from '@coproduce/rules/report';
import { h } from './dom';

/** Only links the report builds (https://doi.org/…) become links; anything else stays text. */
const safeHref = (u: string | undefined) => (u && /^https:\/\/doi\.org\/[^\s"'<>]+$/.test(u) ? u : undefined);

function cites(refs: readonly number[] | undefined): HTMLElement | '' {
  if (!refs?.length) return '';
  return h('span', { class: 'cites' }, refs.map((n) => h('a', { href: `#note-${n}`, 'data-note': n }, `[${n}]`)));
}

function item(it: ListItem): HTMLElement {
  return h(
    'li',
    {},
    it.lead ? h('strong', {}, `${it.lead}: `) : '',
    it.text,
    cites(it.cites),
    it.sub?.length ? h('ul', {}, it.sub.map(item)) : '',
  );
}

function block(b: Block, idPrefix: string): HTMLElement {
  switch (b.type) {
    case 'heading': {
      // The widget's own title sits at h2; the report's levels follow under it.
      const tag = `h${Math.min(6, b.level + 1)}`;
      return h(tag, b.level === 1 ? { id: 'report-title', tabindex: -1 } : b.anchor ? { id: `${idPrefix}${b.anchor}` } : {}, b.text);
    }
    case 'paragraph':
      return h('p', { class: b.tone ?? false }, b.text, cites(b.cites));
    case 'list':
      return h(b.ordered ? 'ol' : 'ul', {}, b.items.map(item));
    case 'key-value':
      return h('dl', { class: 'kv' }, b.items.flatMap((kv) => [h('dt', {}, kv.key), h('dd', {}, kv.value)]));
    case 'table':
      return h(
        'table',
        {},
        b.caption ? h('caption', {}, b.caption) : '',
        h('thead', {}, h('tr', {}, b.head.map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, b.rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))),
      );
    case 'notes':
      return h(
        'ol',
        { class: 'notes' },
        b.items.map((n) =>
          h('li', { id: `note-${n.n}`, value: n.n }, n.text, n.evidence ? h('span', { class: 'muted' }, ` (${n.evidence})`) : '', n.quote ? h('q', { class: 'quote' }, n.quote) : ''),
        ),
      );
    case 'sources':
      return h(
        'ul',
        { class: 'sources' },
        b.items.map((s) => {
          const href = safeHref(s.url);
          return h('li', {}, s.reference, href ? [' ', h('a', { href, rel: 'noopener', target: '_blank' }, href)] : '', s.licence ? h('span', { class: 'muted' }, ` ${s.licence}`) : '');
        }),
      );
    case 'technical':
      return h('details', { class: 'technical' }, h('summary', {}, b.summary), b.blocks.map((x) => block(x, idPrefix)));
  }
}

/** The report's blocks as DOM nodes, in reading order. */
export function reportNodes(report: Report, idPrefix = 'r-'): HTMLElement[] {
  return report.blocks.map((b) => block(b, idPrefix));
}
