/**
 * Team mode for the element, loaded on first use (`mode="team"`, or a host setting a team):
 * the respondents panel and the Team view, with the controller's team evaluation and report.
 * In the standalone build this is the sibling file `coproduce-advisor.team.js`; the code it
 * shares with the element (core, rule sets, report) it takes from the element (see
 * tsup.config.ts), so nothing is downloaded twice.
 */
export { renderTeamPanel, renderTeamView, type TeamHooks } from './team-view';
export { teamSupport } from '../team-support';
