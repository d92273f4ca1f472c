/**
 * The reviewer's re-check of one saved decision record: is it what the published rule sets
 * give (each rule set's hash against the published version, the answers still valid), and
 * what do the current versions say about the same answers, and why (the rules that changed,
 * the changelog between the versions). A record from an older version is never silently
 * reinterpreted: every rule set says which version the record was made with and which it is
 * compared with.
 */
import { evaluate, ValidationError, type EvaluationResult, type Problem, type RuleChange, type RuleSet } from '@coproduce/core/evaluation';
import { changelog, type ChangelogEntry } from '../changelog';
import { localizeResult, translate, type Locale } from '../i18n';
import { profileFor, ruleSets as builtIn } from '../profile';
import { diffRules } from './compare-records';
import { headerBlock } from './build-report';
import type { DecisionRecord, DecisionRecordEntry } from './decision-record';
import { readDecisionRecord } from './read-decision-record';
import { checkDate, checkLocale } from './input';
import { tt } from './team-messages';
import { REPORT_FORMAT, type Block, type Report } from './model';

export type Integrity = 'ok' | 'unknown-version' | 'hash-mismatch';

export interface RuleSetRecheck {
  readonly key: string;
  readonly id: string;
  readonly title: string;
  /** What the record says: version, hash, verdict, status. */
  readonly recorded: DecisionRecordEntry;
  /** `ok`: the version was published and its hash is the record's. */
  readonly integrity: Integrity;
  /** The published hash of the record's version, when that version is known. */
  readonly publishedHash: string | null;
  /** Problems with the answers under the record's own version (empty: valid; null: that version is unknown). */
  readonly answerProblems: readonly Problem[] | null;
  /** The verdict the record's answers give on its own version, when that version is known and the answers valid. */
  readonly recomputed: { readonly id: string; readonly label: string } | null;
  /** The current version, its verdict on the record's answers and why it differs; null when there is no current version. */
  readonly current: {
    readonly version: string;
    readonly hash: string;
    /** Problems with the answers under the current version (empty: valid). */
    readonly answerProblems: readonly Problem[];
    readonly verdict: { readonly id: string; readonly label: string } | null;
    readonly status: EvaluationResult['status'] | null;
    readonly verdictChanged: boolean;
    /** Rules whose status differs between the record's version and the current one (null when either cannot be run). */
    readonly ruleChanges: readonly RuleChange[] | null;
  } | null;
  /** The changelog entries after the record's version, up to the current one (newest first). */
  readonly changelog: readonly ChangelogEntry[];
}

export interface RecordRecheck {
  readonly record: DecisionRecord;
  /** True when every rule set's version is published, its hash matches and the answers are valid under it. */
  readonly ok: boolean;
  readonly ruleSets: readonly RuleSetRecheck[];
  /** The problems that make `ok` false, in plain sentences. */
  readonly problems: readonly string[];
}

export interface RecheckOptions {
  readonly locale?: Locale;
  /**
   * Finds a published rule set by id and version: pass `publishedRuleSet` from
   * `@coproduce/rules/published` to check records made with older versions. Without it only
   * the current versions are known, and a record from an older one is reported as unknown.
   */
  readonly publishedRuleSet?: (id: string, version: string) => RuleSet | undefined;
}

const current = Object.entries(builtIn) as [string, RuleSet][];

/** Re-check a decision record (an object or its JSON text; it is read and checked first). */
export function recheckRecord(json: unknown, options: RecheckOptions = {}): RecordRecheck {
  const record = readDecisionRecord(json);
  const locale = checkLocale(options.locale, 'locale');
  const lookup = (id: string, version: string): RuleSet | undefined =>
    options.publishedRuleSet?.(id, version) ?? current.find(([, rs]) => rs.id === id && rs.version === version)?.[1];
  const problems: string[] = [];

  const ruleSets = record.ruleSets.map((e): RuleSetRecheck => {
    const title = titleOf(e.id, e.key, locale);
    const published = lookup(e.id, e.version);
    const integrity: Integrity = !published ? 'unknown-version' : published.hash === e.hash ? 'ok' : 'hash-mismatch';
    const then = published ? run(published, record) : null;
    const now = current.find(([, rs]) => rs.id === e.id)?.[1];
    const later = now ? run(now, record) : null;
    if (integrity === 'unknown-version') problems.push(`${title}: ${tt(locale, 'rc.unknown', { version: e.version })}`);
    if (integrity === 'hash-mismatch') problems.push(`${title}: ` + tt(locale, 'rc.mismatch', { version: e.version, found: e.hash.slice(0, 12), expected: published!.hash.slice(0, 12) }));
    if (then && then.problems.length) problems.push(`${title}: ${tt(locale, 'rc.answersBad', { version: e.version, problems: problemWords(then.problems) })}`);
    const name = (r: EvaluationResult) => ({ id: r.verdict.id, label: localizeResult(r, locale).verdict.label });
    return {
      key: e.key,
      id: e.id,
      title,
      recorded: e,
      integrity,
      publishedHash: published?.hash ?? null,
      answerProblems: then ? then.problems : null,
      recomputed: then?.result ? name(then.result) : null,
      current:
        now && later
          ? {
              version: now.version,
              hash: now.hash,
              answerProblems: later.problems,
              verdict: later.result ? name(later.result) : null,
              status: later.result?.status ?? null,
              verdictChanged: !!later.result && later.result.verdict.id !== e.verdict.id,
              ruleChanges: then?.result && later.result ? diffRules(then.result, later.result) : null,
            }
          : null,
      changelog: now ? between(e.id, e.version, now.version) : [],
    };
  });
  return { record, ok: problems.length === 0, ruleSets, problems };
}

