/**
 * Turn evaluation results into the report model: what a research funder reads first (the
 * verdicts in plain words), then why, the risks, the advice, what would change each verdict,
 * the open questions and the answers given, and the evidence behind every line.
 */
import type { Citation, EvaluationResult, Question, RuleSet, Source } from '@coproduce/core';
import { localizeResult, translate, type Locale } from '../i18n';
import { profileQuestions, ruleSets as builtIn, type RuleSetKey } from '../profile';
import { sources as builtInSources } from '../sources';
import { answerWords } from './answer-words';
import { CitationIndex } from './citations';
import { checkDate, checkLocale, checkResults, checkRuleSets, checkText } from './input';
import { joinWords, more, rt, sentence, withColon } from './messages';
import { typography } from '../i18n/typography';
import { REPORT_FORMAT, type Block, type ListItem, type Report, type TechnicalBlock } from './model';
import { fitWords, plainScore, topOptions } from './plain-score';

export interface ReportInput {
  /** Results as `evaluate()` / `evaluateAll()` return them (in the rule sets' own language). */
  readonly results: Partial<Record<RuleSetKey, EvaluationResult>> & Readonly<Record<string, EvaluationResult | undefined>>;
  readonly locale?: Locale;
  readonly title?: string;
  readonly projectName?: string;
  /** ISO date; today when omitted. */
  readonly date?: string;
  /** `true`: every reason, every citation and the technical details. */
  readonly detail?: boolean;
  /**
   * `true`: what a funder reads in a minute (the command line's default): the verdicts, the
   * main reason each way, the serious risks, the requirements, one change each, the questions
   * that could change a verdict and the limits to keep in mind; no citation numbers, no list
   * of answers. Ignored with `detail`.
   */
  readonly brief?: boolean;
  /** Custom rule sets the results come from, for their questions and sources. */
  readonly ruleSets?: readonly RuleSet[];
}

const order: readonly string[] = ['criteria', 'costs', 'brokering'];
/** The short report: enough to read in a minute. */
// Every risk and every option: a printed or forwarded report must not drop a risk, and a
// "what would change" line may name any option, so the comparison shows them all.
const SHORT = { brief: false, reasons: 3, risks: Infinity, changes: 3, options: Infinity, openQuestions: Infinity } as const;
/** The brief report: a minute's reading. */
const BRIEF = { brief: true, reasons: 1, risks: 3, changes: 1, options: Infinity, openQuestions: 4 } as const;
/** How much a (non-detailed) report shows; `brief` also changes what kinds of item it keeps. */
type Limits = { readonly brief: boolean; readonly reasons: number; readonly risks: number; readonly changes: number; readonly options: number; readonly openQuestions: number };

/** A rule set's title in the locale: the catalogue's translation for built-ins, its own title otherwise. */
export function ruleSetTitle(r: EvaluationResult, locale: Locale): string {
  // In English the title is the rule set's own (the catalogue's English is made from it):
  // asking the catalogue would build all of it, about 2 ms on a first load, for a title.
  if (locale === 'en') return r.ruleSet.title;
  const key = `rs.${r.ruleSet.id}.title`;
  const t = translate(locale, key);
  return t === key ? r.ruleSet.title : t;
}

/** The result's status in plain words ("Provisional: 3 open questions could change this."). */
export function statusWords(r: EvaluationResult, locale: Locale): string {
  if (r.status === 'complete') return rt(locale, 'status.complete');
  if (r.status === 'insufficient-information') return rt(locale, 'status.insufficient');
  const n = r.unanswered.filter((u) => u.couldChangeVerdict).length;
  return rt(locale, n === 0 ? 'status.provisional.none' : n === 1 ? 'status.provisional.one' : 'status.provisional.many', { n });
}

