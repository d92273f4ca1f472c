/**
 * The standalone HTML export, loaded when the person asks for it. In the standalone build:
 * the sibling `coproduce-advisor.exports.js` (see tsup.config.ts). Markdown and the JSON
 * decision record stay in the element: `toMarkdown()` and `toDecisionRecord()` are synchronous.
 */
export { renderHtml } from '@coproduce/rules/report';
