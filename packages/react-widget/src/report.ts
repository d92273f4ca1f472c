/** The advisor's state as the shared report (`@coproduce/rules/report`): one wording for the widget, exports, CLI and docs. */
import { buildReport, renderMarkdown, type Report } from '@coproduce/rules/report';
import type { AdvisorState } from './controller';

export function reportFor(s: AdvisorState, detail = false): Report {
  const projectName = s.projectName.trim();
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