export function buildReport(input: ReportInput): Report {
  if (typeof input !== 'object' || input === null) return buildReport({ results: input as never });
  const locale = checkLocale(input.locale, 'locale');
  const date = checkDate(input.date, 'date');
  const projectName = checkText(input.projectName, 'projectName');
  const customTitle = checkText(input.title, 'title');
  const detail = input.detail === true;
  const brief = !detail && input.brief === true;
  const limits: Limits = brief ? BRIEF : SHORT;
  const entries = checkResults(input.results, 'results').sort(([a], [b]) => rank(a) - rank(b));
  const custom = checkRuleSets(input.ruleSets, 'ruleSets');

  const allSources: Record<string, Source> = { ...builtInSources };
  for (const rs of custom) Object.assign(allSources, rs.sources);
  const notes = new CitationIndex(allSources, locale, detail);
  // Short report: one citation per source for each line; the detailed one cites everything.
  // The brief report cites nothing: the evidence is one command (or click) away.
  const cite = (cs: readonly Citation[] | undefined): number[] => (brief ? [] : notes.cite(detail ? cs : onePerSource(cs)));

  const results = entries.map(([key, r]) => ({ key, canonical: r, r: localizeResult(r, locale), title: ruleSetTitle(r, locale) }));
  const title = customTitle ?? (projectName ? rt(locale, 'titleFor', { project: projectName }) : rt(locale, 'title'));
  const blocks: Block[] = [{ type: 'heading', level: 1, text: title, anchor: 'report' }];
  blocks.push(headerBlock(locale, projectName, date, results.map((x) => ({ title: x.title, version: x.r.ruleSet.version }))));

  // The verdicts at a glance, then one section per rule set.
  blocks.push({ type: 'heading', level: 2, text: rt(locale, 'verdicts'), anchor: 'summary' });
  blocks.push({ type: 'list', items: results.map(({ r, title: t }) => ({ lead: t, text: `${r.verdict.label}. ${plainScore(r, locale)}.` })) });
  // Rule sets that carry their own scope and limits (as cited notes) say it better, below.
  if (!results.some(({ r }) => r.notes?.length)) blocks.push({ type: 'paragraph', text: rt(locale, 'scope'), tone: 'note' });

  const seenAdvice = new Set<string>();
  const seenNotes = new Set<string>();
  for (const { key, r, title: t } of results) {
    blocks.push({ type: 'heading', level: 2, text: t, anchor: `rs-${anchorPart(key)}` });
    // The brief report gave the verdict in the summary already.
    if (!brief) blocks.push({ type: 'paragraph', text: `${withColon(rt(locale, 'verdict'), locale)} ${r.verdict.label}`, tone: 'strong', cites: cite(r.verdict.citations) });
    const why = r.status === 'insufficient-information' ? insufficientWords(r, ruleSetOf(key, r, custom), locale) : r.verdict.summary;
    if (why) blocks.push({ type: 'paragraph', text: why });
    blocks.push({ type: 'paragraph', text: r.status === 'insufficient-information' ? statusWords(r, locale) : `${plainScore(r, locale)}. ${statusWords(r, locale)}`, tone: 'note' });
    verdictDetailBlocks(r, locale, blocks);
    if (r.ruleSet.kind === 'ranking') rankingBlocks(r, locale, detail, limits, cite, blocks);
    else if (r.ruleSet.kind === 'verdict') reasonBlocks(r, locale, detail, limits, cite, blocks);
    if (r.risks.length) riskBlocks(r, locale, detail, limits, cite, blocks);
    adviceBlocks(r, locale, detail, limits, cite, seenAdvice, blocks);
    if (r.whatWouldChange.length) {
      const shown = detail ? r.whatWouldChange : r.whatWouldChange.slice(0, limits.changes);
      blocks.push({ type: 'heading', level: 3, text: rt(locale, 'whatWouldChange') });
      blocks.push({ type: 'list', items: shown.map((c) => ({ text: c.sentence })) });
    }
    // The scope and limits each rule set asks to show with every result, once per report.
    const notesHere = (r.notes ?? []).filter((n) => !seenNotes.has(n.text) && seenNotes.add(n.text));
    if (notesHere.length) {
      blocks.push({ type: 'heading', level: 3, text: rt(locale, 'keepInMind') });
      blocks.push({ type: 'list', items: notesHere.map((n) => ({ lead: n.title, text: n.text, cites: cite(n.citations) })) });
    }
  }

  openQuestionBlocks(results, locale, detail, limits, blocks);
  if (brief) {
    const n = new Set(results.flatMap((x) => Object.keys(x.canonical.answers))).size;
    blocks.push({ type: 'paragraph', text: rt(locale, n === 1 ? 'answersGivenOne' : 'answersGiven', { n }), tone: 'note' });
    blocks.push({ type: 'paragraph', text: rt(locale, 'briefNote'), tone: 'note' });
    return { format: REPORT_FORMAT, locale, detail, brief, title, date, blocks };
  }
  answerBlocks(results.map((x) => x.canonical), custom, locale, blocks);

  const technical = technicalBlock(results.map((x) => x.canonical), locale);
  if (notes.notes.length) {
    blocks.push({ type: 'heading', level: 2, text: rt(locale, 'notes'), anchor: 'notes' });
    blocks.push({ type: 'notes', items: notes.notes });
    blocks.push({ type: 'heading', level: 2, text: rt(locale, 'sources'), anchor: 'sources' });
    blocks.push({ type: 'sources', items: notes.sources() });
  }
  blocks.push(technical);
  return { format: REPORT_FORMAT, locale, detail, title, date, blocks };
}

