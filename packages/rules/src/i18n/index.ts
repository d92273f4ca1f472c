import { INSUFFICIENT, NO_CLEAR_FIT, type AnswerValue, type Citation, type EvaluationResult, type Question, type RuleSet, type VerdictSummary } from '@coproduce/core/evaluation';
import { brokering } from '../brokering/v2';
import { costsRuleSet } from '../costs/v2';
import { criteria } from '../criteria/v2';
import { guidanceMessages, questionMessages, ruleSetMessages } from './keys';
import { typography } from './typography';
import { hasLocalePart, localePart, LocaleNotLoadedError, UnknownLocaleError, type PackLocale } from './packs';

export { LocaleNotLoadedError, UnknownLocaleError };
// For packages that add their own words to a locale pack (the widget's interface text).
export { hasLocalePart, localePart, registerLocalePart } from './packs';

/** Every locale the packages speak. English ships with the logic; the others are packs. */
export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];

const isLocale = (x: unknown): x is Locale => typeof x === 'string' && (locales as readonly string[]).includes(x);

/** The pack of each locale other than English, as an import bundlers split into its own file. */
const packs: Record<PackLocale, () => Promise<unknown>> = {
  fr: () => import('./fr/index'),
};

/** Builds a locale's flat catalogue from the keys whose English is generated from other text. */
type CatalogueBuilder = (derived: ReturnType<typeof generated>['derived'], fitLabels: ReturnType<typeof generated>['fitLabels']) => Record<string, string>;

/** Whether a locale's words are available now, without loading anything ('en' always is). */
export function hasLocale(locale: string): boolean {
  return locale === 'en' || (isLocale(locale) && hasLocalePart(locale, 'catalogue'));
}

/**
 * Load a locale's pack (French: `@coproduce/rules/i18n/fr`). Resolves once it is registered;
 * calling it again, or for English, resolves at once. Rejects with `UnknownLocaleError` for a
 * locale the packages do not have.
 */
export async function loadLocale(locale: Locale): Promise<void> {
  if (!isLocale(locale)) throw new UnknownLocaleError(locale, locales);
  if (hasLocale(locale)) return;
  await packs[locale as PackLocale]();
  if (!hasLocale(locale)) throw new LocaleNotLoadedError(locale, 'catalogue', `its pack loaded but did not register; import '@coproduce/rules/i18n/${locale}'`);
}

const all: readonly RuleSet[] = [criteria, costsRuleSet, brokering];

/** English interface text; the same templates the core uses. */
const enUi: Record<string, string> = {
  'ui.insufficient.label': 'Insufficient information',
  'ui.insufficient.summary': 'Answer at least {min} question(s) ({answered} answered so far) for a verdict. No verdict is guessed from missing answers.',
  'ui.change.verdict': 'If "{question}" were {to} instead of {from}, the verdict would become "{verdict}".',
  'ui.change.ranking': 'If "{question}" were {to} instead of {from}, the best fit would become "{verdict}".',
  'ui.change.noClearFit': 'If "{question}" were {to} instead of {from}, no option would stand out as the best fit.',
  'ui.group.adopt.verdict': 'If the team adopts the view of {names} on "{question}" ({answer}), the verdict is "{verdict}".',
  'ui.group.adopt.ranking': 'If the team adopts the view of {names} on "{question}" ({answer}), the best fit is "{verdict}".',
  'ui.yes': '"yes"',
  'ui.no': '"no"',
  'ui.none': 'none selected',
  'ui.and': ' and ',
  'ui.fit.suits': 'Suits the {option} model',
  'ui.fit.against': 'Counts against the {option} model',
  'ui.feasible.helps': 'Helps the {option} model in this setting',
  'ui.feasible.hinders': 'Hinders the {option} model in this setting',
};

function english(): Record<string, string> {
  const out: Record<string, string> = { ...enUi };
  for (const rs of all) ruleSetMessages(rs, out);
  guidanceMessages(out);
  return out;
}

/** Keys whose English is generated from another string (so its translation is too). */
function generated() {
  const derived: { key: string; from: string }[] = [];
  const fitLabels: { key: string; option: string; weight: number; feasibility: boolean }[] = [];
  for (const rs of all)
    for (const o of rs.outcomes) {
      const rule = rs.rules.find((r) => r.outcomes.includes(o.id));
      if (rule && o.detail === rule.explanation) derived.push({ key: `outcome.${rs.id}.${o.id}.detail`, from: `rule.${rs.id}.${rule.id}` });
      if (o.effect.type === 'fit') fitLabels.push({ key: `outcome.${rs.id}.${o.id}.label`, option: `option.${rs.id}.${o.effect.option}.label`, weight: o.effect.weight, feasibility: o.effect.scale === 'feasibility' });
    }
  return { derived, fitLabels };
}

