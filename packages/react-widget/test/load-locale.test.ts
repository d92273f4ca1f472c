// Loading a locale pack on demand. Nothing here imports the French pack statically: each
// test file runs in its own module graph and realm, so these start as a page that never
// loaded French.
import { describe, expect, it } from 'vitest';
import { LocaleNotLoadedError } from '@coproduce/rules/i18n';
import { createAdvisor, type Advisor, type AdvisorState } from '../src/controller';
import { hasAdvisorLocale, loadAdvisorLocale } from '../src/load-locale';
import { ui, uiMessages } from '../src/messages';

const until = (a: Advisor, ok: (s: AdvisorState) => boolean) =>
  new Promise<AdvisorState>((done) => {
    if (ok(a.getState())) return done(a.getState());
    const off = a.subscribe((s) => ok(s) && (off(), done(s)));
  });

describe('the widget before French is loaded', () => {
  it('has English only, and asking for French text throws saying what to load', () => {
    expect(hasAdvisorLocale('en')).toBe(true);
    expect(hasAdvisorLocale('fr')).toBe(false);
    expect(() => uiMessages.fr).toThrow(LocaleNotLoadedError);
    expect(() => ui('fr', 'title')).toThrow(/await loadAdvisorLocale\('fr'\).*@coproduce\/react\/i18n\/fr/);
    expect(ui('en', 'title')).toBe('Co-production advisor');
  });

  it('a failed load shows one plain message and stays in English', async () => {
    const a = createAdvisor({ ruleSets: ['criteria'], loadLocale: () => Promise.reject(new Error('offline')) });
    a.setLocale('fr');
    expect(a.getState()).toMatchObject({ locale: 'en', loadingLocale: 'fr' });
    const s = await until(a, (x) => x.loadingLocale === undefined);
    expect(s.locale).toBe('en');
    expect(s.problems).toEqual([ui('en', 'localeFailed')]);
    expect(s.results.criteria!.verdict.label).toBe('Insufficient information');
  });

  it('a pack that loads but registers nothing counts as a failure, not as French', async () => {
    const a = createAdvisor({ ruleSets: ['criteria'], loadLocale: () => Promise.resolve() });
    a.setLocale('fr');
    const s = await until(a, (x) => x.loadingLocale === undefined);
    expect(s.locale).toBe('en');
    expect(s.problems).toEqual([ui('en', 'localeFailed')]);
  });

  it('the last choice wins: choosing English while French loads keeps English', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // This loader registers nothing: if its late answer were not ignored, it would show the failure message.
    const a = createAdvisor({ ruleSets: ['criteria'], loadLocale: () => gate });
    a.setLocale('fr');
    a.setLocale('en');
    expect(a.getState()).toMatchObject({ locale: 'en', loadingLocale: undefined });
    release();
    await gate;
    await new Promise((r) => setTimeout(r, 0));
    expect(a.getState()).toMatchObject({ locale: 'en', loadingLocale: undefined, problems: [] });
  });
});

describe('loading French on demand', () => {
  it('an advisor created with locale "fr" shows English meanwhile, then French', async () => {
    const a = createAdvisor({ ruleSets: ['criteria'], locale: 'fr' });
    expect(a.getState()).toMatchObject({ locale: 'en', loadingLocale: 'fr' });
    const s = await until(a, (x) => x.locale === 'fr');
    expect(s.loadingLocale).toBeUndefined();
    expect(s.problems).toEqual([]);
    expect(s.results.criteria!.verdict.label).toBe('Information insuffisante');
    expect(ui('fr', 'title')).toBe(uiMessages.fr.title);
    expect(hasAdvisorLocale('fr')).toBe(true);
  });

  it('once loaded, French is immediate and every widget message has a translation', async () => {
    await loadAdvisorLocale('fr');
    const a = createAdvisor({ locale: 'fr' });
    expect(a.getState().locale).toBe('fr');
    const missing = Object.keys(uiMessages.en).filter((k) => !uiMessages.fr[k as keyof typeof uiMessages.en]?.trim());
    expect(missing).toEqual([]);
    await expect(loadAdvisorLocale('de' as never)).rejects.toThrow(/Unknown locale "de"/);
  });
});
