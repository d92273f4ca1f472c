import { localePart, type Locale } from '@coproduce/rules/i18n';

/** The widget's own interface text in English; French is in its pack (`i18n/fr-messages.ts`). Rule-set text comes from @coproduce/rules' catalogues. */
const base = {
  title: 'Co-production advisor',
  intro: 'Answer what you can: the advice updates as you go, says why, and cites its sources. Unanswered questions are fine.',
  language: 'Language',
  questionnaire: 'Questionnaire',
  progress: '{answered} of {total} questions answered',
  noneOfThese: 'None of these',
  yes: 'Yes',
  no: 'No',
  clear: 'Clear answer',
  reset: 'Start again',
  exportJson: 'Download decision record (JSON)',
  recheckOpen: 'Re-check a saved decision record',
  recheckBad: 'This file is not a decision record the advisor can read: {problem}',
  recheckBack: 'Back to this project’s report',
  recheckFile: 'Decision record file (JSON)',
  exportMarkdown: 'Download report (Markdown)',
  needChoice: 'Choose one of the answers.',
  needChoices: 'Choose from the listed answers.',
  needWhole: 'Enter a whole number from {min} to {max}.',
  needNumber: 'Enter a number from {min} to {max}.',
  unknownAnswers: 'Some saved answers are not questions of this advisor and were left out: {keys}.',
  invalidAnswers: 'Some saved answers could not be used; please answer again: {questions}',
  steps: 'Steps',
  stepCount: '{answered} of {total} answered',
  stepOf: 'Step {n} of {total}',
  next: 'Next',
  back: 'Back',
  seeReport: 'See the report',
  report: 'Report',
  backToQuestions: 'Back to the questions',
  summary: 'Advice so far',
  'short_coproduction-criteria': 'Co-produce?',
  'short_coproduction-costs': 'Costs',
  'short_brokering-model': 'Brokering',
  confirmReset: 'Clear all {count} answers and start again?',
  confirmYes: 'Yes, clear them',
  cancel: 'Keep my answers',
  resetDone: 'All answers were cleared.',
  undo: 'Undo',
  exportHtml: 'Download report (HTML)',
  print: 'Print the report',
  projectName: 'Project name (optional, for the report)',
  actions: 'Save or share',
  technical: 'Technical details',
  detailed: 'Show every reason, note and technical detail',
  group_context: 'The project and its context',
  group_resources: 'Resources',
  group_people: 'People and power',
  group_motives: 'Aims and approach',
  group_readiness: 'Readiness',
  group_data: 'Data, analysis and publication',
  group_timing: 'Timing',
  group_brokering: 'Knowledge brokering',
  localeFailed: 'The French text could not be loaded, so the advisor stays in English. Check the connection and choose Français again.',
  partFailed: 'This part of the advisor could not be loaded. Your answers are kept. Check the connection and try again.',
} as const;

/**
 * Team mode's text. Its French is apart (`i18n/fr-team-messages.ts`): the standalone
 * element's French pack leaves it out, and the team-mode file carries it, so a French page
 * that never uses team mode does not download it. Whichever loads second completes the
 * French 'widget' part (`i18n/fr-parts.ts`), so the lookup here stays one part.
 */
const team = {
  teamTitle: 'Team',
  teamIntro: 'Add each person by name, then answer the questions as each of them. The Team view shows where you agree and what to discuss.',
  teamName: 'Respondent’s name',
  teamAdd: 'Add',
  teamRespondents: 'Respondents',
  teamAnsweringFor: 'Answering as',
  teamNoneYet: 'Add the first respondent to start answering.',
  teamAnswered: '{count} answered',
  teamImport: 'Open a saved record or answers (JSON) for {name}',
  teamRemove: 'Remove {name}',
  teamNameEmpty: 'Type a name first.',
  teamNameLong: 'A name can have at most {max} characters.',
  teamNameInvalid: 'That name cannot be used; please type another.',
  teamNameTaken: '“{name}” is already in the team; use a different name.',
  teamFull: 'A team can have at most {max} respondents.',
  teamBadFile: 'That file is not a saved decision record or a file of answers (JSON), so nothing was changed.',
  teamRestoreSkipped: 'Some saved respondents could not be restored: {names}.',
  teamAdded: '{name} was added; you are now answering as {name}.',
  seeTeam: 'See the Team view',
  teamView: 'Team view',
  teamNeedTwo: 'Add at least two respondents to compare their answers.',
  teamCounts: '{agreed} agreed, {contested} contested ({changing} change a verdict), {unanswered} unanswered.',
  teamVerdicts: 'Each person’s verdict',
  teamAgreedVerdict: 'On the agreed answers alone',
  teamRespondent: 'Respondent',
  teamChanging: 'Disagreements that change a verdict',
  teamNoChanging: 'No disagreement changes a verdict.',
  teamGrid: 'Answers by question and respondent',
  teamQuestion: 'Question',
  teamStatus: 'Agreement',
  status_agreed: '✓ Agreed',
  status_contested: '≠ Contested',
  status_unanswered: '– Unanswered',
  teamChangesVerdict: 'changes a verdict: {ruleSets}',
  teamBlank: 'not answered',
  teamUnanswered: 'Questions nobody has answered yet ({count})',
  teamAgenda: 'Agenda for the discussion',
  teamNoAgenda: 'Nothing is contested: there is nothing to discuss yet.',
  teamViews: 'Views',
  teamPosition: '{names}: {answer}',
  teamGuidance: 'The guidance at stake',
  confirmResetTeam: 'Remove all {count} respondents and their answers, and start again?',
  resetTeamDone: 'The team was cleared.',
} as const;

const en = { ...base, ...team };

export type MessageKey = keyof typeof en;
export type TeamMessageKey = keyof typeof team;


type Wording = Readonly<Record<MessageKey, string>>;

/** The widget's text in a locale: English here, others from their pack (throws `LocaleNotLoadedError` if not loaded). */
export function uiWording(locale: Locale): Wording {
  return locale === 'en' ? en : localePart<Wording>(locale, 'widget', `await loadAdvisorLocale('${locale}') from '@coproduce/react', or import '@coproduce/react/i18n/${locale}'`);
}

/** The widget's text by locale; reading one other than English before its pack is loaded throws. */
export const uiMessages: Readonly<Record<Locale, Wording>> = Object.defineProperty({ en } as Record<Locale, Wording>, 'fr', { get: () => uiWording('fr'), enumerable: true });

export function ui(locale: Locale, key: MessageKey, vars: Readonly<Record<string, string | number>> = {}): string {
  const text: string = uiWording(locale)[key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}

