import { evaluateGroup, respondentNames, ValidationError, type AgendaItem, type Citation, type EvaluateOptions, type GroupResult, type Position, type RuleSet } from '@coproduce/core/evaluation';
import { profileFor, profileQuestions, ruleSets, type Profile, type RuleSetKey } from './profile';

export type GroupAllResults = { readonly [K in RuleSetKey]: GroupResult };

const profileIds: ReadonlySet<string> = new Set(profileQuestions.map((q) => q.id));
const shown = (s: string) => (s.length > 64 ? `${s.slice(0, 64)}…` : s);
type ProblemOf = ValidationError['problems'][number];

/**
 * Evaluate each respondent's project profile against all three rule sets, as a team (see
 * `evaluateGroup`). Bad names, profiles that are not plain objects, keys no rule set asks
 * about and invalid answers are reported together in one `ValidationError`, each path
 * starting `['respondents', name]`.
 */
export function evaluateGroupAll(respondents: Readonly<Record<string, Profile>>, options?: EvaluateOptions): GroupAllResults {
  const names = respondentNames(respondents);
  const all = respondents as Readonly<Record<string, unknown>>;
  const problems: ProblemOf[] = [];
  for (const name of names) {
    const p = all[name];
    if (!isPlainObject(p)) {
      problems.push({ path: ['respondents', shown(name)], message: 'a profile must be a plain object', expected: 'an object mapping question ids to answers' });
      continue;
    }
    for (const k of Object.keys(p))
      if (!profileIds.has(k)) problems.push({ path: ['respondents', shown(name), shown(k)], message: `no rule set asks "${k.slice(0, 64)}"`, expected: 'a question id of the profile' });
  }
  const results: Partial<Record<RuleSetKey, GroupResult>> = {};
  for (const key of Object.keys(ruleSets) as RuleSetKey[]) {
    const rs = ruleSets[key] as RuleSet;
    // A profile already reported as not an object counts as blank, so the others' problems are found too.
    const part = Object.fromEntries(names.map((n) => [n, isPlainObject(all[n]) ? profileFor(rs, all[n]) : {}]));
    try {
      results[key] = evaluateGroup(rs, part, options);
    } catch (e) {
      if (!(e instanceof ValidationError) || e.target !== 'answers') throw e;
      // A question several rule sets ask is reported once.
      for (const p of e.problems) if (!problems.some((x) => x.path.join('\u0000') === p.path.join('\u0000'))) problems.push(p);
    }
  }
  if (problems.length > 0) throw new ValidationError('answers', problems);
  return results as GroupAllResults;
}

/** One contested question of the whole profile, with what it moves in each rule set. */
export interface TeamAgendaItem {
  readonly question: string;
  readonly label: string;
  /** The rule sets whose verdict the answers given lead to differ, in `ruleSets` order. */
  readonly changes: readonly RuleSetKey[];
  /** The question's agenda item in each rule set that asks it. */
  readonly byRuleSet: Readonly<Partial<Record<RuleSetKey, AgendaItem>>>;
  readonly positions: readonly Position[];
  /** The guidance at stake in every rule set, each citation once. */
  readonly citations: readonly Citation[];
}

/**
 * One discussion agenda across the rule sets: a question asked by several rule sets
 * appears once. Questions that change more verdicts come first, then those that reach
 * more verdicts and move the scores more; profile question order breaks ties. Rule sets
 * missing from `results` are left out.
 */
export function teamAgenda(results: Readonly<Partial<Record<RuleSetKey, GroupResult>>>): TeamAgendaItem[] {
  // Results for some of the rule sets only (a team report on criteria alone) are fine.
  const keys = (Object.keys(ruleSets) as RuleSetKey[]).filter((k) => results[k]);
  const items: (TeamAgendaItem & { reach: number; spread: number; order: number })[] = [];
  profileQuestions.forEach((q, order) => {
    const byRuleSet: Partial<Record<RuleSetKey, AgendaItem>> = {};
    for (const k of keys) {
      const a = results[k]!.agenda.find((x) => x.question === q.id);
      if (a) byRuleSet[k] = a;
    }
    const found = keys.filter((k) => byRuleSet[k]);
    if (found.length === 0) return;
    const citations: Citation[] = [];
    for (const k of found)
      for (const c of byRuleSet[k]!.citations) if (!citations.some((x) => x.guidance === c.guidance && x.source === c.source && x.place === c.place)) citations.push(c);
    const first = byRuleSet[found[0]!]!;
    items.push({
      question: q.id,
      label: first.label,
      changes: found.filter((k) => byRuleSet[k]!.changesVerdict),
      byRuleSet,
      positions: first.positions,
      citations,
      reach: found.reduce((n, k) => n + byRuleSet[k]!.verdicts.length, 0),
      spread: found.reduce((n, k) => n + byRuleSet[k]!.scoreSpread, 0),
      order,
    });
  });
  items.sort((a, b) => b.changes.length - a.changes.length || b.reach - a.reach || b.spread - a.spread || a.order - b.order);
  return items.map(({ reach: _r, spread: _s, order: _o, ...item }) => item);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
