/**
 * The report's own wording: English here, other locales from their pack (French in
 * `i18n/fr/report.ts`). Rule-set text (verdicts, reasons, risks) comes from the rule sets and
 * their catalogues; only the words that frame it live here.
 */
import type { EvidenceLevel } from '@coproduce/core';
import type { Locale } from '../i18n';
import { localePart } from '../i18n/packs';
import { noBreakSpaces, typography } from '../i18n/typography';

const en = {
  title: 'Co-production advice',
  titleFor: 'Co-production advice: {project}',
  date: 'Date',
  project: 'Project',
  ruleSets: 'Rule sets used',
  ruleSetVersion: '{title} (version {version})',
  verdict: 'Verdict',
  verdicts: 'Summary',
  'status.complete': 'Complete: no further answer can change this.',
  'status.provisional.one': 'Provisional: 1 open question could change this.',
  'status.provisional.many': 'Provisional: {n} open questions could change this.',
  'status.provisional.none': 'Provisional: more answers could add reasons, but no single answer would change this verdict.',
  'status.insufficient': 'Not enough answers yet for a verdict.',
  insufficient: 'For a verdict, at least {min} of its own questions must be answered ({answered} so far). Start with {questions}.',
  'score.signals': '{for} {forWord} for, {against} against',
  'score.signal.one': 'signal',
  'score.signal.many': 'signals',
  'score.risks.none': 'No risks flagged by the answers so far',
  'score.risks': '{list} flagged',
  'score.risk.one': '{n} {severity} risk',
  'score.risk.many': '{n} {severity} risks',
  'score.best': 'Best fit: {option} ({fit})',
  'score.closest': 'No clear fit yet; closest: {option} ({fit})',
  'score.level': 'No clear fit: {options} fit equally well',
  'score.noneFits': 'No option fits well so far',
  'score.fit': '{for} {forWord} for it, {against} against',
  'score.answer.one': 'answer',
  'score.answer.many': 'answers',
  'score.insufficient': 'No verdict yet',
  and: ' and ',
  listSep: ', ',
  'severity.high': 'high',
  'severity.medium': 'medium',
  'severity.low': 'low',
  'lead.high': 'High',
  'lead.medium': 'Medium',
  'lead.low': 'Low',
  reasons: 'Why',
  reasonsFor: 'For more emphasis',
  reasonsAgainst: 'For less emphasis',
  reasonsFit: 'Why this fits',
  reasonsNoFit: 'What counts against it',
  reasonsSettingFor: 'What in the setting supports it',
  reasonsSettingAgainst: 'What in the setting works against it',
  moreReasons: '{n} more reasons in the detailed report.',
  moreReason: '1 more reason in the detailed report.',
  risks: 'Risks and how to reduce them',
  moreRisks: '{n} more risks in the detailed report.',
  moreRisk: '1 more risk in the detailed report.',
  reduce: 'Reduce it: {title} {text}',
  reduceAgain: 'Reduce it: {title} (see above)',
  reduceBrief: 'Reduce it: {title}',
  andMore: 'And {n} more.',
  ranking: 'How the options compare',
  rankingHead: 'Option',
  fitHead: 'Fit',
  feasibilityHead: 'Does the setting support it?',
  'feasible.plus': 'The setting supports it',
  'feasible.minus': 'The setting works against it',
  'feasible.zero': 'Nothing either way',
  'feasible.notMet': 'Not possible here: {why}',
  notMet: 'its defining conditions do not hold',
  tied: 'Level at the top: {options}.',
  separate: 'Answering these would separate them: {questions}.',
  needsAnswer: 'To reach a verdict that favours it, answer: {questions}.',
  keepInMind: 'Keep in mind',
  answersGiven: 'Based on {n} answers.',
  answersGivenOne: 'Based on 1 answer.',
  briefNote: 'This is the one-minute summary. The full report gives every reason and risk with its source, and the answers given.',
  advice: 'Advice',
  'level.requirement': 'Required',
  'level.warning': 'Warning',
  'level.info': 'Note',
  moreAdvice: '{n} more notes in the detailed report.',
  moreNote: '1 more note in the detailed report.',
  whatWouldChange: 'What would change the verdict',
  openQuestions: 'Questions still open',
  couldChange: 'These could change the verdict on {titles}:',
  otherQuestions: 'Other questions not yet answered:',
  otherOpen: '{n} other questions are unanswered; they would not change any verdict on their own.',
  otherOpenOne: '1 other question is unanswered; it would not change any verdict on its own.',
  noOpen: 'Every question has been answered.',
  answers: 'Answers given',
  noAnswers: 'No questions answered yet.',
  yes: 'Yes',
  no: 'No',
  none: 'None selected',
  notes: 'Notes',
  sources: 'Sources',
  licence: 'Licence: {licence}.',
  evidence: 'Evidence: {level}',
  paraphrase: 'In our words: {text}',
  'evidence.open-question': 'a question the source raises, not a finding',
  'evidence.early-thoughts': 'the authors’ early thoughts',
  'evidence.authors-experience': 'the authors’ own experience',
  'evidence.case-study': 'a single case study',
  'evidence.literature-review': 'a literature review',
  'evidence.mixed-trial-evidence': 'mixed trial evidence',
  'evidence.definition': 'a definition',
  technical: 'Technical details',
  'tech.ruleSet': 'Rule set',
  'tech.version': 'Version',
  'tech.hash': 'Hash',
  'tech.verdict': 'Verdict id',
  'tech.score': 'Raw score',
  'tech.status': 'Status',
  'tech.fired': 'Rules that applied',
  'tech.guidance': 'Guidance ids cited',
  'tech.noScore': 'none',
  scope: 'This report sets out guidance from published sources; it supports, and does not replace, the judgement of the people involved.',
  // compareRecords
  'cmp.same': '{title}: unchanged ("{verdict}").',
  'cmp.added': '{title}: only in the newer record ("{verdict}").',
  'cmp.removed': '{title}: only in the older record ("{verdict}").',
  'cmp.version': '{title}: rule set version {from} → {to}.',
  'cmp.hash': '{title}: same version {version} but different content (hash {from} → {to}).',
  'cmp.verdict': '{title}: the verdict changed from "{from}" to "{to}".',
  'cmp.status': '{title}: the status changed from {from} to {to}.',
  'cmp.rules': '{title}: {n} rules changed status.',
  'cmp.rulesUnknown': '{title}: which rules changed cannot be said (the record holds no full results and the rule set is not available).',
  'cmp.answer': 'Answer to "{question}": {from} → {to}.',
  'cmp.noAnswer': 'no answer',
  'st.complete': 'complete',
  'st.provisional': 'provisional',
  'st.insufficient-information': 'not enough answers',
} as const;