/** The rule set a result comes from: a bundled one by its key, or one of the caller's by id. */
function ruleSetOf(key: string, r: EvaluationResult, custom: readonly RuleSet[]): RuleSet | undefined {
  const b = (builtIn as Record<string, RuleSet | undefined>)[key];
  if (b && b.id === r.ruleSet.id) return b;
  return custom.find((x) => x.id === r.ruleSet.id && x.version === r.ruleSet.version);
}

/**
 * Why there is no verdict yet, counting this rule set's own questions only: the engine's
 * sentence ("0 answered so far") read as wrong beside a form with 22 answers to the other
 * rule sets' questions. Names the first questions to answer.
 */
function insufficientWords(r: EvaluationResult, rs: RuleSet | undefined, locale: Locale): string | undefined {
  if (!rs) return r.verdict.summary;
  const answered = rs.questions.filter((q) => r.answers[q.id] !== undefined).length;
  const open = r.unanswered.slice(0, 2).map((u) => `"${u.label}"`);
  return rt(locale, 'insufficient', { min: rs.minimumAnswers, answered, questions: joinWords(locale, open) });
}

/** The project, the date and the rule-set versions, under the title. */
export function headerBlock(locale: Locale, projectName: string | undefined, date: string, ruleSets: readonly { title: string; version: string }[], extra: readonly { key: string; value: string }[] = []): Block {
  return {
    type: 'key-value',
    items: [
      ...(projectName ? [{ key: rt(locale, 'project'), value: projectName }] : []),
      { key: rt(locale, 'date'), value: longDate(date, locale) },
      ...extra,
      { key: rt(locale, 'ruleSets'), value: ruleSets.map((x) => rt(locale, 'ruleSetVersion', x)).join('; ') },
    ],
  };
}

/** "1 December 2026" / "1 décembre 2026": the day as people write it, whatever the time zone. */
export function longDate(iso: string, locale: Locale): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  try {
    return new Intl.DateTimeFormat(typography(locale).dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  } catch {
    return iso.slice(0, 10); // a runtime without Intl's date data
  }
}

function rank(key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}

/** Anchors come from keys, which are ids; anything else is dropped. */
function anchorPart(key: string): string {
  return key.replace(/[^a-z0-9-]/gi, '').slice(0, 40) || 'x';
}

export function onePerSource(cs: readonly Citation[] | undefined): Citation[] {
  const out: Citation[] = [];
  for (const c of cs ?? []) if (!out.some((x) => x.source === c.source)) out.push(c);
  return out;
}

type Cite = (cs: readonly Citation[] | undefined) => number[];

function reasonBlocks(r: EvaluationResult, locale: Locale, detail: boolean, limits: Limits, cite: Cite, blocks: Block[]): void {
  const groups = { for: [] as { weight: number; item: () => ListItem }[], against: [] as { weight: number; item: () => ListItem }[] };
  for (const rule of r.rules) {
    if (rule.status !== 'fired') continue;
    for (const o of rule.outcomes)
      if (o.effect.type === 'signal') groups[o.effect.direction].push({ weight: o.effect.weight, item: () => ({ lead: o.label, text: rule.explanation, cites: cite(rule.citations) }) });
  }
  if (!groups.for.length && !groups.against.length) return;
  blocks.push({ type: 'heading', level: 3, text: rt(locale, 'reasons') });
  if (limits.brief) {
    // One line each way: the main reason for and the main reason against.
    const items: ListItem[] = [];
    for (const dir of ['for', 'against'] as const) {
      const top = [...groups[dir]].sort((a, b) => b.weight - a.weight)[0];
      if (top) items.push({ ...top.item(), tag: rt(locale, dir === 'for' ? 'reasonsFor' : 'reasonsAgainst') });
    }
    blocks.push({ type: 'list', items });
    const hidden = groups.for.length + groups.against.length - items.length;
    if (hidden) blocks.push({ type: 'paragraph', text: more(locale, hidden, 'moreReason', 'moreReasons'), tone: 'note' });
    return;
  }
  let hidden = 0;
  for (const dir of ['for', 'against'] as const) {
    const xs = [...groups[dir]].sort((a, b) => b.weight - a.weight);
    if (!xs.length) continue;
    const shown = detail ? xs : xs.slice(0, limits.reasons);
    hidden += xs.length - shown.length;
    blocks.push({ type: 'paragraph', text: rt(locale, dir === 'for' ? 'reasonsFor' : 'reasonsAgainst'), tone: 'strong' });
    blocks.push({ type: 'list', items: shown.map((x) => x.item()) });
  }
  if (hidden) blocks.push({ type: 'paragraph', text: more(locale, hidden, 'moreReason', 'moreReasons'), tone: 'note' });
}

