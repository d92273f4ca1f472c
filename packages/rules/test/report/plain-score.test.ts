// These tests read French: register the pack, as an app that uses French does.
import '../../src/i18n/fr';
import { describe, expect, it } from 'vitest';
import { localizeResult } from '../../src';
import { fitCounts, plainScore, signalCounts, topOptions } from '../../src/report';
import { cases } from './fixtures';

describe('plainScore', () => {
  for (const c of cases)
    for (const locale of ['en', 'fr'] as const)
      it(`${c.name} (${locale}): says what the score means, never the raw score`, () => {
        for (const canonical of Object.values(c.results)) {
          const r = localizeResult(canonical, locale);
          const words = plainScore(r, locale);
          expect(words.length).toBeGreaterThan(0);
          if (r.status === 'insufficient-information') {
            expect(words).not.toMatch(/\d/); // no count, no score: there is no verdict to explain
            continue;
          }
          if (r.ruleSet.kind === 'verdict') {
            const n = signalCounts(r);
            const fired = r.rules.filter((x) => x.status === 'fired').flatMap((x) => x.outcomes).filter((o) => o.effect.type === 'signal');
            expect(n.for + n.against).toBe(fired.length);
            expect(words).toMatch(new RegExp(`\\b${n.for}\\b[\\s\\S]*\\b${n.against}\\b`));
          }
          if (r.ruleSet.kind === 'register') {
            for (const sev of ['high', 'medium', 'low'] as const) {
              const n = r.risks.filter((f) => f.severity === sev).length;
              if (n) expect(words).toMatch(new RegExp(`\\b${n}\\b`));
            }
          }
          if (r.ruleSet.kind === 'ranking') {
            const top = topOptions(r);
            if (top[0]!.score > 0) for (const o of top) expect(words).toContain(o.label);
            if (top.length === 1 && top[0]!.score > 0) {
              const f = fitCounts(r, top[0]!.option);
              expect(words).toMatch(new RegExp(`\\b${f.for}\\b[\\s\\S]*\\b${f.against}\\b`));
            }
          }
          // The raw score is not the point: a verdict's number never stands alone in the words.
          if (r.verdict.score !== null && r.ruleSet.kind !== 'register') expect(words).not.toMatch(new RegExp(`(score|${r.verdict.score} points)`, 'i'));
        }
      });
});

describe('fitCounts', () => {
  it('counts what moves the fit only, never what the setting does for or against an option', () => {
    let settingSeen = 0;
    for (const c of cases)
      for (const r of Object.values(c.results)) {
        if (r.ruleSet.kind !== 'ranking') continue;
        for (const o of r.ranking) {
          const fired = r.rules.filter((x) => x.status === 'fired').flatMap((x) => x.outcomes);
          const fit = fired.filter((x) => x.effect.type === 'fit' && x.effect.option === o.option && x.effect.weight !== 0);
          const own = fit.filter((x) => x.effect.type === 'fit' && x.effect.scale !== 'feasibility');
          settingSeen += fit.length - own.length;
          const n = fitCounts(r, o.option);
          expect(n.for).toBe(own.filter((x) => x.effect.type === 'fit' && x.effect.weight > 0).length);
          expect(n.against).toBe(own.filter((x) => x.effect.type === 'fit' && x.effect.weight < 0).length);
        }
      }
    // The worked examples do fire feasibility effects, so this test tells the two apart.
    expect(settingSeen).toBeGreaterThan(0);
  });
});
