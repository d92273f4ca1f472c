import type { Typography } from '../typography';

/** French (Canadian) typography: guillemets, a no-break space before ":", "?", "!", ";" and "»" and after "«". */
export const frTypography: Typography = { dateLocale: 'fr-CA', titleQuotes: ['«\u00a0', '\u00a0»'], answerQuotes: ['« ', ' »'], colon: '\u00a0:', noBreakBefore: ':;?!»', noBreakAfter: '«' };