function rankingBlocks(r: EvaluationResult, locale: Locale, detail: boolean, limits: Limits, cite: Cite, blocks: Block[]): void {
  if (!r.ranking.length || r.status === 'insufficient-information') return;
  const shown = detail ? r.ranking : r.ranking.slice(0, limits.options);
  blocks.push({ type: 'heading', level: 3, text: rt(locale, 'ranking') });
  // Rule sets that tell fit from feasibility show both: the setting never outranks the fit.
  const feasible = (o: EvaluationResult['ranking'][number]): string =>
    o.definition === 'not-met'
      ? rt(locale, 'feasible.notMet', { why: rt(locale, 'notMet') })
      : rt(locale, o.feasibility! > 0 ? 'feasible.plus' : o.feasibility! < 0 ? 'feasible.minus' : 'feasible.zero');
  const withFeasibility = r.ranking.some((o) => o.feasibility !== undefined);
  blocks.push({
    type: 'table',
    head: [rt(locale, 'rankingHead'), rt(locale, 'fitHead'), ...(withFeasibility ? [rt(locale, 'feasibilityHead')] : [])],
    rows: shown.map((o) => [o.label, fitWords(r, o.option, locale), ...(withFeasibility ? [feasible(o)] : [])]),
  });
  // Why the best option(s) fit, what counts against them, and what in the setting helps or
  // hinders them (apart: the setting never changes the ranking).
  for (const top of topOptions(r).slice(0, 2)) {
    // Items are made only when shown, so hidden reasons take no citation numbers.
    const pro: (() => ListItem)[] = [];
    const con: (() => ListItem)[] = [];
    const helps: (() => ListItem)[] = [];
    const hinders: (() => ListItem)[] = [];
    for (const rule of r.rules) {
      if (rule.status !== 'fired') continue;
      for (const o of rule.outcomes) {
        if (o.effect.type !== 'fit' || o.effect.option !== top.option || o.effect.weight === 0) continue;
        const setting = o.effect.scale === 'feasibility';
        (o.effect.weight > 0 ? (setting ? helps : pro) : setting ? hinders : con).push(() => ({ text: rule.explanation, cites: cite(rule.citations) }));
      }
    }
    if (pro.length + con.length + helps.length + hinders.length === 0) continue;
    if (limits.brief) {
      const first = pro[0] ?? con[0] ?? helps[0] ?? hinders[0];
      if (first) blocks.push({ type: 'list', items: [{ ...first(), tag: `${withColon(rt(locale, 'reasons'), locale)} ${top.label}` }] });
      continue;
    }
    blocks.push({ type: 'heading', level: 3, text: `${withColon(rt(locale, 'reasons'), locale)} ${top.label}` });
    let hidden = 0;
    for (const [words, xs] of [[rt(locale, 'reasonsFit'), pro], [rt(locale, 'reasonsNoFit'), con], [rt(locale, 'reasonsSettingFor'), helps], [rt(locale, 'reasonsSettingAgainst'), hinders]] as const) {
      if (!xs.length) continue;
      const list = detail ? xs : xs.slice(0, limits.reasons);
      hidden += xs.length - list.length;
      blocks.push({ type: 'paragraph', text: words, tone: 'strong' });
      blocks.push({ type: 'list', items: list.map((x) => x()) });
    }
    if (hidden) blocks.push({ type: 'paragraph', text: more(locale, hidden, 'moreReason', 'moreReasons'), tone: 'note' });
  }
}