let cache: Partial<Record<Locale, Readonly<Record<string, string>>>> = {};

/** The full message catalogue of a locale, keyed by message key. */
export function messages(locale: Locale): Readonly<Record<string, string>> {
  if (!isLocale(locale)) throw new UnknownLocaleError(locale, locales);
  let m = cache[locale];
  if (!m) {
    if (locale === 'en') m = english();
    else {
      const build = localePart<CatalogueBuilder>(locale, 'catalogue');
      const g = generated();
      m = build(g.derived, g.fitLabels);
    }
    cache = { ...cache, [locale]: Object.freeze(m) };
  }
  return m;
}

/** The name of a verdict (band, option, "no clear fit" or "insufficient") in a locale. */
export function verdictName(rs: RuleSet, vid: string, fallback: string, locale: Locale): string {
  const m = messages(locale);
  if (vid === INSUFFICIENT) return translate(locale, 'ui.insufficient.label');
  if (vid === NO_CLEAR_FIT) return m[`noclearfit.${rs.id}.label`] ?? fallback;
  return m[rs.kind === 'ranking' ? `option.${rs.id}.${vid}.label` : `band.${rs.id}.${vid}.label`] ?? fallback;
}

/** A verdict summary in a locale: its label, the summary shown (a band's variant included), tied options. */
export function localizeVerdict(rs: RuleSet, v: VerdictSummary, answered: number, locale: Locale): VerdictSummary {
  if (locale === 'en') return v;
  const m = messages(locale);
  const id = rs.id;
  const t = (k: string, fallback: string) => m[k] ?? fallback;
  const optionName = (oid: string, fallback: string) => t(`option.${id}.${oid}.label`, fallback);
  if (v.score === null) return { ...v, label: translate(locale, 'ui.insufficient.label'), summary: translate(locale, 'ui.insufficient.summary', { min: rs.minimumAnswers, answered }) };
  if (v.id === NO_CLEAR_FIT)
    return { ...v, label: t(`noclearfit.${id}.label`, v.label), summary: t(`noclearfit.${id}.summary`, v.summary), ...(v.tied ? { tied: v.tied.map((o) => ({ ...o, label: optionName(o.option, o.label) })) } : {}) };
  if (rs.kind === 'ranking') return { ...v, label: optionName(v.id, v.label), summary: t(`option.${id}.${v.id}.summary`, v.summary) };
  // The summary shown may be one of the band's variants: find which by its English text.
  const b = rs.bands.find((x) => x.id === v.id);
  const shape = b && Object.entries(b.summaries ?? {}).find(([, text]) => text === v.summary)?.[0];
  return { ...v, label: t(`band.${id}.${v.id}.label`, v.label), summary: shape ? t(`band.${id}.${v.id}.summary.${shape}`, v.summary) : t(`band.${id}.${v.id}.summary`, v.summary) };
}

/** One message, with `{name}` placeholders filled; falls back to English, then to the key. */
export function translate(locale: Locale, key: string, vars: Readonly<Record<string, string | number>> = {}): string {
  const text = messages(locale)[key] ?? messages('en')[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));
}

/** A question with its label, help, option labels and unit in the given locale. */
export function localizeQuestion<Q extends Question>(q: Q, locale: Locale): Q {
  if (locale === 'en') return q;
  const t = (k: string, fallback: string) => messages(locale)[k] ?? fallback;
  const base = { ...q, label: t(`q.${q.id}.label`, q.label), help: t(`q.${q.id}.help`, q.help) };
  if (q.type === 'enum' || q.type === 'multi-select') return { ...base, options: q.options.map((o) => ({ ...o, label: t(`q.${q.id}.option.${o.value}`, o.label) })) } as Q;
  if (q.type === 'number' && q.unit) return { ...base, unit: t(`q.${q.id}.unit`, q.unit) } as Q;
  return base as Q;
}

