// These tests read French: register the pack, as an app that uses French does.
import '../../src/i18n/fr';
import { evaluate, ValidationError, type EvaluationResult } from '@coproduce/core';
import { describe, expect, it } from 'vitest';
import { localizeQuestion, localizeResult, profileQuestions, ruleSets, sources } from '../../src';
import { buildReport, plainScore, ruleSetTitle, statusWords, type Block, type Report } from '../../src/report';
import { cases, hostile, hostileResult, textsOf, tiedRanking } from './fixtures';

const blocksOf = (r: Report, type: Block['type']) => r.blocks.filter((b) => b.type === type);
const allCites = (r: Report): number[] => {
  const out: number[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) k === 'cites' ? out.push(...(v as number[])) : walk(v);
  };
  walk(r.blocks);
  return out;
};
const answersBlock = (r: Report) => {
  const i = r.blocks.findIndex((b) => b.type === 'heading' && b.anchor === 'answers');
  return r.blocks[i + 1]!;
};

describe('buildReport', () => {
  for (const c of cases)
    for (const locale of ['en', 'fr'] as const)
      describe(`${c.name} (${locale})`, () => {
        const report = buildReport({ results: c.results, locale, date: '2026-12-01' });
        const localized = Object.fromEntries(Object.entries(c.results).map(([k, r]) => [k, localizeResult(r, locale)]));

        it('holds each answered question with its answer, in questionnaire order', () => {
          const answers: Record<string, unknown> = Object.assign({}, ...Object.values(c.results).map((r) => r.answers));
          const asked = profileQuestions.filter((q) => answers[q.id] !== undefined);
          const block = answersBlock(report);
          if (asked.length === 0) {
            expect(block.type).toBe('paragraph');
            return;
          }
          expect(block.type).toBe('key-value');
          const items = (block as Extract<Block, { type: 'key-value' }>).items;
          expect(items.map((x) => x.key)).toEqual(asked.map((q) => localizeQuestion(q, locale).label));
          asked.forEach((q, i) => {
            const lq = localizeQuestion(q, locale);
            const value = answers[q.id];
            if (lq.type === 'enum') expect(items[i]!.value).toBe(lq.options.find((o) => o.value === value)!.label);
            if (lq.type === 'multi-select') for (const v of value as string[]) expect(items[i]!.value).toContain(lq.options.find((o) => o.value === v)!.label);
            if (lq.type === 'number') expect(items[i]!.value).toContain(String(value));
          });
        });

        it('says each verdict, its summary and status in the locale, in rule-set order', () => {
          const texts = textsOf(report.blocks).join('\n');
          const keys = Object.keys(c.results);
          for (const k of keys) {
            const r = localized[k]!;
            expect(texts).toContain(r.verdict.label);
            const builtIn = (ruleSets as Record<string, (typeof ruleSets)[keyof typeof ruleSets] | undefined>)[k];
            if (r.status === 'insufficient-information' && builtIn?.id === r.ruleSet.id) {
              // Why there is no verdict, counting this rule set's own questions (not the engine's
              // "0 answered so far" beside answers to the other rule sets), and what to answer first.
              const own = builtIn.questions.filter((q) => r.answers[q.id] !== undefined).length;
              const line = texts.split('\n').find((t) => t.includes(r.unanswered[0]!.label) && /\d/.test(t) && t !== r.unanswered[0]!.label);
              expect(line, 'the insufficient-information sentence').toBeDefined();
              if (own > 0) expect(line).toContain(String(own));
              expect(line).not.toContain(r.verdict.summary!);
            } else if (r.verdict.summary) expect(texts).toContain(r.verdict.summary);
            expect(texts).toContain(statusWords(r, locale));
            expect(texts).toContain(plainScore(r, locale));
          }
          const headings = blocksOf(report, 'heading').filter((h) => h.type === 'heading' && h.level === 2 && h.anchor?.startsWith('rs-')).map((h) => (h as { text: string }).text);
          expect(headings).toEqual(keys.map((k) => ruleSetTitle(c.results[k]!, locale)));
        });

        it('gives the top reasons, the risks, the requirements and what would change each verdict', () => {
          const texts = textsOf(report.blocks);
          for (const r of Object.values(localized)) {
            for (const f of r.risks.filter((x) => x.severity === 'high')) expect(texts).toContain(f.detail);
            for (const a of r.advice.filter((x) => x.level === 'requirement')) expect(texts).toContain(a.detail);
            for (const w of r.whatWouldChange.slice(0, 3)) expect(texts).toContain(w.sentence);
            if (r.ruleSet.kind === 'verdict') {
              const strongest = r.rules.filter((x) => x.status === 'fired' && x.outcomes.some((o) => o.effect.type === 'signal'));
              if (strongest.length) expect(texts).toContain(strongest.reduce((a, b) => (weight(b) > weight(a) ? b : a)).explanation);
            }
          }
        });

        it('lists the open questions that could change a verdict', () => {
          const texts = textsOf(report.blocks);
          for (const r of Object.values(localized)) for (const u of r.unanswered.filter((x) => x.couldChangeVerdict)) expect(texts).toContain(u.label);
        });

        it('numbers citations 1..n, every number resolves to a note and every note is used', () => {
          const notes = blocksOf(report, 'notes').flatMap((b) => (b as Extract<Block, { type: 'notes' }>).items);
          expect(notes.map((n) => n.n)).toEqual(notes.map((_, i) => i + 1));
          const used = new Set(allCites(report));
          for (const n of used) expect(notes.some((x) => x.n === n)).toBe(true);
          for (const n of notes) expect(used.has(n.n)).toBe(true);
          // Every note's source is in the source list, with its DOI as a link.
          const srcs = blocksOf(report, 'sources').flatMap((b) => (b as Extract<Block, { type: 'sources' }>).items);
          for (const n of notes) expect(srcs.some((s) => s.key === n.source)).toBe(true);
          for (const s of srcs) {
            const src = (sources as Record<string, { doi?: string; licence?: string }>)[s.key];
            if (src?.doi) expect(s.url).toBe(`https://doi.org/${src.doi.replace(/^doi:/, '')}`);
            if (src?.licence) expect(s.licence).toContain(src.licence);
          }
        });

        it('is plain JSON data', () => {
          expect(JSON.parse(JSON.stringify(report))).toEqual(report);
        });
      });

  it('the detailed report adds every reason and the technical details, with hashes and guidance ids', () => {
    const c = cases[0]!;
    const short = buildReport({ results: c.results, date: '2026-12-01' });
    const long = buildReport({ results: c.results, date: '2026-12-01', detail: true });
    const longTexts = textsOf(long.blocks);
    for (const r of Object.values(c.results)) {
      for (const rule of r.rules.filter((x) => x.status === 'fired' && x.outcomes.some((o) => o.effect.type === 'signal'))) expect(longTexts).toContain(rule.explanation);
      expect(longTexts).toContain(r.ruleSet.hash);
      for (const a of r.advice) expect(longTexts.join('\n')).toContain(a.detail);
    }
    expect(allCites(long).length).toBeGreaterThan(allCites(short).length);
    // Every citation of every reason, risk and piece of advice has its own note, with its guidance id.
    const notes = blocksOf(long, 'notes').flatMap((b) => (b as Extract<Block, { type: 'notes' }>).items);
    const shown = Object.values(c.results).flatMap((r) => [
      ...r.rules.filter((x) => x.status === 'fired' && x.outcomes.some((o) => o.effect.type === 'signal')).flatMap((x) => x.citations),
      ...r.risks.flatMap((f) => f.citations),
      ...r.advice.flatMap((a) => a.citations),
    ]);
    expect(shown.length).toBeGreaterThan(0);
    for (const cit of shown) expect(notes.some((n) => n.source === cit.source && n.guidance === cit.guidance && n.text.endsWith(cit.place))).toBe(true);
  });

  it('does not mutate the results it is given', () => {
    const c = cases[0]!;
    const before = JSON.stringify(c.results);
    buildReport({ results: c.results, locale: 'fr', detail: true });
    expect(JSON.stringify(c.results)).toBe(before);
  });

  it('writes the date as people do, in the locale', () => {
    const kv = (r: Report) => (r.blocks.find((b) => b.type === 'key-value') as Extract<Block, { type: 'key-value' }>).items;
    expect(kv(buildReport({ results: {}, date: '2026-12-01' }))).toContainEqual({ key: 'Date', value: '1 December 2026' });
    expect(kv(buildReport({ results: {}, date: '2026-12-01T23:30:00Z', locale: 'fr' }))).toContainEqual({ key: 'Date', value: '1 décembre 2026' });
  });

  it('uses the project name and title, and today by default', () => {
    const r = buildReport({ results: cases[0]!.results, projectName: 'Bristol pilot' });
    expect(r.title).toContain('Bristol pilot');
    expect(r.date).toBe(new Date().toISOString().slice(0, 10));
    expect(buildReport({ results: {}, title: 'My title' }).title).toBe('My title');
  });

  it('rejects bad input with a typed error naming the field', () => {
    const bad: [unknown, string][] = [
      [{ results: [] }, 'results'],
      [{ results: { criteria: { verdict: 1 } } }, 'results.criteria'],
      [{ results: {}, locale: 'de' }, 'locale'],
      [{ results: {}, date: 'yesterday' }, 'date'],
      [{ results: {}, projectName: 'x'.repeat(500) }, 'projectName'],
      [{ results: {}, ruleSets: {} }, 'ruleSets'],
      [{ results: {}, ruleSets: [{ id: 'not loaded' }] }, 'ruleSets.0'],
    ];
    for (const [input, field] of bad) {
      let err: unknown;
      try {
        buildReport(input as never);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).problems.map((p) => p.path.join('.'))).toContain(field);
    }
  });

  it('shows a custom rule set with its own sources and questions', () => {
    const r = buildReport({ results: { hostile: hostileResult }, ruleSets: [hostile] });
    const texts = textsOf(r.blocks);
    expect(texts).toContain(hostile.sources.src!.reference);
    expect(texts).toContain(hostile.questions[0]!.label);
  });

  it('a tied ranking reads as no clear fit, naming the tied options', () => {
    const res = evaluate(tiedRanking, { aim: true });
    const words = plainScore(res, 'en');
    for (const o of res.ranking) expect(words).toContain(o.label);
    expect(words).not.toMatch(/Best fit/);
  });

  it('a ranking verdict of "no clear fit" never calls the top option the best fit', () => {
    const res = cases[0]!.results.brokering!;
    const top = res.ranking[0]!;
    expect(plainScore(res, 'en')).toContain(top.label);
    const noFit = { ...res, verdict: { ...res.verdict, id: 'no-clear-fit', label: 'No clear fit' } };
    expect(plainScore(noFit, 'en')).toContain(top.label);
    expect(plainScore(noFit, 'en')).not.toBe(plainScore(res, 'en'));
    expect(plainScore(noFit, 'fr')).not.toBe(plainScore(res, 'fr'));
  });

  it('an empty ranking (insufficient information) gives no ranking table and says there is no verdict yet', () => {
    // Issue 11: the ranking is empty when the status is insufficient-information.
    const res = { ...evaluate(tiedRanking, {}), ranking: [] };
    expect(res.status).toBe('insufficient-information');
    const r = buildReport({ results: { tied: res }, ruleSets: [tiedRanking] });
    expect(blocksOf(r, 'table')).toHaveLength(0);
    expect(textsOf(r.blocks).join('\n')).toContain(statusWords(res, 'en'));
  });

  it('shows the guidance text of a citation that carries one', () => {
    const base = cases[0]!.results.criteria!;
    const withText: EvaluationResult = { ...base, verdict: { ...base.verdict, citations: base.verdict.citations.map((c) => ({ ...c, text: 'The guidance itself.' })) } };
    const r = buildReport({ results: { criteria: withText } });
    const notes = blocksOf(r, 'notes').flatMap((b) => (b as Extract<Block, { type: 'notes' }>).items);
    expect(notes[0]!.quote).toBe('The guidance itself.');
  });
});

function weight(rule: EvaluationResult['rules'][number]): number {
  return Math.max(...rule.outcomes.map((o) => (o.effect.type === 'signal' ? o.effect.weight : 0)));
}
