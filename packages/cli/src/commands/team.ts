import { ValidationError } from '@coproduce/core/evaluation';
import { evaluateGroupAll, type Locale, type Profile } from '@coproduce/rules';
import { buildTeamReport, renderHtml, renderMarkdown, renderText } from '@coproduce/rules/report';
import { basename, extname } from 'node:path';
import { CliError, EXIT } from '../exit';
import { readJson } from '../read-input';
import { fromProblem, problemText } from '../screen/problems';
import { checkProfile, profileOf } from './assess';

export type TeamFormat = 'text' | 'md' | 'html' | 'json';

export interface TeamOptions {
  readonly names?: string;
  readonly format: TeamFormat;
  readonly locale: Locale;
  readonly detail: boolean;
  readonly name?: string;
  readonly date?: string;
}

interface Respondent {
  readonly name: string;
  readonly file: string;
  readonly profile: Profile;
}

/** Each file's respondent: --names first, then a record's project name, then the file name. */
async function respondents(files: readonly string[], o: TeamOptions): Promise<Respondent[]> {
  const given = o.names === undefined ? undefined : o.names.split(',').map((n) => n.trim());
  if (given && given.length !== files.length)
    throw new CliError(`--names: ${given.length} name${given.length === 1 ? '' : 's'} for ${files.length} file${files.length === 1 ? '' : 's'}; give one name per file, in the same order`, EXIT.usage);
  if (given?.some((n) => n === '')) throw new CliError('--names: a name is empty; give one name per file, comma-separated', EXIT.usage);
  if (files.includes('-')) throw new CliError('team reads files only: give each respondent’s profile or decision record as a file', EXIT.usage);
  const out: Respondent[] = [];
  for (const [i, file] of files.entries()) {
    const value = await readJson(file);
    const project = value && typeof value === 'object' ? (value as { format?: unknown; projectName?: unknown }) : undefined;
    const recordName = project?.format === 'coproduce/decision-record@1' && typeof project.projectName === 'string' && project.projectName.trim() ? project.projectName.trim() : undefined;
    const name = given?.[i] || recordName || basename(file, extname(file));
    const clash = out.find((r) => r.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new CliError(`${file}: the respondent "${name}" is already ${clash.file}; give each person a name with --names`, EXIT.usage);
    out.push({ name, file, profile: checkProfile(file, profileOf(value)) });
  }
  return out;
}

/** `coproduce team`: the team report (the widget's wording) for several respondents' answers. */
export async function team(files: readonly string[], o: TeamOptions): Promise<string> {
  const people = await respondents(files, o);
  let results;
  try {
    results = evaluateGroupAll(Object.fromEntries(people.map((p) => [p.name, p.profile])));
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    // Paths start ['respondents', name]: each problem names the file that person came from.
    // (Each profile was checked already, so these are about names or the team's size.)
    const byName = new Map(people.map((p) => [p.name, p]));
    const lines = e.problems.map((q) => {
      const who = byName.get(String(q.path[1]));
      return who ? `${who.file} (${who.name}): ${problemText(fromProblem({ ...q, path: q.path.slice(2) }, undefined))}` : problemText(fromProblem(q, undefined));
    });
    throw new CliError(lines.length === 1 ? lines[0]! : `${lines.length} problems:\n${lines.map((l) => `  ${l}`).join('\n')}`, EXIT.input, { cause: e });
  }
  if (o.format === 'json') return `${JSON.stringify(results, null, 2)}\n`;
  const report = buildTeamReport({ results, locale: o.locale, detail: o.detail, ...(o.name ? { projectName: o.name } : {}), ...(o.date ? { date: o.date } : {}) });
  if (o.format === 'md') return renderMarkdown(report);
  if (o.format === 'html') return renderHtml(report, { standalone: true });
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  return renderText(report, { color, width: Math.min(100, process.stdout.columns || 80) });
}
