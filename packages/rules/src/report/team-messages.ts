/**
 * The wording of the team report and of the reviewer's re-check, in every locale. Apart from
 * `messages.ts` so that a bundle that shows only the single report (the widget's element)
 * does not carry it.
 */
import type { Locale } from '../i18n';
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

const fr: Record<TeamMessageKey, string> = {
  'team.title': 'Conseils sur la coproduction pour une équipe',
  'team.titleFor': 'Conseils sur la coproduction pour une équipe : {project}',
  'team.people': 'Répondants',
  'team.who': 'Qui a répondu',
  'team.answered.one': '1 question répondue',
  'team.answered.many': '{n} questions répondues',
  'team.verdicts': 'Les verdicts de chaque personne',
  'team.person': 'Répondant',
  'team.sameVerdict': 'Tout le monde arrive au même verdict sur {titles}.',
  'team.differ': 'Les verdicts diffèrent sur {titles}.',
  'team.agreement': 'Là où l’équipe est d’accord',
  'team.counts': '{agreed} questions sur {questions} font l’accord (tous ceux qui ont répondu ont donné la même réponse), {contested} sont disputées, {unanswered} sans réponse de personne.',
  'team.noneAgreed': 'L’équipe ne s’accorde encore sur aucune réponse.',
  'team.changing': 'Les désaccords qui changent un verdict',
  'team.noChanging': 'Aucun désaccord ne change un verdict : trancher les réponses disputées peut ajouter ou retirer des raisons, mais le conseil reste le même.',
  'team.changesOn': 'Change le verdict sur {titles}.',
  'team.movesOnly': 'Change les raisons, pas le verdict.',
  'team.blank': 'Laissée sans réponse par {names}.',
  'team.agenda': 'Ce dont il faut discuter',
  'team.agendaNote': 'Les questions disputées, celles qui changent le plus de verdicts d’abord, avec les recommandations sur lesquelles chacune repose.',
  'team.noAgenda': 'Rien à discuter : tous ceux qui ont répondu à une question ont donné la même réponse.',
  'team.moreAgenda': '{n} autres questions à discuter dans le rapport détaillé.',
  'team.moreAgendaOne': 'Une autre question à discuter dans le rapport détaillé.',
  'team.agreed': 'Le verdict sur les seules réponses qui font l’accord',
  'team.agreedNote': 'Les questions disputées restent ouvertes ici, comme si personne n’y avait répondu.',
  'rc.title': 'Nouvelle vérification d’un dossier de décision',
  'rc.versions': 'Établi avec la version {version}; comparé avec la version actuelle {current}.',
  'rc.ok': 'L’ensemble de règles du dossier correspond à la version publiée {version}.',
  'rc.unknown': 'La version {version} de cet ensemble de règles n’a jamais été publiée; le dossier ne peut pas être vérifié.',
  'rc.mismatch': 'L’ensemble de règles du dossier ne correspond pas à la version publiée {version} (empreinte {found}, publiée {expected}). Le dossier a peut-être été modifié ou établi avec un ensemble de règles modifié.',
  'rc.answersOk': 'Les réponses sont valides pour la version {version}.',
  'rc.answersBad': 'Les réponses ne sont pas valides pour la version {version} : {problems}',
  'rc.sameVerdict': 'Le verdict selon la version actuelle est inchangé (« {verdict} »).',
  'rc.verdict': 'Selon la version actuelle, le verdict est « {to} »; le dossier indique « {from} ».',
  'rc.recorded': 'Le dossier indique « {verdict} », mais ses réponses donnent « {actual} » avec la version {version}.',
  'rc.sameVersion': 'Le dossier utilise la version actuelle; rien à réévaluer.',
  'rc.notCurrent': 'Établi avec la version {version}; aucune version actuelle de cet ensemble de règles n’est disponible pour la comparaison.',
  'rc.changelog': 'Ce qui a changé de la version {from} à la version {to}',
  'rc.changelogEntry': 'Version {version} ({date})',
  'rc.noChangelog': 'Aucune entrée du journal des modifications entre ces versions.',
  'rc.why': 'Pourquoi : les règles qui ont changé',
  'rc.nowApplies': 'S’applique désormais',
  'rc.noLonger': 'Ne s’applique plus',
};

export const teamMessages: Readonly<Record<Locale, Readonly<Record<TeamMessageKey, string>>>> = { en, fr };

/** One team or re-check message with `{name}` placeholders filled. */
export function tt(locale: Locale, key: TeamMessageKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return fill(locale, teamMessages[locale]?.[key] ?? en[key], vars);
}
