// Locale packs: French is not in the default entries; it loads on demand. This file must not
// import the French pack statically (each test file runs in its own module graph and realm),
// so the first tests see the state of an app that has not loaded French.
import { describe, expect, it } from 'vitest';
import { answerLabel, evaluateAll, hasLocale, loadLocale, localizeQuestion, localizeResult, LocaleNotLoadedError, locales, messages, profileQuestions, translate, UnknownLocaleError } from '../../src';
import { localizeGroupResult } from '../../src/i18n';
import { buildReport, buildTeamReport, reportMessages, teamMessages } from '../../src/report';
import { evaluateGroupAll } from '../../src/group';
import { examples } from '../../src/examples';

const notLoaded = (f: () => unknown) => {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(LocaleNotLoadedError);
  const e = err as LocaleNotLoadedError;
  expect(e).toMatchObject({ name: 'LocaleNotLoadedError', code: 'LOCALE_NOT_LOADED', locale: 'fr' });
  expect(e.message).toContain("await loadLocale('fr')");
  expect(e.message).toContain("'@coproduce/rules/i18n/fr'");
};

describe('before the French pack is loaded', () => {
  const results = evaluateAll(examples[0]!.profile);
  const q = profileQuestions.find((x) => x.id === 'researchPurpose')!;

  it('lists both locales but has only English', () => {
    expect(locales).toEqual(['en', 'fr']);
    expect(hasLocale('en')).toBe(true);
    expect(hasLocale('fr')).toBe(false);
    expect(hasLocale('de')).toBe(false);
  });

  it('every synchronous API asked for French throws, saying what to load (no silent English)', () => {
    notLoaded(() => messages('fr'));
    notLoaded(() => translate('fr', 'ui.yes'));
    notLoaded(() => localizeQuestion(q, 'fr'));
    notLoaded(() => answerLabel(q, 'unsure', 'fr'));
    notLoaded(() => localizeResult(results.criteria, 'fr'));
    notLoaded(() => buildReport({ results, locale: 'fr' }));
    notLoaded(() => reportMessages.fr);
    notLoaded(() => teamMessages.fr);
    const group = evaluateGroupAll({ Ana: examples[0]!.profile, Ben: examples[1]!.profile });
    notLoaded(() => localizeGroupResult(group.criteria, 'fr'));
    notLoaded(() => buildTeamReport({ results: group, locale: 'fr' }));
  });

  it('English works without any pack', () => {
    expect(messages('en')['q.researchPurpose.label']).toBe(q.label);
    expect(localizeQuestion(q, 'en')).toBe(q);
    expect(buildReport({ results, locale: 'en' }).blocks.length).toBeGreaterThan(0);
  });
});

describe('loadLocale', () => {
  it('rejects an unknown locale with a typed error naming the locales there are', async () => {
    const p = loadLocale('de' as never);
    await expect(p).rejects.toBeInstanceOf(UnknownLocaleError);
    await expect(p).rejects.toBeInstanceOf(RangeError);
    await expect(p).rejects.toMatchObject({ name: 'UnknownLocaleError', code: 'UNKNOWN_LOCALE', locale: 'de', expected: ['en', 'fr'] });
    await expect(loadLocale(42 as never)).rejects.toThrow(/Unknown locale 42: expected one of en, fr/);
    expect(() => messages('de' as never)).toThrow(UnknownLocaleError);
    expect(hasLocale('fr')).toBe(false);
  });

  it('resolves at once for English', async () => {
    await expect(loadLocale('en')).resolves.toBeUndefined();
    expect(hasLocale('fr')).toBe(false);
  });

  it('loads French on demand; then the synchronous APIs speak French', async () => {
    // Two callers at once (a widget and a report) both resolve, and the pack registers once.
    await Promise.all([loadLocale('fr'), loadLocale('fr')]);
    expect(hasLocale('fr')).toBe(true);
    const q = profileQuestions.find((x) => x.id === 'researchPurpose')!;
    expect(localizeQuestion(q, 'fr').label).toBe('À quoi la recherche sert-elle d’abord?');
    expect(reportMessages.fr.title).toBe('Conseils sur la coproduction');
    expect(teamMessages.fr['team.title']).toBe('Conseils sur la coproduction pour une équipe');
    const text = JSON.stringify(buildReport({ results: evaluateAll(examples[0]!.profile), locale: 'fr', date: '2026-12-01' }));
    expect(text).toContain('1 décembre 2026');
  });

  it('is idempotent: loading again changes nothing', async () => {
    const before = messages('fr');
    await loadLocale('fr');
    expect(messages('fr')).toBe(before);
    expect(Object.keys(before).length).toBe(Object.keys(messages('en')).length);
  });
});
