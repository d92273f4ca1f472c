// These tests read French: register the pack, as an app that uses French does.
import '../../src/i18n/fr';
import { describe, expect, it } from 'vitest';
import { buildReport, renderText, reportMessages, teamMessages } from '../../src/report';
import { cases } from './fixtures';

/** The literal words of a message template, without its placeholders. */
const fragments = (template: string) => template.split(/\{\w+\}/).map((s) => s.trim()).filter((s) => s.length >= 8);

describe('report messages', () => {
  it('every locale has every key, and no message is left untranslated by accident', () => {
    const en = reportMessages.en;
    const fr = reportMessages.fr;
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    // "(version …)" is the same word in French.
    const alike = new Set(['ruleSetVersion']);
    const same = Object.keys(en).filter((k) => !alike.has(k) && en[k as keyof typeof en] === fr[k as keyof typeof fr] && fragments(en[k as keyof typeof en]).length);
    expect(same).toEqual([]);
  });

  it('French reports have no English left from the report’s own wording', () => {
    const en = Object.values(reportMessages.en).flatMap(fragments);
    const fr = new Set(Object.values(reportMessages.fr).flatMap(fragments));
    const english = en.filter((f) => !fr.has(f));
    for (const c of cases)
      for (const detail of [false, true]) {
        // The technical details hold raw ids ("provisional"), which are not words to translate.
        const report = buildReport({ results: c.results, locale: 'fr', detail, projectName: 'Projet' });
        const text = renderText({ ...report, blocks: report.blocks.filter((b) => b.type !== 'technical') }, { width: 1000 });
        for (const f of english) expect(text, `"${f}" in ${c.name}`).not.toContain(f);
      }
  });
});

describe('team and re-check messages', () => {
  it('every locale has every key, and none is left untranslated', () => {
    const en = teamMessages.en;
    const fr = teamMessages.fr;
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    const same = Object.keys(en).filter((k) => en[k as keyof typeof en] === fr[k as keyof typeof fr] && fragments(en[k as keyof typeof en]).length);
    expect(same).toEqual([]);
  });
});