export type ReportMessageKey = keyof typeof en;


type Wording = Readonly<Record<ReportMessageKey, string>>;

/** The report's wording in a locale: English here, others from their locale pack (throws if not loaded). */
export function reportWording(locale: Locale): Wording {
  return locale === 'en' ? en : localePart<Wording>(locale, 'report');
}

/**
 * The report's wording by locale. Reading a locale other than English before its pack is
 * loaded throws `LocaleNotLoadedError`, saying what to load.
 */
export const reportMessages: Readonly<Record<Locale, Wording>> = Object.defineProperty({ en } as Record<Locale, Wording>, 'fr', { get: () => reportWording('fr'), enumerable: true });

/** One report message with `{name}` placeholders filled. */
export function rt(locale: Locale, key: ReportMessageKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return fill(locale, reportWording(locale)[key] ?? en[key], vars);
}

/** A message template in the locale with `{name}` placeholders filled. */
export function fill(locale: Locale, template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return nbsp(locale, template).replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}

/** Some locales set "?", ":", "»" apart with a space that must not break a line. */
function nbsp(locale: Locale, text: string): string {
  return noBreakSpaces(locale, text);
}

/** A title as the start of a sentence: ends with a full stop unless it has its own ("…?"). */
export function sentence(title: string): string {
  return /[.?!…]\s*$/.test(title) ? title : `${title}.`;
}

/** "1 more reason…" or "3 more reasons…". */
export function more(locale: Locale, n: number, one: ReportMessageKey, many: ReportMessageKey): string {
  return rt(locale, n === 1 ? one : many, { n });
}

/** The evidence level in plain words. */
export function evidenceWords(locale: Locale, level: EvidenceLevel): string {
  return rt(locale, `evidence.${level}` as ReportMessageKey);
}

/** "a, b and c" in the locale. */
export function joinWords(locale: Locale, xs: readonly string[]): string {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(rt(locale, 'listSep'))}${rt(locale, 'and')}${xs[xs.length - 1]}`;
}

/** A label followed by a colon as the locale writes it, unless it already ends in "?" or similar. */
export function withColon(label: string, locale: Locale): string {
  return /[?!:.…]\s*$/.test(label) ? label : `${label}${typography(locale).colon}`;
}
