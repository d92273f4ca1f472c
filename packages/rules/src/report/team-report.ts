/**
 * The team report: several respondents' answers as `evaluateGroupAll` weighs them, in the
 * same block model as `buildReport` (so every renderer and the widget show it unchanged):
 * who answered, each person's verdicts, where the team agrees, the disagreements that change
 * a verdict, what to discuss (with the guidance each item rests on) and the verdict on the
 * agreed answers alone.
 */
import { GROUP_RESULT_FORMAT, ValidationError, type AnswerValue, type Citation, type GroupResult, type Position, type Problem, type Question } from '@coproduce/core/evaluation';
import { teamAgenda } from '../group';
import { localizeGroupResult } from '../i18n/group';
import type { Locale } from '../i18n';
import { profileQuestions, ruleSets as builtIn, type RuleSetKey } from '../profile';
import { sources } from '../sources';
import { answerWords } from './answer-words';
import { headerBlock, onePerSource, quoteTitle, ruleSetTitle, statusWords, technicalBlock } from './build-report';
import { CitationIndex } from './citations';
import { tt } from './team-messages';
import { checkDate, checkLocale, checkText } from './input';
import { joinWords, rt, withColon } from './messages';
import { REPORT_FORMAT, type Block, type ListItem, type Report } from './model';
import { plainScore } from './plain-score';

export interface TeamReportInput {
  /** What `evaluateGroupAll()` returns (in the rule sets' own language), or some of its rule sets. */
  readonly results: Readonly<Partial<Record<RuleSetKey, GroupResult>>>;
  readonly locale?: Locale;
  readonly projectName?: string;
  /** ISO date; today when omitted. */
  readonly date?: string;
  /** `true`: the agreed answers, every agenda item, every citation and the technical details. */
  readonly detail?: boolean;
  /** `true`: the minute's reading: no citation numbers, the first agenda items only. Ignored with `detail`. */
  readonly brief?: boolean;
}

