import { buildReport, type Report } from '@coproduce/rules/report';
import type { AdvisorState } from './controller';

/** One person's report for the advisor's state (`@coproduce/rules/report`: the one wording for the widget, exports, CLI and docs). */
export function personReport(s: AdvisorState, detail = false): Report {
  const projectName = s.projectName.trim();
  return buildReport({
    results: s.canonical as never,
    locale: s.locale,
    ...(projectName ? { projectName } : {}),
    ...(s.customRuleSets.length ? { ruleSets: s.customRuleSets } : {}),
    detail,
  });
}
