// @vitest-environment happy-dom
// These tests read French: register the pack, as an app that uses French does.
import '../../src/i18n/fr';
import { ValidationError } from '@coproduce/core';
import { describe, expect, it } from 'vitest';
import { buildReport, renderDom, renderHtml } from '../../src/report';
import { cases, hostile, hostileResult } from './fixtures';

/** The HTML renderer's output as the browser parses it (here in a test only). */
function parsed(html: string): string {
  const t = document.createElement('template');
  t.innerHTML = html.trim().replace(/>\n</g, '><');
  return (t.content.firstElementChild as HTMLElement).outerHTML;
}

describe('renderDom', () => {
  for (const c of cases.slice(0, 3))
    for (const locale of ['en', 'fr'] as const)
      for (const detail of [false, true])
        it(`${c.name} (${locale}${detail ? ', detailed' : ''}): builds the same elements as renderHtml`, () => {
          const report = buildReport({ results: c.results, locale, detail, date: '2026-12-01' });
          expect(renderDom(report).outerHTML).toBe(parsed(renderHtml(report)));
        });

  it('keeps hostile text as text nodes: no element or attribute comes from it', () => {
    const report = buildReport({ results: { hostile: hostileResult }, ruleSets: [hostile], detail: true });
    const el = renderDom(report);
    expect(el.outerHTML).toBe(parsed(renderHtml(report)));
    expect(el.querySelectorAll('img, script').length).toBe(0);
    for (const a of el.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^(#note-\d+|https:\/\/doi\.org\/[^\s"'<>]+)$/);
    expect(el.textContent).toContain('<script>');
  });

  it('builds in the document it is given, and says so when there is none', () => {
    const report = buildReport({ results: cases[0]!.results });
    const other = document.implementation.createHTMLDocument('x');
    expect(renderDom(report, { document: other }).ownerDocument).toBe(other);
    expect(() => renderDom(report, { document: {} as Document })).toThrow(ValidationError);
  });
});
