// These tests read French: register the pack, as an app that uses French does.
import '../../src/i18n/fr';
import { describe, expect, it } from 'vitest';
import { buildReport, renderText } from '../../src/report';
import { cases, hostileResult, hostile } from './fixtures';

const hex12 = /\b[0-9a-f]{12,}\b/;

describe('renderText', () => {
  for (const c of cases)
    for (const locale of ['en', 'fr'] as const)
      it(`${c.name} (${locale}): no guidance ids, rule-set ids or hashes unless detailed`, () => {
        const short = renderText(buildReport({ results: c.results, locale, date: '2026-12-01' }));
        const results = Object.values(c.results);
        const guidance = new Set(results.flatMap((r) => [...r.verdict.citations, ...r.rules.flatMap((x) => x.citations), ...r.advice.flatMap((a) => a.citations), ...r.risks.flatMap((f) => f.citations)].map((x) => x.guidance)));
        for (const g of guidance) expect(short).not.toContain(g);
        for (const r of results) expect(short).not.toContain(r.ruleSet.id);
        expect(short).not.toMatch(hex12);

        const long = renderText(buildReport({ results: c.results, locale, date: '2026-12-01', detail: true }));
        for (const r of results) expect(long).toContain(r.ruleSet.hash);
        expect(long.length).toBeGreaterThan(short.length);
      });

  it('every [n] in the text resolves to a note line', () => {
    const text = renderText(buildReport({ results: cases[0]!.results, detail: true }));
    const used = new Set([...text.matchAll(/\[(\d+(?:, \d+)*)\]/g)].flatMap((m) => m[1]!.split(', ').map(Number)));
    expect(used.size).toBeGreaterThan(0);
    for (const n of used) expect(text).toMatch(new RegExp(`^\\[${n}\\] `, 'm'));
  });

  it('wraps at the width asked for and colours only when asked', () => {
    const report = buildReport({ results: cases[0]!.results });
    for (const width of [40, 60, 100]) {
      const lines = renderText(report, { width }).split('\n');
      // A single word longer than the width (a URL) may overflow; nothing else does.
      for (const l of lines) if (l.includes(' ')) expect(l.trimEnd().length <= width || !/\s/.test(l.trim().slice(width))).toBe(true);
    }
    expect(renderText(report)).not.toMatch(/\u001b\[/);
    expect(renderText(report, { color: true })).toMatch(/\u001b\[1m/);
  });

  it('turns control characters from rule-set text into spaces', () => {
    const report = buildReport({ results: { hostile: { ...hostileResult, verdict: { ...hostileResult.verdict, label: 'A\u001b[31mred\u0007' } } }, ruleSets: [hostile] });
    const text = renderText(report);
    expect(text).toContain('A [31mred');
    expect(text).not.toMatch(/[\u0007\u001b]/);
  });
});
