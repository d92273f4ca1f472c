/**
 * `@coproduce/rules/report`: the one report a person reads, written once. `buildReport`
 * makes a plain, localised model; the renderers map it to text, Markdown or HTML; the
 * widget renders the same model with the DOM. Decision records are the machine-readable twin.
 */
export { buildReport, ruleSetTitle, statusWords, type ReportInput } from './build-report';
export { buildTeamReport, type TeamReportInput } from './team-report';
export { renderText, type TextOptions } from './render-text';
export { renderMarkdown, escapeMarkdown } from './render-markdown';
export { renderHtml, escapeHtml, reportCss, type HtmlOptions } from './render-html';
export { renderDom, type DomOptions } from './render-dom';
export { plainScore, signalCounts, fitCounts, topOptions } from './plain-score';
export { shortReference, doiUrl } from './citations';
export { reportMessages, type ReportMessageKey } from './messages';
export { teamMessages, type TeamMessageKey } from './team-messages';
export { decisionRecord, DECISION_RECORD_FORMAT, type DecisionRecord, type DecisionRecordEntry, type DecisionRecordOptions } from './decision-record';
export { readDecisionRecord } from './read-decision-record';
export { recheckRecord, buildRecheckReport, type RecordRecheck, type RuleSetRecheck, type RecheckOptions, type Integrity } from './recheck-record';
export { compareRecords, type RecordComparison, type RuleSetComparison, type AnswerChange, type CompareOptions } from './compare-records';
export {
  REPORT_FORMAT,
  type Report,
  type Block,
  type HeadingBlock,
  type ParagraphBlock,
  type ListBlock,
  type ListItem,
  type KeyValueBlock,
  type TableBlock,
  type NotesBlock,
  type Note,
  type SourcesBlock,
  type SourceEntry,
  type TechnicalBlock,
  type CiteRefs,
} from './model';
