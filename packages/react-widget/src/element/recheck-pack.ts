/**
 * The reviewer's re-check of a saved decision record, with the rule-set changelogs it reads,
 * loaded when a record is opened. In the standalone build: the sibling
 * `coproduce-advisor.recheck.js` (see tsup.config.ts).
 */
export { recheckReportFor } from '../recheck';
