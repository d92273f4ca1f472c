// These tests read French: register the pack, as an app that uses French does.
import '../src/i18n/fr';
import { describe, expect, it } from 'vitest';
import { criteria, evaluateAll, localizeQuestion, localizeResult, messages, profileQuestions, translate } from '../src';
import { examples } from '../src/examples';

describe('message catalogues', () => {
  const en = messages('en');
  const fr = messages('fr');

  it('has an English message for every text in the rule sets', () => {
    expect(Object.keys(en).length).toBeGreaterThan(700);
    for (const q of profileQuestions) expect(en[`q.${q.id}.label`]).toBe(q.label);
  });

  it('has a French message for every English key, and no others', () => {
    const missing = Object.keys(en).filter((k) => !fr[k]?.trim());
    const extra = Object.keys(fr).filter((k) => !(k in en));
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
  });

  it('translates rather than copies: no long French message equals its English', () => {
    const copied = Object.keys(en).filter((k) => en[k]!.length > 24 && fr[k] === en[k]);
    expect(copied).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',');
    for (const k of Object.keys(en)) expect(ph(fr[k]!), k).toBe(ph(en[k]!));
  });

  it('rejects an unknown locale with a clear error', () => {
    expect(() => messages('de' as never)).toThrow(/Unknown locale "de": expected one of en, fr/);
  });
});

describe('localised questions and results', () => {
  it('translates a question and its options without changing ids or values', () => {
    const q = profileQuestions.find((x) => x.id === 'researchPurpose')!;
    const f = localizeQuestion(q, 'fr');
    expect(f.label).toBe('À quoi la recherche sert-elle d’abord?');
    expect(f.type === 'enum' && f.options.map((o) => o.value)).toEqual(['how-to-implement', 'whether-it-works', 'unsure']);
  });

  it('translates a whole result, keeping its logic and hash', () => {
    const r = evaluateAll(examples[1]!.profile).criteria;
    const f = localizeResult(r, 'fr');
    const fr = messages('fr');
    expect(f.verdict).toMatchObject({ id: r.verdict.id, score: r.verdict.score, label: fr[`band.coproduction-criteria.${r.verdict.id}.label`] });
    // The summary that says what the answers did is translated too, not the band's plain one.
    const shape = Object.entries(criteria.bands.find((b) => b.id === r.verdict.id)!.summaries ?? {}).find(([, t]) => t === r.verdict.summary)?.[0];
    expect(shape).toBeDefined();
    expect(f.verdict.summary).toBe(fr[`band.coproduction-criteria.${r.verdict.id}.summary.${shape}`]);
    expect(f.notes!.map((n) => n.title)).toEqual(r.notes!.map((n) => fr[`ref.coproduction-criteria.${n.id}.title`]));
    expect(f.rules[0]!.citations[0]!.text).toBe(fr[`guidance.${r.rules[0]!.citations[0]!.guidance}`]);
    expect(f.ruleSet.hash).toBe(r.ruleSet.hash);
    expect(f.rules.map((x) => x.status)).toEqual(r.rules.map((x) => x.status));
    const change = f.whatWouldChange.find((c) => c.question === 'decisionSpace')!;
    expect(change.sentence).toBe(`Si « Les résultats pourraient-ils encore arrêter, modifier ou renverser le programme? » était « non » au lieu de « oui », le verdict deviendrait « ${fr['band.coproduction-criteria.favour.label']} ».`);
    expect(localizeResult(r, 'en')).toBe(r);
  });

  it('translates the insufficient-information verdict with its numbers', () => {
    const f = localizeResult(evaluateAll({}).criteria, 'fr');
    expect(f.verdict.label).toBe('Information insuffisante');
    expect(f.verdict.summary).toContain('au moins 3 question(s) (0 répondue(s)');
    expect(translate('fr', 'ui.fit.suits', { option: 'équipe' })).toBe('Convient au modèle équipe');
  });

  it('translates risk mitigations and brokering rankings', () => {
    const all = evaluateAll(examples[0]!.profile);
    const b = localizeResult(all.brokering, 'fr');
    expect(b.ranking[0]!.label).toBe('Équipe de courtage intégrée');
    const c = localizeResult(evaluateAll(examples[1]!.profile).costs, 'fr');
    expect(c.risks[0]!.mitigations[0]!.title).toBe('Vérifier d’abord la date de la décision');
  });
});
