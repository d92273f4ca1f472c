import { ValidationError } from '@coproduce/core/evaluation';
import { evaluateAll, type Locale, type Profile, type RuleSetKey } from '@coproduce/rules';
import { examples } from '@coproduce/rules/examples';
import { buildReport, decisionRecord, renderHtml, renderMarkdown, renderText } from '@coproduce/rules/report';
import { CliError, EXIT } from '../exit';
import { readJson } from '../read-input';
import { fromProblem, problemText } from '../screen/problems';
import { screenProfile } from '../screen/row';
import { allKeys } from '../rule-set-keys';
import { meanHint } from '../suggest';

export type AssessFormat = 'text' | 'md' | 'html' | 'json';

export interface AssessOptions {
  readonly ruleSets: readonly RuleSetKey[];
  readonly detail: boolean;
  readonly format: AssessFormat;
  readonly locale: Locale;
  readonly example?: string;
  readonly name?: string;
  readonly date?: string;
}

interface Subject {
  readonly name?: string;
  readonly profile: unknown;
  readonly source: string;
}

/** The profiles to assess: a file (or stdin), or bundled worked examples (`--example all`). */
async function subjects(path: string | undefined, o: AssessOptions): Promise<Subject[]> {
  if (path !== undefined && o.example !== undefined) throw new CliError('give a profile file or --example, not both', EXIT.usage);
  if (o.example !== undefined) {
    if (o.example === 'all') return examples.map((e) => ({ name: e.title, profile: e.profile, source: `example ${e.id}` }));
    const e = examples.find((x) => x.id === o.example);
    if (!e) throw new CliError(`--example: no worked example "${o.example}"${meanHint(o.example, examples.map((x) => x.id))}; choose from all, ${examples.map((x) => x.id).join(', ')}`, EXIT.usage);
    return [{ name: e.title, profile: e.profile, source: `example ${e.id}` }];
  }
  if (path === undefined) throw new CliError('give a profile file (JSON), "-" for standard input, or --example all', EXIT.usage);
  // A saved decision record can be assessed again: its answers are the profile.
  const value = profileOf(await readJson(path));
  return [{ ...(o.name ? { name: o.name } : {}), profile: value, source: path === '-' ? 'standard input' : path }];
}

/** A profile read from `source`, checked: a CliError naming the source lists every problem. */
export function checkProfile(source: string, p: unknown): Profile {
  if (typeof p !== 'object' || p === null || Array.isArray(p))
    throw new CliError(`${source}: a profile must be a JSON object mapping question ids to answers (see \`coproduce questions\`), not ${Array.isArray(p) ? 'an array' : p === null ? 'null' : typeof p}`);
  // The screening check first: it reports unknown keys (with the nearest question id) and
  // bad values (with the nearest option) together, where evaluateAll stops at unknown keys.
  const checked = screenProfile(p, 0, { keys: allKeys, reasons: false });
  if ('problems' in checked) throw new CliError(problemLines(source, checked.problems.map(problemText)));
  return p as Profile;
}

/** A decision record's answers are its profile; anything else is taken as a profile. */
export function profileOf(value: unknown): unknown {
  return value && typeof value === 'object' && (value as { format?: unknown }).format === 'coproduce/decision-record@1' ? (value as { answers: unknown }).answers : value;
}

function results(s: Subject, keys: readonly RuleSetKey[]) {
  const p = checkProfile(s.source, s.profile);
  try {
    const all = evaluateAll(p as Profile);
    return Object.fromEntries(keys.map((k) => [k, all[k]]));
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const lines = e.problems.map((q) => `  ${problemText(fromProblem(q, (p as Record<string, unknown>)[String(q.path[0])]))}`);
    throw new CliError(problemLines(s.source, lines), EXIT.input, { cause: e });
  }
}

export function problemLines(source: string, lines: readonly string[]): string {
  return `${source}: ${lines.length} problem${lines.length === 1 ? '' : 's'} in the answers:\n${lines.map((l) => `  ${l.trim()}`).join('\n')}`;
}

/** `coproduce assess`: the shared report (the widget's wording) for one or more profiles. */
export async function assess(path: string | undefined, o: AssessOptions): Promise<string> {
  const list = await subjects(path, o);
  if (o.format === 'html' && list.length > 1) throw new CliError('--format html writes one document: choose one --example, or a profile file', EXIT.usage);
  const evaluated = list.map((s) => ({ s, r: results(s, o.ruleSets) }));
  const date = o.date;
  if (o.format === 'json') {
    const records = evaluated.map(({ s, r }) => decisionRecord(r, { full: o.detail, locale: o.locale, ...(s.name ? { projectName: s.name } : {}), ...(date ? { created: date } : {}) }));
    return `${JSON.stringify(records.length === 1 && o.example !== 'all' ? records[0] : records, null, 2)}\n`;
  }
  const color = o.format === 'text' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const width = Math.min(100, process.stdout.columns || 80);
  const parts = evaluated.map(({ s, r }) => {
    const report = buildReport({ results: r, locale: o.locale, detail: o.detail, brief: !o.detail, ...(s.name ? { projectName: s.name } : {}), ...(date ? { date } : {}) });
    if (o.format === 'md') return renderMarkdown(report);
    if (o.format === 'html') return renderHtml(report, { standalone: true });
    return renderText(report, { color, width });
  });
  const sep = o.format === 'md' ? '\n---\n\n' : '\n';
  return parts.map((x) => (x.endsWith('\n') ? x : `${x}\n`)).join(sep);
}
