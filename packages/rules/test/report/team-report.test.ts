// These tests read French: register the pack, as an app that uses French does.
import '../../src/i18n/fr';
import { ValidationError } from '@coproduce/core';
import { describe, expect, it } from 'vitest';
import { evaluateGroupAll, localizeGroupResult, profileQuestions, teamAgenda, type GroupAllResults, type Profile, type RuleSetKey } from '../../src';
import { examples } from '../../src/examples';
import { buildTeamReport, renderHtml, renderMarkdown, renderText, teamMessages, type Block, type ListBlock, type Report, type TableBlock } from '../../src/report';

const keys: RuleSetKey[] = ['criteria', 'costs', 'brokering'];
const base = examples[0]!.profile as Record<string, unknown>;

/** A team where one person's view of one question changes a verdict (found from the rule sets, not assumed). */
function changingTeam(): { team: Record<string, Profile>; results: GroupAllResults } {
  for (const q of profileQuestions) {
    const values = q.type === 'boolean' ? [true, false] : q.type === 'enum' ? q.options.map((o) => o.value) : [];
    for (const v of values) {
      if (base[q.id] === v) continue;
      const team = { Priya: base as Profile, Sam: { ...base, [q.id]: v } as Profile, Lee: base as Profile };
      const results = evaluateGroupAll(team);
      if (keys.some((k) => results[k].counts.changingVerdict > 0)) return { team, results };
    }
  }
  throw new Error('no single answer changes a verdict: the worked example cannot make a contested team');
}

const { results } = changingTeam();
const after = (r: Report, anchor: string): Block[] => {
  const i = r.blocks.findIndex((b) => b.type === 'heading' && b.anchor === anchor);
  expect(i, `section ${anchor}`).toBeGreaterThan(0);
  const next = r.blocks.findIndex((b, j) => j > i && b.type === 'heading' && b.level <= 2);
  return r.blocks.slice(i + 1, next < 0 ? undefined : next);
};
const cites = (r: Report): number[] => JSON.stringify(r.blocks).match(/"cites":\[[\d,]*\]/g)?.flatMap((m) => JSON.parse(m.slice(8)) as number[]) ?? [];

