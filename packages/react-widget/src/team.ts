/**
 * The Team view's content: who answered what, where the team agrees, and what to discuss.
 * Everything comes from `evaluateGroupAll` / `teamAgenda` (@coproduce/rules), localised with
 * `localizeGroupResult`; this file only arranges it for the view (short answer labels,
 * row order). Nothing here decides anything about co-production.
 */
import type { AgreementStatus, AnswerValue, GroupResult, Question } from '@coproduce/core';
import { evaluateGroupAll, localizeGroupResult, profileQuestions, ruleSets, teamAgenda, type RuleSetKey } from '@coproduce/rules';
import { answerLabel, messages, type Locale } from '@coproduce/rules/i18n';
import { shortReference } from '@coproduce/rules/report';

export interface TeamRow {
  readonly question: string;
  readonly label: string;
  readonly status: AgreementStatus;
  /** Each respondent's answer as a short label, in respondent order (null: left blank). */
  readonly cells: readonly (string | null)[];
  /** The shown rule sets whose verdict this question's answers lead to differ. */
  readonly changes: readonly RuleSetKey[];
}

export interface TeamAdoption {
  readonly sentence: string;
  readonly verdict: string;
}

export interface TeamAgendaEntry {
  readonly question: string;
  readonly label: string;
  readonly changes: readonly RuleSetKey[];
  /** "Ana, Ben: “Yes”" — who holds which view. */
  readonly positions: readonly { readonly names: readonly string[]; readonly answer: string }[];
  /** The verdict under each answer given, per shown rule set whose verdict it changes. */
  readonly adoptions: readonly { readonly ruleSet: RuleSetKey; readonly items: readonly TeamAdoption[] }[];
  /** The guidance at stake: its text when the rule set gives it, and the source. */
  readonly guidance: readonly { readonly text: string | undefined; readonly source: string; readonly place: string }[];
}

export interface TeamVerdicts {
  readonly name: string;
  readonly verdicts: readonly { readonly ruleSet: RuleSetKey; readonly label: string }[];
}

export interface TeamView {
  readonly respondents: readonly TeamVerdicts[];
  /** The verdict on the agreed answers alone, per shown rule set. */
  readonly agreed: readonly { readonly ruleSet: RuleSetKey; readonly label: string }[];
  /** Questions × respondents: contested questions that change a verdict first (agenda order), then other contested, agreed, unanswered. */
  readonly rows: readonly TeamRow[];
  readonly agenda: readonly TeamAgendaEntry[];
  readonly counts: { readonly agreed: number; readonly contested: number; readonly unanswered: number; readonly changingVerdict: number };
  /** The localised group results, one per shown rule set. */
  readonly results: Readonly<Partial<Record<RuleSetKey, GroupResult>>>;
  /** The same, as evaluated (not localised): what the shared team report is built from. */
  readonly canonical: Readonly<Partial<Record<RuleSetKey, GroupResult>>>;
}

const byId = new Map<string, Question>(profileQuestions.map((q) => [q.id, q]));
const profileIds = new Set(byId.keys());
const statusOrder: Record<AgreementStatus, number> = { contested: 0, agreed: 1, unanswered: 2 };

/**
 * The team view for respondents (name → answers) over the shown built-in rule sets.
 * Answers to questions outside the shared profile (a custom rule set's) are left out.
 */
export function buildTeamView(team: readonly (readonly [string, Readonly<Record<string, AnswerValue>>])[], keys: readonly RuleSetKey[], locale: Locale): TeamView | undefined {
  if (team.length === 0 || keys.length === 0) return undefined;
  const profiles = Object.fromEntries(team.map(([name, a]) => [name, Object.fromEntries(Object.entries(a).filter(([k]) => profileIds.has(k)))]));
  const raw = evaluateGroupAll(profiles);
  const local = Object.fromEntries((Object.keys(raw) as RuleSetKey[]).map((k) => [k, localizeGroupResult(raw[k], locale)])) as Record<RuleSetKey, GroupResult>;
  const agenda = teamAgenda(local).filter((a) => keys.some((k) => a.byRuleSet[k]));
  const shown = (ks: readonly RuleSetKey[]) => ks.filter((k) => keys.includes(k));
  const label = (qid: string, v: AnswerValue) => (byId.has(qid) ? answerLabel(byId.get(qid)!, v, locale) : String(v));
  const guidanceText = messages(locale);

  // One row per question the shown rule sets ask, in profile order; then sorted.
  const rank = new Map(agenda.map((a, i) => [a.question, i]));
  const changes = new Map(agenda.map((a) => [a.question, shown(a.changes)]));
  const seen = new Set<string>();
  const rows: TeamRow[] = [];
  for (const k of keys)
    for (const q of local[k].questions) {
      if (seen.has(q.question)) continue;
      seen.add(q.question);
      rows.push({ question: q.question, label: q.label, status: q.status, cells: q.byRespondent.map((c) => (c.answer === null ? null : label(q.question, c.answer))), changes: changes.get(q.question) ?? [] });
    }
  const order = new Map(profileQuestions.map((q, i) => [q.id, i]));
  rows.sort(
    (a, b) =>
      Number(b.changes.length > 0) - Number(a.changes.length > 0) ||
      statusOrder[a.status] - statusOrder[b.status] ||
      (rank.get(a.question) ?? 0) - (rank.get(b.question) ?? 0) ||
      (order.get(a.question) ?? 0) - (order.get(b.question) ?? 0),
  );

  return {
    respondents: team.map(([name], i) => ({ name, verdicts: keys.map((k) => ({ ruleSet: k, label: local[k].respondents[i]!.verdict.label })) })),
    agreed: keys.map((k) => ({ ruleSet: k, label: local[k].agreed.verdict.label })),
    rows,
    agenda: agenda.map((a) => ({
      question: a.question,
      label: a.label,
      changes: shown(a.changes),
      positions: a.positions.map((p) => ({ names: p.respondents, answer: label(a.question, p.answer) })),
      adoptions: shown(a.changes).flatMap((k) => {
        const d = local[k].disagreements.find((x) => x.question === a.question);
        return d ? [{ ruleSet: k, items: d.adoptions.map((x) => ({ sentence: x.sentence, verdict: x.verdict.label })) }] : [];
      }),
      guidance: a.citations.map((c) => {
        const src = (Object.values(ruleSets) as { sources: Record<string, { reference: string }> }[]).find((r) => r.sources[c.source])?.sources[c.source];
        return { text: c.text === undefined ? undefined : (guidanceText[`guidance.${c.guidance}`] ?? c.text), source: src ? shortReference(src.reference) : c.source, place: c.place };
      }),
    })),
    counts: {
      agreed: rows.filter((r) => r.status === 'agreed').length,
      contested: rows.filter((r) => r.status === 'contested').length,
      unanswered: rows.filter((r) => r.status === 'unanswered').length,
      changingVerdict: rows.filter((r) => r.changes.length > 0).length,
    },
    results: Object.fromEntries(keys.map((k) => [k, local[k]])),
    canonical: Object.fromEntries(keys.map((k) => [k, raw[k]])),
  };
}