/** How an answer reads in a locale ("yes", an option label, a number with its unit). */
export function answerLabel(q: Question, value: AnswerValue, locale: Locale): string {
  const lq = localizeQuestion(q, locale);
  const [open, close] = typography(locale).answerQuotes;
  const quote = (x: string) => `${open}${x}${close}`;
  switch (lq.type) {
    case 'boolean':
      return translate(locale, value ? 'ui.yes' : 'ui.no');
    case 'number':
      return `${value}${lq.unit ? ` ${lq.unit}` : ''}`;
    case 'enum':
      return quote(lq.options.find((o) => o.value === value)?.label ?? String(value));
    case 'multi-select': {
      const xs = value as readonly string[];
      return xs.length === 0 ? translate(locale, 'ui.none') : xs.map((x) => quote(lq.options.find((o) => o.value === x)?.label ?? x)).join(translate(locale, 'ui.and'));
    }
  }
}

/**
 * A result with every text in the given locale. Evaluation always runs on the canonical
 * (English) rule set, so the hash and the logic are the same in every language; only the
 * words change.
 */
export function localizeResult(result: EvaluationResult, locale: Locale): EvaluationResult {
  if (locale === 'en') return result;
  // Results of other versions are returned as they are: their wording may differ from the
  // current catalogue, and bundling every published version here would weigh on browsers.
  const rs = all.find((r) => r.id === result.ruleSet.id && r.version === result.ruleSet.version);
  if (!rs) return result;
  const m = messages(locale);
  const id = rs.id;
  const t = (k: string, fallback: string) => m[k] ?? fallback;
  const qById = new Map(rs.questions.map((q) => [q.id, q]));
  const qLabel = (qid: string, fallback: string) => t(`q.${qid}.label`, fallback);
  const outcome = <O extends { id: string; label: string; detail: string }>(o: O): O => ({ ...o, label: t(`outcome.${id}.${o.id}.label`, o.label), detail: t(`outcome.${id}.${o.id}.detail`, o.detail) });
  const verdict = localizeVerdict(rs, result.verdict, result.answered, locale);
  const optionName = (oid: string, fallback: string) => t(`option.${id}.${oid}.label`, fallback);
  const cites = <C extends Citation>(cs: readonly C[]): C[] => cs.map((c) => (c.text === undefined ? c : { ...c, text: t(`guidance.${c.guidance}`, c.text) }));
  return {
    ...result,
    verdict: { ...verdict, citations: cites(verdict.citations) },
    rules: result.rules.map((r) => ({
      ...r,
      explanation: t(`rule.${id}.${r.id}`, r.explanation),
      decidedBy: r.decidedBy.map((d) => ({ ...d, label: qLabel(d.question, d.label) })),
      outcomes: r.outcomes.map((o) => ({ ...outcome(o), citations: cites(o.citations) })),
      citations: cites(r.citations),
    })),
    ranking: result.ranking.map((o) => ({ ...o, label: optionName(o.option, o.label), summary: t(`option.${id}.${o.option}.summary`, o.summary), citations: cites(o.citations) })),
    risks: result.risks.map((f) => ({
      ...f,
      label: t(`outcome.${id}.${f.outcome}.label`, f.label),
      detail: t(`outcome.${id}.${f.outcome}.detail`, f.detail),
      mitigations: f.mitigations.map((mi) => ({ ...mi, title: t(`ref.${id}.${mi.id}.title`, mi.title), text: t(`ref.${id}.${mi.id}.text`, mi.text), citations: cites(mi.citations) })),
      citations: cites(f.citations),
    })),
    advice: result.advice.map((a) => ({ ...a, label: t(`outcome.${id}.${a.outcome}.label`, a.label), detail: t(`outcome.${id}.${a.outcome}.detail`, a.detail), citations: cites(a.citations) })),
    notes: (result.notes ?? []).map((n) => ({ ...n, title: t(`ref.${id}.${n.id}.title`, n.title), text: t(`ref.${id}.${n.id}.text`, n.text), citations: cites(n.citations) })),
    unanswered: result.unanswered.map((u) => ({ ...u, label: qLabel(u.question, u.label) })),
    whatWouldChange: result.whatWouldChange.map((c) => {
      const q = qById.get(c.question)!;
      const label = qLabel(c.question, c.label);
      const name = verdictName(rs, c.verdict.id, c.verdict.label, locale);
      return {
        ...c,
        label,
        verdict: { ...c.verdict, label: name },
        sentence: translate(locale, c.verdict.id === NO_CLEAR_FIT ? 'ui.change.noClearFit' : rs.kind === 'ranking' ? 'ui.change.ranking' : 'ui.change.verdict', {
          question: label,
          to: answerLabel(q, c.to, locale),
          from: c.from === null ? '—' : answerLabel(q, c.from, locale),
          verdict: name,
        }),
      };
    }),
  };
}

export { questionMessages };

export { localizeGroupResult } from './group';
