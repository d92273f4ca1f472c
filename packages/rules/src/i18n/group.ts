import { joinNames, type GroupResult, type VerdictSummary } from '@coproduce/core/evaluation';
import { brokering } from '../brokering/v2';
import { costsRuleSet } from '../costs/v2';
import { criteria } from '../criteria/v2';
import { answerLabel, localizeResult, localizeVerdict, messages, translate, verdictName as nameOf, type Locale } from './index';

const all = [criteria, costsRuleSet, brokering] as const;

/**
 * A group result with every text in the given locale: labels, verdicts and the "if the
 * team adopts…" sentences, rebuilt from the same message templates as the English the
 * core writes. Names, ids, answers and scores are unchanged.
 */
export function localizeGroupResult(result: GroupResult, locale: Locale): GroupResult {
  if (locale === 'en') return result;
  const rs = all.find((r) => r.id === result.ruleSet.id && r.version === result.ruleSet.version);
  if (!rs) return result;
  const m = messages(locale);
  const id = rs.id;
  const ranking = rs.kind === 'ranking';
  const qLabel = (qid: string, fallback: string) => m[`q.${qid}.label`] ?? fallback;
  const verdictName = (vid: string, fallback: string) => nameOf(rs, vid, fallback, locale);
  const verdict = (v: VerdictSummary, answered: number): VerdictSummary => localizeVerdict(rs, v, answered, locale);
  const named = (v: { id: string; label: string }) => ({ ...v, label: verdictName(v.id, v.label) });
  const qById = new Map(rs.questions.map((q) => [q.id, q]));
  return {
    ...result,
    respondents: result.respondents.map((r) => ({ ...r, verdict: verdict(r.verdict, r.answered) })),
    questions: result.questions.map((q) => ({ ...q, label: qLabel(q.question, q.label) })),
    agreed: localizeResult(result.agreed, locale),
    disagreements: result.disagreements.map((d) => {
      const q = qById.get(d.question)!;
      const label = qLabel(d.question, d.label);
      return {
        ...d,
        label,
        adoptions: d.adoptions.map((a) => {
          const name = verdictName(a.verdict.id, a.verdict.label);
          return {
            ...a,
            verdict: { ...a.verdict, label: name },
            sentence: translate(locale, ranking ? 'ui.group.adopt.ranking' : 'ui.group.adopt.verdict', {
              names: joinNames(a.respondents, translate(locale, 'ui.and')),
              question: label,
              answer: answerLabel(q, a.answer, locale),
              verdict: name,
            }),
          };
        }),
      };
    }),
    agenda: result.agenda.map((a) => ({ ...a, label: qLabel(a.question, a.label), verdicts: a.verdicts.map(named) })),
  };
}