const keys = Object.keys(builtIn) as RuleSetKey[];
/** Agenda items the short and brief reports show; the detailed one shows all. */
const AGENDA = { short: 8, brief: 3 } as const;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function buildTeamReport(input: TeamReportInput): Report {
  if (!isObject(input)) return buildTeamReport({ results: input as never });
  const locale = checkLocale(input.locale, 'locale');
  const date = checkDate(input.date, 'date');
  const projectName = checkText(input.projectName, 'projectName');
  const detail = input.detail === true;
  const brief = !detail && input.brief === true;
  const canonical = checkGroupResults(input.results);
  const present = keys.filter((k) => canonical[k]);
  const results: Partial<Record<RuleSetKey, GroupResult>> = Object.fromEntries(present.map((k) => [k, localizeGroupResult(canonical[k]!, locale)]));
  const titleOf = (k: RuleSetKey) => ruleSetTitle(results[k]!.agreed, locale);
  const first = results[present[0]!]!;
  const names = first.respondents.map((r) => r.name);

  const notes = new CitationIndex(sources, locale, detail);
  const cite = (cs: readonly Citation[] | undefined): number[] => (brief ? [] : notes.cite(detail ? cs : onePerSource(cs)));

  const title = projectName ? tt(locale, 'team.titleFor', { project: projectName }) : tt(locale, 'team.title');
  const blocks: Block[] = [{ type: 'heading', level: 1, text: title, anchor: 'report' }];
  blocks.push(headerBlock(locale, projectName, date, present.map((k) => ({ title: titleOf(k), version: results[k]!.ruleSet.version })), [{ key: tt(locale, 'team.people'), value: joinWords(locale, names) }]));

  // Who answered, and each person's verdicts side by side.
  blocks.push({ type: 'heading', level: 2, text: tt(locale, 'team.verdicts'), anchor: 'team-verdicts' });
  const answered = new Map(names.map((n) => [n, new Set<string>()]));
  for (const k of present) for (const q of results[k]!.questions) for (const b of q.byRespondent) if (b.answer !== null) answered.get(b.respondent)!.add(q.question);
  blocks.push({
    type: 'table',
    caption: tt(locale, 'team.who'),
    head: [tt(locale, 'team.person'), ...present.map(titleOf)],
    rows: names.map((n) => [`${n} (${count(locale, answered.get(n)!.size)})`, ...present.map((k) => results[k]!.respondents.find((r) => r.name === n)!.verdict.label)]),
  });
  const same = present.filter((k) => results[k]!.verdictsAgree);
  const differ = present.filter((k) => !results[k]!.verdictsAgree);
  const quoted = (ks: readonly RuleSetKey[]) => joinWords(locale, ks.map((k) => quoteTitle(titleOf(k), locale)));
  if (differ.length) blocks.push({ type: 'paragraph', text: tt(locale, 'team.differ', { titles: quoted(differ) }), tone: 'strong' });
  if (same.length) blocks.push({ type: 'paragraph', text: tt(locale, 'team.sameVerdict', { titles: quoted(same) }) });

  // Where the team agrees: each question once across rule sets.
  blocks.push({ type: 'heading', level: 2, text: tt(locale, 'team.agreement'), anchor: 'team-agreement' });
  const status = questionStatus(present.map((k) => results[k]!));
  const n = (s: string) => [...status.values()].filter((x) => x === s).length;
  blocks.push({ type: 'paragraph', text: tt(locale, 'team.counts', { agreed: n('agreed'), questions: status.size, contested: n('contested'), unanswered: n('unanswered') }) });
  const agreedAnswers: Record<string, AnswerValue> = {};
  for (const k of present) Object.assign(agreedAnswers, results[k]!.agreedAnswers);
  const qs = new Map<string, Question>(profileQuestions.map((q) => [q.id, q]));
  const agreedIds = [...qs.keys()].filter((id) => agreedAnswers[id] !== undefined);
  if (!agreedIds.length) blocks.push({ type: 'paragraph', text: tt(locale, 'team.noneAgreed'), tone: 'note' });
  // The agreed answers themselves in the detailed report; the others give the count.
  else if (detail) blocks.push({ type: 'key-value', items: agreedIds.map((id) => answerWords(qs.get(id)!, agreedAnswers[id]!, locale)) });

  // The contested questions that change a verdict, with what each view leads to.
  const agenda = teamAgenda(results);
  const positions = (id: string, ps: readonly Position[]) => ps.map((p) => `${withColon(joinWords(locale, p.respondents), locale)} ${answerWords(qs.get(id)!, p.answer, locale).value}`).join('; ');
  const blank = (id: string): string | undefined => {
    const q = present.map((k) => results[k]!.questions.find((x) => x.question === id)).find(Boolean);
    return q && q.blank.length ? tt(locale, 'team.blank', { names: joinWords(locale, q.blank) }) : undefined;
  };
  blocks.push({ type: 'heading', level: 2, text: tt(locale, 'team.changing'), anchor: 'team-disagreements' });
  const changing = agenda.filter((a) => a.changes.length > 0);
  if (!changing.length) blocks.push({ type: 'paragraph', text: tt(locale, 'team.noChanging') });
  else
    blocks.push({
      type: 'list',
      items: changing.map((a): ListItem => ({
        lead: a.label,
        text: `${tt(locale, 'team.changesOn', { titles: quoted(a.changes) })} ${positions(a.question, a.positions)}.`,
        // "If the team adopts Priya's view…": one sentence per answer and rule set it changes.
        sub: a.changes.flatMap((k) => results[k]!.disagreements.find((d) => d.question === a.question)?.adoptions.map((x) => ({ text: x.sentence })) ?? []),
      })),
    });

  // The agenda: every contested question, with the guidance it rests on.
  blocks.push({ type: 'heading', level: 2, text: tt(locale, 'team.agenda'), anchor: 'team-agenda' });
  if (!agenda.length) blocks.push({ type: 'paragraph', text: tt(locale, 'team.noAgenda') });
  else {
    blocks.push({ type: 'paragraph', text: tt(locale, 'team.agendaNote'), tone: 'note' });
    const shown = detail ? agenda : agenda.slice(0, brief ? AGENDA.brief : AGENDA.short);
    blocks.push({
      type: 'list',
      ordered: true,
      items: shown.map((a): ListItem => {
        const b = blank(a.question);
        const effect = a.changes.length ? tt(locale, 'team.changesOn', { titles: quoted(a.changes) }) : tt(locale, 'team.movesOnly');
        return { lead: a.label, text: `${positions(a.question, a.positions)}. ${effect}${b ? ` ${b}` : ''}`, cites: cite(a.citations) };
      }),
    });
    const hidden = agenda.length - shown.length;
    if (hidden) blocks.push({ type: 'paragraph', text: hidden === 1 ? tt(locale, 'team.moreAgendaOne') : tt(locale, 'team.moreAgenda', { n: hidden }), tone: 'note' });
  }

  // What the team can already say together.
  blocks.push({ type: 'heading', level: 2, text: tt(locale, 'team.agreed'), anchor: 'team-agreed' });
  blocks.push({
    type: 'list',
    items: present.map((k) => {
      const r = results[k]!.agreed;
      return { lead: titleOf(k), text: `${r.verdict.label}. ${r.status === 'insufficient-information' ? statusWords(r, locale) : `${plainScore(r, locale)}. ${statusWords(r, locale)}`}`, cites: cite(r.verdict.citations) };
    }),
  });
  blocks.push({ type: 'paragraph', text: tt(locale, 'team.agreedNote'), tone: 'note' });
  // The scope and limits the rule sets ask to show with every result, once.
  const seen = new Set<string>();
  const limits = present.flatMap((k) => results[k]!.agreed.notes ?? []).filter((x) => !seen.has(x.text) && seen.add(x.text));
  if (limits.length) {
    blocks.push({ type: 'heading', level: 3, text: rt(locale, 'keepInMind') });
    blocks.push({ type: 'list', items: (brief ? limits.slice(0, 2) : limits).map((x) => ({ lead: x.title, text: x.text, cites: cite(x.citations) })) });
  }

  if (notes.notes.length) {
    blocks.push({ type: 'heading', level: 2, text: rt(locale, 'notes'), anchor: 'notes' });
    blocks.push({ type: 'notes', items: notes.notes });
    blocks.push({ type: 'heading', level: 2, text: rt(locale, 'sources'), anchor: 'sources' });
    blocks.push({ type: 'sources', items: notes.sources() });
  }
  if (!brief) blocks.push(technicalBlock(present.map((k) => canonical[k]!.agreed), locale));
  return { format: REPORT_FORMAT, locale, detail, ...(brief ? { brief } : {}), title, date, blocks };
}