/** What a verdict leaves open: the options level at the top, or the answers a higher band needs. */
function verdictDetailBlocks(r: EvaluationResult, locale: Locale, blocks: Block[]): void {
  const labels = (ids: readonly string[]) => ids.map((id) => `"${r.unanswered.find((u) => u.question === id)?.label ?? id}"`);
  const tied = r.verdict.tied;
  if (tied && tied.length > 1) blocks.push({ type: 'paragraph', text: rt(locale, 'tied', { options: joinWords(locale, tied.map((o) => o.label)) }) });
  if (tied) {
    const deciding = r.unanswered.filter((u) => u.couldChangeVerdict).map((u) => u.question);
    if (deciding.length) blocks.push({ type: 'paragraph', text: rt(locale, 'separate', { questions: joinWords(locale, labels(deciding.slice(0, 3))) }) });
  }
  const open = (r.verdict.needsAnswer ?? []).filter((q) => r.unanswered.some((u) => u.question === q));
  if (open.length) blocks.push({ type: 'paragraph', text: rt(locale, 'needsAnswer', { questions: joinWords(locale, labels(open)) }) });
}

const severityOrder = { high: 0, medium: 1, low: 2 } as const;

function riskBlocks(r: EvaluationResult, locale: Locale, detail: boolean, limits: Limits, cite: Cite, blocks: Block[]): void {
  const risks = [...r.risks].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  const { brief } = limits;
  // The brief report lists the serious risks only (high and medium), each with one way to reduce it.
  const shown = detail ? risks : (brief ? risks.filter((f) => f.severity !== 'low') : risks).slice(0, limits.risks);
  if (!shown.length) {
    blocks.push({ type: 'paragraph', text: more(locale, risks.length, 'moreRisk', 'moreRisks'), tone: 'note' });
    return;
  }
  const seen = new Set<string>();
  blocks.push({ type: 'heading', level: 3, text: rt(locale, 'risks') });
  blocks.push({
    type: 'list',
    items: shown.map((f) => ({
      tag: rt(locale, `lead.${f.severity}`),
      lead: f.label,
      text: f.detail,
      cites: cite(f.citations),
      // The short report gives a mitigation in full once, then by its title.
      sub: (detail ? f.mitigations : f.mitigations.slice(0, brief ? 1 : 2)).map((m) => {
        const again = !detail && seen.has(m.id);
        seen.add(m.id);
        if (brief) return { text: rt(locale, 'reduceBrief', { title: m.title }) };
        return again ? { text: rt(locale, 'reduceAgain', { title: m.title }) } : { text: rt(locale, 'reduce', { title: sentence(m.title), text: m.text }), cites: cite(m.citations) };
      }),
    })),
  });
  if (risks.length > shown.length) blocks.push({ type: 'paragraph', text: more(locale, risks.length - shown.length, 'moreRisk', 'moreRisks'), tone: 'note' });
}

const levelOrder = { requirement: 0, warning: 1, info: 2 } as const;

