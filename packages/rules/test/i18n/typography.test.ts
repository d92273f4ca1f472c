import { describe, expect, it } from 'vitest';
import { LocaleNotLoadedError, loadLocale } from '../../src/i18n';
import { noBreakSpaces, typography } from '../../src/i18n/typography';

describe('typography', () => {
  it('English needs no pack and changes no space', () => {
    expect(typography('en')).toMatchObject({ dateLocale: 'en-GB', colon: ':' });
    expect(noBreakSpaces('en', 'Why : « this » ?')).toBe('Why : « this » ?');
  });

  it('French comes with its pack: before it, asking throws; after it, its spaces hold', async () => {
    expect(() => typography('fr')).toThrow(LocaleNotLoadedError);
    await loadLocale('fr');
    expect(typography('fr')).toMatchObject({ dateLocale: 'fr-CA', colon: '\u00a0:', titleQuotes: ['«\u00a0', '\u00a0»'] });
    expect(noBreakSpaces('fr', 'Pourquoi : « ceci » ? Oui ; non !')).toBe('Pourquoi\u00a0: «\u00a0ceci\u00a0» ? Oui\u00a0; non\u00a0!'.replace(' ?', '\u00a0?'));
  });
});