function count(locale: Locale, n: number): string {
  return n === 1 ? tt(locale, 'team.answered.one') : tt(locale, 'team.answered.many', { n });
}

/** Each question's agreement across rule sets (a question several ask counts once). */
function questionStatus(results: readonly GroupResult[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of results) for (const q of r.questions) if (!out.has(q.question)) out.set(q.question, q.status);
  return out;
}

/** Group results keyed by rule set, for the same respondents. */
function checkGroupResults(results: unknown): Partial<Record<RuleSetKey, GroupResult>> {
  const problem = (path: (string | number)[], message: string, expected: string): never => {
    throw new ValidationError('options', [{ path, message, expected } satisfies Problem]);
  };
  if (!isObject(results)) return problem(['results'], 'results must be an object', 'what evaluateGroupAll() returns: { criteria, costs, brokering }');
  const out: Partial<Record<RuleSetKey, GroupResult>> = {};
  for (const [k, r] of Object.entries(results)) {
    if (r === undefined) continue;
    if (!(keys as string[]).includes(k)) problem(['results', k], `unknown rule set "${k.slice(0, 40)}"`, `one of: ${keys.join(', ')}`);
    if (!isObject(r) || r.format !== GROUP_RESULT_FORMAT || !Array.isArray(r.respondents) || !Array.isArray(r.questions) || !isObject(r.agreed))
      problem(['results', k], 'not a group result', `a result from evaluateGroup() (format ${GROUP_RESULT_FORMAT})`);
    out[k as RuleSetKey] = r as unknown as GroupResult;
  }
  const present = keys.filter((k) => out[k]);
  if (!present.length) problem(['results'], 'no group results', 'at least one of: criteria, costs, brokering');
  const names = (k: RuleSetKey) => out[k]!.respondents.map((x) => x.name).join('\u0000');
  for (const k of present) if (names(k) !== names(present[0]!)) problem(['results', k, 'respondents'], 'the rule sets have different respondents', 'the results of one evaluateGroupAll() call');
  return out;
}
