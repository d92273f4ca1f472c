import type { Locale } from './index';
import { localePart } from './packs';

/** How a locale sets text apart: quotes, the colon after a label, no-break spaces, dates. */
export interface Typography {
  /** The BCP 47 tag dates are written in ("1 December 2026"). */
  readonly dateLocale: string;
  /** Quotes around a title quoted in the report. */
  readonly titleQuotes: readonly [string, string];
  /** Quotes around an answer quoted in a sentence. */
  readonly answerQuotes: readonly [string, string];
  /** What follows a label ("Verdict:"). */
  readonly colon: string;
  /** A space before one of these characters must not break a line (French ":", "?", "»"…). */
  readonly noBreakBefore: string;
  /** Nor a space after one of these ("«"). */
  readonly noBreakAfter: string;
}

const english: Typography = { dateLocale: 'en-GB', titleQuotes: ['“', '”'], answerQuotes: ['"', '"'], colon: ':', noBreakBefore: '', noBreakAfter: '' };

/** A locale's typography: English here, others from their pack (throws `LocaleNotLoadedError` if not loaded). */
export function typography(locale: Locale): Typography {
  return locale === 'en' ? english : localePart<Typography>(locale, 'typography');
}

const escape = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');
const spaces = new Map<string, { before: RegExp | undefined; after: RegExp | undefined }>();

/** The text with the spaces the locale keeps on one line made no-break spaces. */
export function noBreakSpaces(locale: Locale, text: string): string {
  const t = typography(locale);
  const key = `${t.noBreakBefore}\u0000${t.noBreakAfter}`;
  let re = spaces.get(key);
  if (!re) spaces.set(key, (re = { before: t.noBreakBefore ? new RegExp(` ([${escape(t.noBreakBefore)}])`, 'g') : undefined, after: t.noBreakAfter ? new RegExp(`([${escape(t.noBreakAfter)}]) `, 'g') : undefined }));
  let out = text;
  if (re.before) out = out.replace(re.before, '\u00a0$1');
  if (re.after) out = out.replace(re.after, '$1\u00a0');
  return out;
}
