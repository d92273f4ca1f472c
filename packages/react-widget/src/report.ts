/** The advisor's state as the shared report (`@coproduce/rules/report`): one wording for the widget, exports, CLI and docs. */
import { buildTeamReport, renderMarkdown, type Report } from '@coproduce/rules/report';
import type { AdvisorState } from './controller';
import { personReport } from './person-report';

export { recheckReportFor } from './recheck';

/** In team mode, the team's report (who answered, where they agree, what to discuss); else one person's. */
export function reportFor(s: AdvisorState, detail = false): Report {
  const projectName = s.projectName.trim();
  const team = s.mode === 'team' ? s.team?.view : undefined;
  if (team) return buildTeamReport({ results: team.canonical as never, locale: s.locale, ...(projectName ? { projectName } : {}), detail });
  return personReport(s, detail);
}

/** The report for the advisor's current state, in Markdown. */
export function toMarkdown(s: AdvisorState): string {
  return renderMarkdown(reportFor(s));
}
