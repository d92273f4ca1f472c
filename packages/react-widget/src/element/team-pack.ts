/**
 * Team mode for the element, loaded on first use (`mode="team"`, or a host setting a team):
 * the respondents panel and the Team view, with the controller's team evaluation and report.
 * In the standalone build this is the sibling file `coproduce-advisor.team.js`; the code it
 * shares with the element (core, rule sets, report) it takes from the element (see
 * tsup.config.ts), so nothing is downloaded twice.
 */
// Team mode's French rides here rather than in the element's French pack: a page that
// speaks French but never uses team mode does not download it (about 1 KB).
import { registerFrenchTeam } from '../i18n/fr-team';

registerFrenchTeam();

export { renderTeamPanel, renderTeamView, type TeamHooks } from './team-view';
export { teamSupport } from '../team-support';