describe('buildTeamReport', () => {
  for (const locale of ['en', 'fr'] as const)
    describe(locale, () => {
      const report = buildTeamReport({ results, locale, date: '2026-12-01', projectName: 'Falls service' });
      const local = Object.fromEntries(keys.map((k) => [k, localizeGroupResult(results[k], locale)])) as unknown as GroupAllResults;

      it('is a report the renderers take, titled in the locale', () => {
        expect(report.blocks[0]).toMatchObject({ type: 'heading', level: 1, text: teamMessages[locale]['team.titleFor'].replace('{project}', 'Falls service').replace(' :', '\u00a0:') });
        for (const out of [renderText(report), renderMarkdown(report), renderHtml(report)]) expect(out).toContain('Falls service');
      });

      it("gives each person's verdict on each rule set", () => {
        const table = after(report, 'team-verdicts').find((b): b is TableBlock => b.type === 'table')!;
        expect(table.rows).toHaveLength(results.criteria.respondents.length);
        results.criteria.respondents.forEach((p, i) => {
          expect(table.rows[i]![0]).toContain(p.name);
          keys.forEach((k, j) => expect(table.rows[i]![j + 1]).toBe(local[k].respondents[i]!.verdict.label));
        });
      });

      it('puts the disagreements that change a verdict first, with every "if the team adopts" sentence', () => {
        const list = after(report, 'team-disagreements').find((b): b is ListBlock => b.type === 'list')!;
        const changing = teamAgenda(local).filter((a) => a.changes.length);
        expect(changing.length).toBeGreaterThan(0);
        expect(list.items.map((x) => x.lead)).toEqual(changing.map((a) => a.label));
        const sentences = list.items.flatMap((x) => x.sub?.map((s) => s.text) ?? []);
        for (const k of keys) for (const d of local[k].disagreements) for (const a of d.adoptions) expect(sentences).toContain(a.sentence);
      });

      it('lists the agenda in agenda order, each item citing the guidance it rests on', () => {
        const list = after(report, 'team-agenda').find((b): b is ListBlock => b.type === 'list')!;
        const agenda = teamAgenda(local);
        expect(list.ordered).toBe(true);
        expect(list.items.map((x) => x.lead)).toEqual(agenda.slice(0, list.items.length).map((a) => a.label));
        list.items.forEach((x, i) => expect(x.cites!.length > 0).toBe(agenda[i]!.citations.length > 0));
      });

      it('gives the verdict on the agreed answers alone', () => {
        const list = after(report, 'team-agreed').find((b): b is ListBlock => b.type === 'list')!;
        keys.forEach((k, i) => expect(list.items[i]!.text.startsWith(`${local[k].agreed.verdict.label}.`)).toBe(true));
      });

      it('numbers citations like buildReport: 1..n, each resolving to a note', () => {
        const notes = report.blocks.find((b) => b.type === 'notes');
        const n = notes && notes.type === 'notes' ? notes.items.map((x) => x.n) : [];
        expect(n).toEqual(n.map((_, i) => i + 1));
        for (const c of cites(report)) expect(n).toContain(c);
        expect(cites(report).length).toBeGreaterThan(0);
      });
    });

  it('names are data: markup in a name is shown as text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const r = buildTeamReport({ results: evaluateGroupAll({ [name]: base as Profile, Sam: {} }), date: '2026-12-01' });
    const html = renderHtml(r);
    expect(html).not.toContain(name);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('one respondent: nothing contested, the agreed verdict is their own', () => {
    const r = evaluateGroupAll({ Priya: base as Profile });
    const report = buildTeamReport({ results: r, date: '2026-12-01' });
    expect(after(report, 'team-disagreements')).toEqual([{ type: 'paragraph', text: teamMessages.en['team.noChanging'] }]);
    expect(after(report, 'team-agenda')).toEqual([{ type: 'paragraph', text: teamMessages.en['team.noAgenda'] }]);
    const list = after(report, 'team-agreed').find((b): b is ListBlock => b.type === 'list')!;
    keys.forEach((k, i) => expect(list.items[i]!.text.startsWith(`${r[k].respondents[0]!.verdict.label}.`)).toBe(true));
  });

  it('brief: no citation numbers and no technical details; detail: the agreed answers and the technical block', () => {
    const brief = buildTeamReport({ results, brief: true, date: '2026-12-01' });
    expect(cites(brief)).toEqual([]);
    expect(brief.blocks.some((b) => b.type === 'technical')).toBe(false);
    const detail = buildTeamReport({ results, detail: true, date: '2026-12-01' });
    expect(detail.blocks.some((b) => b.type === 'technical')).toBe(true);
    const kv = after(detail, 'team-agreement').find((b) => b.type === 'key-value');
    expect(kv && kv.type === 'key-value' ? kv.items.length : 0).toBe(Object.keys(Object.assign({}, ...keys.map((k) => results[k].agreedAnswers))).length);
  });

  it('takes some rule sets only', () => {
    const r = buildTeamReport({ results: { criteria: results.criteria }, date: '2026-12-01' });
    const table = after(r, 'team-verdicts').find((b): b is TableBlock => b.type === 'table')!;
    expect(table.head).toHaveLength(2);
  });

  it('bad input is a typed error naming the field', () => {
    const bad = (x: unknown) => {
      try {
        buildTeamReport(x as never);
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).problems[0]!.path;
      }
      throw new Error('accepted');
    };
    expect(bad(null)).toEqual(['results']);
    expect(bad({ results: {} })).toEqual(['results']);
    expect(bad({ results: { criteria: { format: 'x' } } })).toEqual(['results', 'criteria']);
    expect(bad({ results: { nope: results.criteria } })).toEqual(['results', 'nope']);
    const other = evaluateGroupAll({ Ana: {} });
    expect(bad({ results: { criteria: results.criteria, costs: other.costs } })).toEqual(['results', 'costs', 'respondents']);
    expect(bad({ results, locale: 'xx' })).toEqual(['locale']);
  });

  it('does not change the results it is given', () => {
    const copy = JSON.stringify(results);
    buildTeamReport({ results, locale: 'fr', detail: true, date: '2026-12-01' });
    expect(JSON.stringify(results)).toBe(copy);
  });
});
