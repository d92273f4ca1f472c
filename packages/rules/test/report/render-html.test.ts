// These tests read French: register the pack, as an app that uses French does.
import '../../src/i18n/fr';
import { describe, expect, it } from 'vitest';
import { buildReport, escapeHtml, renderHtml } from '../../src/report';
import { cases, hostile, hostileResult, markup } from './fixtures';

describe('renderHtml', () => {
  const hostileReport = buildReport({ results: { hostile: hostileResult }, ruleSets: [hostile], detail: true });

  it('escapes hostile rule-set text: no element, attribute or link comes from it', () => {
    for (const standalone of [false, true]) {
      const html = renderHtml(hostileReport, { standalone });
      expect(html).not.toMatch(/<script|<img|<a href="javascript/i);
      expect(html).not.toMatch(/<[a-z]+[^>]*\sonerror=/i);
      expect(html).toContain(escapeHtml(markup));
      // Every href is a citation anchor or a DOI link we built.
      for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^(#note-\d+|https:\/\/doi\.org\/[^\s"'<>]+)$/);
    }
    // A DOI that tries to break out of its attribute is shown as text, not linked.
    expect(renderHtml(hostileReport)).not.toContain('href="https://doi.org/10.1000/x"');
  });

  it('standalone is a whole offline document: doctype, language, CSP, print CSS, no external resource', () => {
    const report = buildReport({ results: cases[0]!.results, locale: 'fr', date: '2026-12-01' });
    const html = renderHtml(report, { standalone: true });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain(`<title>${escapeHtml(report.title)}</title>`);
    expect(html).toContain("default-src 'none'");
    expect(html).toMatch(/@page\{size:A4/);
    expect(html).toMatch(/@media print/);
    expect(html).not.toMatch(/<(script|link|iframe|img)\b/i);
    expect(html).not.toMatch(/\bsrc=/);
  });

  it('a fragment is one <article>; technical details are a closed <details> unless detailed', () => {
    const short = renderHtml(buildReport({ results: cases[0]!.results }));
    expect(short.trim()).toMatch(/^<article class="coproduce-report" lang="en">[\s\S]*<\/article>$/);
    expect(short).toMatch(/<details class="technical"><summary>/);
    expect(renderHtml(buildReport({ results: cases[0]!.results, detail: true }))).toMatch(/<details class="technical" open>/);
  });

  it('every citation link has its note', () => {
    const html = renderHtml(buildReport({ results: cases[0]!.results, detail: true }));
    const targets = [...html.matchAll(/href="#note-(\d+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    for (const n of targets) expect(html).toContain(`id="note-${n}"`);
  });
});
