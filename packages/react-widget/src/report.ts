/** The advisor's state as the shared report (`@coproduce/rules/report`): one wording for the widget, exports, CLI and docs. */
import { buildRecheckReport, buildReport, buildTeamReport, recheckRecord, renderMarkdown, type Report } from '@coproduce/rules/report';
import type { Locale } from '@coproduce/rules/i18n';
import type { AdvisorState } from './controller';

/** In team mode, the team's report (who answered, where they agree, what to discuss); else one person's. */
export function reportFor(s: AdvisorState, detail = false): Report {
  const projectName = s.projectName.trim();
  const team = s.mode === 'team' ? s.team?.view : undefined;
  if (team) return buildTeamReport({ results: team.canonical as never, locale: s.locale, ...(projectName ? { projectName } : {}), detail });
  return buildReport({
    results: s.canonical as never,
    locale: s.locale,
    ...(projectName ? { projectName } : {}),
    ...(s.customRuleSets.length ? { ruleSets: s.customRuleSets } : {}),
    detail,
  });
}

/** The report for the advisor's current state, in Markdown. */
export function toMarkdown(s: AdvisorState): string {
  return renderMarkdown(reportFor(s));
}

/**
 * A reviewer's re-check of a saved decision record (its JSON text): integrity against the
 * rule-set versions this advisor carries, the answers re-evaluated under the current
 * versions, and the changelog between them. A record from a version the advisor does not
 * carry is reported as such, never silently reinterpreted. Bad files throw ValidationError.
 */
export function recheckReportFor(text: string, locale: Locale, detail = false): Report {
  return buildRecheckReport(recheckRecord(text, { locale }), { locale, detail });
}