function adviceBlocks(r: EvaluationResult, locale: Locale, detail: boolean, { brief }: Limits, cite: Cite, seen: Set<string>, blocks: Block[]): void {
  // Advice that several rule sets give (scope and limits, for instance) is shown once.
  const fresh = r.advice.filter((a) => {
    const k = `${a.label}\u0000${a.detail}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const items = [...fresh].sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
  // The brief report keeps the musts; the short one adds the warnings; the detailed one, everything.
  const shown = detail ? items : items.filter((a) => (brief ? a.level === 'requirement' : a.level !== 'info'));
  if (!items.length || (brief && !shown.length)) return;
  blocks.push({ type: 'heading', level: 3, text: rt(locale, 'advice') });
  if (shown.length) blocks.push({ type: 'list', items: shown.map((a) => ({ tag: rt(locale, `level.${a.level}`), lead: a.label, text: a.detail, cites: cite(a.citations) })) });
  if (items.length > shown.length && !brief) blocks.push({ type: 'paragraph', text: more(locale, items.length - shown.length, 'moreNote', 'moreAdvice'), tone: 'note' });
}

function openQuestionBlocks(results: readonly { r: EvaluationResult; title: string }[], locale: Locale, detail: boolean, limits: Limits, blocks: Block[]): void {
  // Each question once, across rule sets; those that could change a verdict first.
  const byId = new Map<string, { label: string; changes: string[] }>();
  for (const { r, title } of results)
    for (const u of r.unanswered) {
      const e = byId.get(u.question) ?? { label: u.label, changes: [] };
      if (u.couldChangeVerdict && !e.changes.includes(title)) e.changes.push(title);
      byId.set(u.question, e);
    }
  const all = [...byId.values()];
  const decisive = all.filter((q) => q.changes.length > 0);
  const rest = all.filter((q) => q.changes.length === 0);
  blocks.push({ type: 'heading', level: 2, text: rt(locale, 'openQuestions'), anchor: 'open-questions' });
  if (!all.length) {
    blocks.push({ type: 'paragraph', text: rt(locale, 'noOpen') });
    return;
  }
  // Grouped by the verdicts they could change, so each rule set is named once.
  const groups = new Map<string, { titles: string[]; labels: string[] }>();
  for (const q of decisive) {
    const k = q.changes.join('\u0000');
    const g = groups.get(k) ?? { titles: q.changes, labels: [] };
    g.labels.push(q.label);
    groups.set(k, g);
  }
  for (const g of groups.values()) {
    blocks.push({ type: 'paragraph', text: rt(locale, 'couldChange', { titles: joinWords(locale, g.titles.map((t) => quoteTitle(t, locale))) }), tone: 'strong' });
    // The brief report names the first few; the rest are counted.
    const labels = g.labels.slice(0, limits.openQuestions);
    blocks.push({ type: 'list', items: labels.map((text) => ({ text })) });
    if (labels.length < g.labels.length) blocks.push({ type: 'paragraph', text: rt(locale, 'andMore', { n: g.labels.length - labels.length }), tone: 'note' });
  }
  if (detail && rest.length) {
    blocks.push({ type: 'paragraph', text: rt(locale, 'otherQuestions'), tone: 'strong' });
    blocks.push({ type: 'list', items: rest.map((q) => ({ text: q.label })) });
  }
  if (!detail && rest.length) blocks.push({ type: 'paragraph', text: rest.length === 1 ? rt(locale, 'otherOpenOne') : rt(locale, 'otherOpen', { n: rest.length }), tone: 'note' });
}

export function quoteTitle(t: string, locale: Locale): string {
  const [open, close] = typography(locale).titleQuotes;
  return `${open}${t}${close}`;
}

function answerBlocks(results: readonly EvaluationResult[], custom: readonly RuleSet[], locale: Locale, blocks: Block[]): void {
  const questions = new Map<string, Question>();
  for (const q of [...profileQuestions, ...custom.flatMap((rs) => rs.questions), ...Object.values(builtIn).flatMap((rs) => rs.questions)]) if (!questions.has(q.id)) questions.set(q.id, q);
  const answers: Record<string, unknown> = {};
  for (const r of results) Object.assign(answers, r.answers);
  const ids = [...questions.keys()].filter((id) => answers[id] !== undefined);
  blocks.push({ type: 'heading', level: 2, text: rt(locale, 'answers'), anchor: 'answers' });
  if (!ids.length) {
    blocks.push({ type: 'paragraph', text: rt(locale, 'noAnswers') });
    return;
  }
  blocks.push({ type: 'key-value', items: ids.map((id) => answerWords(questions.get(id)!, answers[id] as never, locale)) });
}

export function technicalBlock(results: readonly EvaluationResult[], locale: Locale): TechnicalBlock {
  const out: TechnicalBlock['blocks'][number][] = [];
  for (const r of results) {
    out.push({ type: 'heading', level: 3, text: r.ruleSet.id });
    out.push({
      type: 'key-value',
      items: [
        { key: rt(locale, 'tech.ruleSet'), value: r.ruleSet.id },
        { key: rt(locale, 'tech.version'), value: r.ruleSet.version },
        { key: rt(locale, 'tech.hash'), value: r.ruleSet.hash },
        { key: rt(locale, 'tech.status'), value: r.status },
        { key: rt(locale, 'tech.verdict'), value: r.verdict.id },
        { key: rt(locale, 'tech.score'), value: r.verdict.score === null ? rt(locale, 'tech.noScore') : String(r.verdict.score) },
        { key: rt(locale, 'tech.fired'), value: r.rules.filter((x) => x.status === 'fired').map((x) => x.id).join(', ') || '—' },
        { key: rt(locale, 'tech.guidance'), value: [...new Set(r.rules.filter((x) => x.status === 'fired').flatMap((x) => x.citations.map((c) => c.guidance)))].join(', ') || '—' },
      ],
    });
    if (r.ranking.length) out.push({ type: 'table', head: ['option', 'score', 'rank'], rows: r.ranking.map((o) => [o.option, String(o.score), String(o.rank)]) });
  }
  return { type: 'technical', summary: rt(locale, 'technical'), blocks: out };
}