/** The re-check as a report (the same block model, so every renderer and the widget show it). */
export function buildRecheckReport(recheck: RecordRecheck, options: { locale?: Locale; date?: string; detail?: boolean } = {}): Report {
  const locale = checkLocale(options.locale, 'locale');
  const date = checkDate(options.date, 'date');
  const { record } = recheck;
  const title = tt(locale, 'rc.title');
  const blocks: Block[] = [{ type: 'heading', level: 1, text: title, anchor: 'report' }];
  blocks.push(headerBlock(locale, record.projectName, record.created, recheck.ruleSets.map((r) => ({ title: r.title, version: r.recorded.version }))));
  for (const r of recheck.ruleSets) {
    blocks.push({ type: 'heading', level: 2, text: r.title, anchor: `rc-${r.key.replace(/[^a-z0-9-]/gi, '').slice(0, 40) || 'x'}` });
    // Always both versions: a record is never silently read with another one.
    if (r.current) blocks.push({ type: 'paragraph', text: tt(locale, 'rc.versions', { version: r.recorded.version, current: r.current.version }), tone: 'strong' });
    else blocks.push({ type: 'paragraph', text: tt(locale, 'rc.notCurrent', { version: r.recorded.version }), tone: 'strong' });
    if (r.integrity === 'ok') blocks.push({ type: 'paragraph', text: tt(locale, 'rc.ok', { version: r.recorded.version }) });
    else if (r.integrity === 'unknown-version') blocks.push({ type: 'paragraph', text: tt(locale, 'rc.unknown', { version: r.recorded.version }), tone: 'strong' });
    else blocks.push({ type: 'paragraph', text: tt(locale, 'rc.mismatch', { version: r.recorded.version, found: r.recorded.hash.slice(0, 12), expected: r.publishedHash!.slice(0, 12) }), tone: 'strong' });
    if (r.answerProblems) blocks.push(answersParagraph(locale, r.recorded.version, r.answerProblems));
    if (r.recomputed && r.recomputed.id !== r.recorded.verdict.id)
      blocks.push({ type: 'paragraph', text: tt(locale, 'rc.recorded', { verdict: r.recorded.verdict.label, actual: r.recomputed.label, version: r.recorded.version }), tone: 'strong' });
    if (!r.current) continue;
    if (r.current.version !== r.recorded.version) blocks.push(answersParagraph(locale, r.current.version, r.current.answerProblems));
    if (r.current.verdict && r.current.version !== r.recorded.version) {
      const same = !r.current.verdictChanged;
      blocks.push({ type: 'paragraph', text: same ? tt(locale, 'rc.sameVerdict', { verdict: r.current.verdict.label }) : tt(locale, 'rc.verdict', { from: r.recorded.verdict.label, to: r.current.verdict.label }), tone: same ? undefined : 'strong' });
    }
    // Why: the rules that apply now and did not then, and the reverse.
    const changes = (r.current.ruleChanges ?? []).filter((c) => c.before === 'fired' || c.after === 'fired');
    if (changes.length) {
      blocks.push({ type: 'heading', level: 3, text: tt(locale, 'rc.why') });
      blocks.push({ type: 'list', items: changes.map((c) => ({ tag: tt(locale, c.after === 'fired' ? 'rc.nowApplies' : 'rc.noLonger'), text: c.explanation })) });
    }
    if (r.current.version === r.recorded.version) blocks.push({ type: 'paragraph', text: tt(locale, 'rc.sameVersion'), tone: 'note' });
    else {
      blocks.push({ type: 'heading', level: 3, text: tt(locale, 'rc.changelog', { from: r.recorded.version, to: r.current.version }) });
      if (!r.changelog.length) blocks.push({ type: 'paragraph', text: tt(locale, 'rc.noChangelog'), tone: 'note' });
      else blocks.push({ type: 'list', items: r.changelog.map((c) => ({ text: tt(locale, 'rc.changelogEntry', { version: c.version, date: c.date }), sub: c.changes.map((text) => ({ text })) })) });
    }
  }
  return { format: REPORT_FORMAT, locale, detail: options.detail === true, title, date, blocks };
}

function answersParagraph(locale: Locale, version: string, problems: readonly Problem[]): Block {
  return problems.length
    ? { type: 'paragraph', text: tt(locale, 'rc.answersBad', { version, problems: problemWords(problems) }), tone: 'strong' }
    : { type: 'paragraph', text: tt(locale, 'rc.answersOk', { version }) };
}

/** The record's answers on a rule set: its result, or why they do not validate. */
function run(rs: RuleSet, record: DecisionRecord): { result: EvaluationResult | null; problems: readonly Problem[] } {
  try {
    return { result: evaluate(rs, profileFor(rs, record.answers)), problems: [] };
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return { result: null, problems: e.problems };
  }
}

function problemWords(ps: readonly Problem[]): string {
  return ps.map((p) => `${p.path.join('.')}: ${p.message}${p.expected ? ` (expected ${p.expected})` : ''}`).join('; ');
}

/** Changelog entries newer than `from`, up to and including `to`, newest first. */
function between(id: string, from: string, to: string): ChangelogEntry[] {
  return (changelog[id] ?? []).filter((c) => newer(c.version, from) && !newer(c.version, to));
}

/** Semantic versions compared part by part (numbers only: our rule sets use no pre-releases). */
function newer(a: string, b: string): boolean {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
}

function titleOf(id: string, key: string, locale: Locale): string {
  const k = `rs.${id}.title`;
  const t = translate(locale, k);
  return t === k ? key : t;
}
