/**
 * Locale packs: the words of a locale other than English, loaded only by those who use it.
 * A pack registers its parts (the rule-set catalogue, the report's wording, a widget's own
 * text) here. The store lives on `globalThis` under a registered symbol so that a pack built
 * as its own file (the widget's `coproduce-advisor.fr.js`) registers into the same store as
 * the bundle that reads it, even though each carries its own copy of this module.
 */

/** Locales whose words ship in packs rather than with the logic. */
export const packLocales = ['fr'] as const;
export type PackLocale = (typeof packLocales)[number];

/** Thrown by a synchronous API asked for a locale whose pack has not been loaded yet. */
export class LocaleNotLoadedError extends Error {
  override readonly name = 'LocaleNotLoadedError';
  readonly code = 'LOCALE_NOT_LOADED';
  constructor(
    readonly locale: string,
    readonly part: string,
    hint = `await loadLocale('${locale}') from '@coproduce/rules/i18n', or import '@coproduce/rules/i18n/${locale}'`,
  ) {
    super(`The "${locale}" locale pack is not loaded (${part} text was asked for): ${hint} first. English needs no pack.`);
  }
}

/** Thrown for a locale the packages have no words for. */
export class UnknownLocaleError extends RangeError {
  override readonly name = 'UnknownLocaleError';
  readonly code = 'UNKNOWN_LOCALE';
  constructor(
    readonly locale: unknown,
    readonly expected: readonly string[],
  ) {
    super(`Unknown locale ${JSON.stringify(locale) ?? String(locale)}: expected one of ${expected.join(', ')}`);
  }
}

type Store = Map<string, Map<string, unknown>>;
const KEY = Symbol.for('@coproduce/rules/locale-packs');

function store(): Store {
  const g = globalThis as { [KEY]?: Store };
  return (g[KEY] ??= new Map());
}

/** Register one part of a locale pack. Registering again replaces it (packs are idempotent). */
export function registerLocalePart(locale: PackLocale, part: string, data: unknown): void {
  let parts = store().get(locale);
  if (!parts) store().set(locale, (parts = new Map()));
  parts.set(part, data);
}

/** Whether a part of a locale pack is registered. */
export function hasLocalePart(locale: string, part: string): boolean {
  return store().get(locale)?.has(part) ?? false;
}

/** A registered part of a locale pack; throws `LocaleNotLoadedError` when it is not loaded. */
export function localePart<T>(locale: string, part: string, hint?: string): T {
  const parts = store().get(locale);
  if (!parts?.has(part)) throw new LocaleNotLoadedError(locale, part, hint);
  return parts.get(part) as T;
}
