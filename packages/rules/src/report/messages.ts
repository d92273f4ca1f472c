/**
 * The report's own wording, in every locale. Rule-set text (verdicts, reasons, risks) comes
 * from the rule sets and their catalogues; only the words that frame it live here.
 */
import type { EvidenceLevel } from '@coproduce/core';
import type { Locale } from '../i18n';

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
  moreReasons: '{n} more reasons in the detailed report.',
  moreReason: '1 more reason in the detailed report.',
  risks: 'Risks and how to reduce them',
  moreRisks: '{n} more risks in the detailed report.',
  moreRisk: '1 more risk in the detailed report.',
  reduce: 'Reduce it: {title} {text}',
  reduceAgain: 'Reduce it: {title} (see above)',
  ranking: 'How the options compare',
  rankingHead: 'Option',
  fitHead: 'Fit',
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
} as const;

export type ReportMessageKey = keyof typeof en;

const fr: Record<ReportMessageKey, string> = {
  title: 'Conseils sur la coproduction',
  titleFor: 'Conseils sur la coproduction : {project}',
  date: 'Date',
  project: 'Projet',
  ruleSets: 'Ensembles de règles utilisés',
  ruleSetVersion: '{title} (version {version})',
  verdict: 'Verdict',
  verdicts: 'En bref',
  'status.complete': 'Définitif : aucune autre réponse ne peut changer ce verdict.',
  'status.provisional.one': 'Provisoire : 1 question encore ouverte pourrait changer ce verdict.',
  'status.provisional.many': 'Provisoire : {n} questions encore ouvertes pourraient changer ce verdict.',
  'status.provisional.none': 'Provisoire : d’autres réponses pourraient ajouter des raisons, mais aucune réponse seule ne changerait ce verdict.',
  'status.insufficient': 'Pas encore assez de réponses pour un verdict.',
  'score.signals': '{for} {forWord} pour, {against} contre',
  'score.signal.one': 'signal',
  'score.signal.many': 'signaux',
  'score.risks.none': 'Aucun risque signalé par les réponses jusqu’ici',
  'score.risks': 'Signalés par les réponses : {list}',
  'score.risk.one': '{n} risque {severity}',
  'score.risk.many': '{n} risques {severity}s',
  'score.best': 'Meilleur choix : {option} ({fit})',
  'score.closest': 'Pas encore de choix net; le plus proche : {option} ({fit})',
  'score.level': 'Pas de choix net : {options} conviennent autant',
  'score.noneFits': 'Aucune option ne convient bien pour l’instant',
  'score.fit': '{for} {forWord} pour, {against} contre',
  'score.answer.one': 'réponse',
  'score.answer.many': 'réponses',
  'score.insufficient': 'Pas encore de verdict',
  and: ' et ',
  listSep: ', ',
  'severity.high': 'élevé',
  'severity.medium': 'moyen',
  'severity.low': 'faible',
  'lead.high': 'Élevé',
  'lead.medium': 'Moyen',
  'lead.low': 'Faible',
  reasons: 'Pourquoi',
  reasonsFor: 'Pour plus de place à la coproduction',
  reasonsAgainst: 'Pour moins de place à la coproduction',
  reasonsFit: 'Pourquoi ce choix convient',
  reasonsNoFit: 'Ce qui joue contre lui',
  moreReasons: '{n} autres raisons dans le rapport détaillé.',
  moreReason: 'Une autre raison dans le rapport détaillé.',
  risks: 'Risques et comment les réduire',
  moreRisks: '{n} autres risques dans le rapport détaillé.',
  moreRisk: 'Un autre risque dans le rapport détaillé.',
  reduce: 'Pour le réduire : {title} {text}',
  reduceAgain: 'Pour le réduire : {title} (voir plus haut)',
  ranking: 'Comparaison des options',
  rankingHead: 'Option',
  fitHead: 'Adéquation',
  advice: 'Conseils',
  'level.requirement': 'Exigence',
  'level.warning': 'Attention',
  'level.info': 'À noter',
  moreAdvice: '{n} autres remarques dans le rapport détaillé.',
  moreNote: 'Une autre remarque dans le rapport détaillé.',
  whatWouldChange: 'Ce qui changerait le verdict',
  openQuestions: 'Questions encore ouvertes',
  couldChange: 'Ces questions pourraient changer le verdict sur {titles} :',
  otherQuestions: 'Autres questions encore sans réponse :',
  otherOpen: '{n} autres questions sont sans réponse; seules, elles ne changeraient aucun verdict.',
  otherOpenOne: '1 autre question est sans réponse; seule, elle ne changerait aucun verdict.',
  noOpen: 'Toutes les questions ont reçu une réponse.',
  answers: 'Réponses données',
  noAnswers: 'Aucune question n’a encore reçu de réponse.',
  yes: 'Oui',
  no: 'Non',
  none: 'Aucune sélection',
  notes: 'Notes',
  sources: 'Sources',
  licence: 'Licence : {licence}.',
  evidence: 'Preuves : {level}',
  'evidence.early-thoughts': 'réflexions préliminaires des auteurs',
  'evidence.authors-experience': 'expérience propre des auteurs',
  'evidence.case-study': 'une étude de cas unique',
  'evidence.literature-review': 'une revue de la littérature',
  'evidence.mixed-trial-evidence': 'des essais aux résultats partagés',
  'evidence.definition': 'une définition',
  technical: 'Détails techniques',
  'tech.ruleSet': 'Ensemble de règles',
  'tech.version': 'Version',
  'tech.hash': 'Empreinte',
  'tech.verdict': 'Identifiant du verdict',
  'tech.score': 'Score brut',
  'tech.status': 'Statut',
  'tech.fired': 'Règles appliquées',
  'tech.guidance': 'Identifiants des recommandations citées',
  'tech.noScore': 'aucun',
  scope: 'Ce rapport présente des recommandations tirées de sources publiées; il éclaire le jugement des personnes concernées sans le remplacer.',
  'cmp.same': '{title} : inchangé (« {verdict} »).',
  'cmp.added': '{title} : seulement dans le dossier le plus récent (« {verdict} »).',
  'cmp.removed': '{title} : seulement dans l’ancien dossier (« {verdict} »).',
  'cmp.version': '{title} : version de l’ensemble de règles {from} → {to}.',
  'cmp.hash': '{title} : même version {version} mais contenu différent (empreinte {from} → {to}).',
  'cmp.verdict': '{title} : le verdict est passé de « {from} » à « {to} ».',
  'cmp.status': '{title} : le statut est passé de {from} à {to}.',
  'cmp.rules': '{title} : {n} règles ont changé de statut.',
  'cmp.rulesUnknown': '{title} : impossible de dire quelles règles ont changé (le dossier ne contient pas les résultats complets et l’ensemble de règles n’est pas disponible).',
  'cmp.answer': 'Réponse à « {question} » : {from} → {to}.',
  'cmp.noAnswer': 'sans réponse',
};

export const reportMessages: Readonly<Record<Locale, Readonly<Record<ReportMessageKey, string>>>> = { en, fr };

/** One report message with `{name}` placeholders filled. */
export function rt(locale: Locale, key: ReportMessageKey, vars: Readonly<Record<string, string | number>> = {}): string {
  const text: string = nbsp(locale, reportMessages[locale]?.[key] ?? en[key]);
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}

/** French sets "?", ":", "»" apart with a space that must not break a line. */
function nbsp(locale: Locale, text: string): string {
  return locale === 'fr' ? text.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0') : text;
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
  return /[?!:.…]\s*$/.test(label) ? label : `${label}${locale === 'fr' ? '\u00a0:' : ':'}`;
}
