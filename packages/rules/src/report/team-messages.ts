/**
 * The wording of the team report and of the reviewer's re-check: English here, other locales
 * from their pack (French in `i18n/fr/report.ts`). Apart from
 * `messages.ts` so that a bundle that shows only the single report (the widget's element)
 * does not carry it.
 */
import type { Locale } from '../i18n';
import { localePart } from '../i18n/packs';
import { fill } from './messages';

const en = {
  // buildTeamReport
  'team.title': 'Team co-production advice',
  'team.titleFor': 'Team co-production advice: {project}',
  'team.people': 'Respondents',
  'team.who': 'Who answered',
  'team.answered.one': '1 question answered',
  'team.answered.many': '{n} questions answered',
  'team.verdicts': 'Each person’s verdicts',
  'team.person': 'Respondent',
  'team.sameVerdict': 'Everyone reaches the same verdict on {titles}.',
  'team.differ': 'The verdicts differ on {titles}.',
  'team.agreement': 'Where the team agrees',
  'team.counts': '{agreed} of {questions} questions agreed (everyone who answered gave the same answer), {contested} contested, {unanswered} unanswered by anyone.',
  'team.noneAgreed': 'The team agrees on no answer yet.',
  'team.changing': 'Disagreements that change a verdict',
  'team.noChanging': 'No disagreement changes a verdict: settling the contested answers can add or remove reasons, but the advice stays the same.',
  'team.changesOn': 'Changes the verdict on {titles}.',
  'team.movesOnly': 'Moves the reasons, not the verdict.',
  'team.blank': 'Left blank by {names}.',
  'team.agenda': 'What to discuss',
  'team.agendaNote': 'Contested questions, those that change the most verdicts first, with the guidance each rests on.',
  'team.noAgenda': 'Nothing to discuss: everyone who answered a question gave the same answer.',
  'team.moreAgenda': '{n} more questions to discuss in the detailed report.',
  'team.moreAgendaOne': '1 more question to discuss in the detailed report.',
  'team.agreed': 'The verdict on the agreed answers alone',
  'team.agreedNote': 'Contested questions are left open here, as if nobody had answered them.',
  // recheckRecord
  'rc.title': 'Re-check of a decision record',
  'rc.versions': 'Made with version {version}; compared with the current version {current}.',
  'rc.ok': 'The record’s rule set matches the published version {version}.',
  'rc.unknown': 'Version {version} of this rule set was never published; the record cannot be checked.',
  'rc.mismatch': 'The rule set in the record does not match the published version {version} (hash {found}, published {expected}). The record may have been edited or made with a modified rule set.',
  'rc.answersOk': 'The answers are valid under version {version}.',
  'rc.answersBad': 'The answers are not valid under version {version}: {problems}',
  'rc.sameVerdict': 'The verdict under the current version is unchanged ("{verdict}").',
  'rc.verdict': 'Under the current version the verdict is "{to}"; the record says "{from}".',
  'rc.recorded': 'The record says "{verdict}", but its answers give "{actual}" under version {version}.',
  'rc.sameVersion': 'The record uses the current version; nothing to re-evaluate.',
  'rc.notCurrent': 'Made with version {version}; no current version of this rule set is available to compare with.',
  'rc.changelog': 'What changed from version {from} to {to}',
  'rc.changelogEntry': 'Version {version} ({date})',
  'rc.noChangelog': 'No changelog entries between these versions.',
  'rc.why': 'Why: the rules that changed',
  'rc.nowApplies': 'Now applies',
  'rc.noLonger': 'No longer applies',
} as const;

export type TeamMessageKey = keyof typeof en;


type Wording = Readonly<Record<TeamMessageKey, string>>;

/** The team wording in a locale: English here, others from their locale pack (throws if not loaded). */
export function teamWording(locale: Locale): Wording {
  return locale === 'en' ? en : localePart<Wording>(locale, 'team');
}

/** The team wording by locale; reading one other than English before its pack is loaded throws. */
export const teamMessages: Readonly<Record<Locale, Wording>> = Object.defineProperty({ en } as Record<Locale, Wording>, 'fr', { get: () => teamWording('fr'), enumerable: true });

/** One team or re-check message with `{name}` placeholders filled. */
export function tt(locale: Locale, key: TeamMessageKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return fill(locale, teamWording(locale)[key] ?? en[key], vars);
}
