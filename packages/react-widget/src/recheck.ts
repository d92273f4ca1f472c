import { buildRecheckReport, recheckRecord, type Report } from '@coproduce/rules/report';
import type { Locale } from '@coproduce/rules/i18n';

/**
 * A reviewer's re-check of a saved decision record (its JSON text): integrity against the
 * rule-set versions this advisor carries, the answers re-evaluated under the current
 * versions, and the changelog between them. A record from a version the advisor does not
 * carry is reported as such, never silently reinterpreted. Bad files throw ValidationError.
 */
export function recheckReportFor(text: string, locale: Locale, detail = false): Report {
  return buildRecheckReport(recheckRecord(text, { locale }), { locale, detail });
}
