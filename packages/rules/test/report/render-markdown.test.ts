import { describe, expect, it } from 'vitest';
import { buildReport, escapeMarkdown, renderMarkdown } from '../../src/report';
import { cases, hostile, hostileResult, markup } from './fixtures';

describe('renderMarkdown', () => {
  it('escapes markup and Markdown in rule-set text', () => {
    const md = renderMarkdown(buildReport({ results: { hostile: hostileResult }, ruleSets: [hostile], detail: true }));
    expect(md).not.toMatch(/(?<!\\)<(script|img)/);
    expect(md).toContain(escapeMarkdown(markup));
    expect(md).not.toContain('**bold**');
    expect(md).not.toContain('[link](javascript');
    // The only links are the angle-bracket autolinks we write for DOIs.
    for (const m of md.matchAll(/(?<!\\)<([^>]*)>/g)) expect(m[1]).toMatch(/^https:\/\/doi\.org\/[^\s<>"]+$/);
  });

  it('escapeMarkdown leaves nothing that Markdown would act on', () => {
    expect(escapeMarkdown('<b>*x* _y_ [l](u) `c` # h | t ~s~ &amp;')).toBe('\\<b\\>\\*x\\* \\_y\\_ \\[l\\](u) \\`c\\` \\# h \\| t \\~s\\~ \\&amp;');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('two\nlines')).toBe('two lines');
  });

  it('has the title as its one level-1 heading and the sections as level 2', () => {
    const report = buildReport({ results: cases[0]!.results, projectName: 'P' });
    const md = renderMarkdown(report);
    expect(md.split('\n').filter((l) => l.startsWith('# '))).toEqual([`# ${escapeMarkdown(report.title)}`]);
    const h2 = report.blocks.filter((b) => b.type === 'heading' && b.level === 2).map((b) => `## ${escapeMarkdown((b as { text: string }).text)}`);
    for (const h of h2) expect(md).toContain(`\n${h}\n`);
    expect(md).not.toMatch(/\b[0-9a-f]{12,}\b/);
  });
});

describe('notes', () => {
  for (const c of cases.slice(0, 3))
    it(`${c.name}: gives the guidance as our paraphrase, never in quotation marks, with one stop after each place`, () => {
      const report = buildReport({ results: c.results, date: '2026-12-01' });
      const notes = report.blocks.flatMap((b) => (b.type === 'notes' ? b.items : []));
      const md = renderMarkdown(report);
      const withText = notes.filter((n) => n.quote);
      expect(withText.length).toBeGreaterThan(0);
      for (const n of withText) {
        expect(md).not.toContain(`“${n.quote}”`);
        expect(md).toContain(`In our words: ${n.quote!.slice(0, 20)}`);
      }
      for (const line of md.split('\n').filter((l) => l.startsWith('- \\['))) expect(line).not.toMatch(/[?!]\./);
    });
});
