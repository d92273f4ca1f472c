/**
 * Team mode's evaluation and report: group evaluation over the respondents (the Team view's
 * content) and the team's report. The controller loads this on first use of team mode, so an
 * embed that never uses it does not carry it (the standalone element loads it from its
 * sibling file `coproduce-advisor.team.js`); `@coproduce/react` and its `/controller` entry
 * pass it in at once, so their team views are there synchronously.
 */
import { buildTeamReport } from '@coproduce/rules/report';
import { buildTeamView } from './team';

export interface TeamSupport {
  readonly buildTeamView: typeof buildTeamView;
  readonly buildTeamReport: typeof buildTeamReport;
}

export const teamSupport: TeamSupport = { buildTeamView, buildTeamReport };
