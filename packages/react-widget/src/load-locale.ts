import { hasLocale, hasLocalePart, loadLocale, LocaleNotLoadedError, type Locale } from '@coproduce/rules/i18n';

/** Whether the advisor can show a locale now: its rule-set, report and widget text are all loaded. */
export function hasAdvisorLocale(locale: Locale): boolean {
  return locale === 'en' || (hasLocale(locale) && hasLocalePart(locale, 'widget'));
}

/**
 * Load what the advisor needs to speak a locale: the widget's pack, which brings the rules'
 * pack with it, then `loadLocale` to check the rules' words are registered. In the standalone
 * element both imports are the sibling file `coproduce-advisor.fr.js` (see tsup.config.ts).
 */
export async function loadAdvisorLocale(locale: Locale): Promise<void> {
  if (hasAdvisorLocale(locale)) return;
  if (locale === 'fr') await import('./i18n/fr');
  await loadLocale(locale);
  if (!hasAdvisorLocale(locale)) throw new LocaleNotLoadedError(locale, 'widget', `its pack loaded but did not register; import '@coproduce/react/i18n/${locale}'`);
}
