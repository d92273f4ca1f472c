// The `coproduce` command. Errors meant for people are one line (or one line per problem)
// with no stack trace; --debug shows it. Exit codes: 0 ok, 1 bad input, 2 usage.
import { Command, CommanderError, Option } from 'commander';
import { loadLocale, locales, type Locale } from '@coproduce/rules';
import type { AssessFormat } from './commands/assess';
import type { QuestionsFormat } from './commands/questions';
import type { TeamFormat } from './commands/team';
import { CliError, EXIT } from './exit';
import { parseRuleSets } from './rule-set-keys';
import { readFileSync } from 'node:fs';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const debug = process.argv.includes('--debug');
// `coproduce … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const locale = () => new Option('--locale <locale>', 'language of the output').choices(locales as unknown as string[]).default('en');
const ruleSetsOption = () => new Option('--rule-sets <keys>', 'which rule sets, comma-separated: criteria, costs, brokering (default: all)');

async function print(s: string): Promise<void> {
  if (!process.stdout.write(s)) await new Promise((r) => process.stdout.once('drain', r));
}

const program = new Command('coproduce')
  .description('Evidence-based advice on research co-production: when to co-produce, what it costs, which knowledge-brokering model fits.')
  .version(version, '-v, --version')
  .option('--debug', 'show the stack trace of an error')
  // French (and any other locale but English) is a pack: load it before a command that prints in it.
  .hook('preAction', async (_, action) => {
    const l = (action.opts() as { locale?: Locale }).locale;
    if (l && l !== 'en') await loadLocale(l);
  })
  .showSuggestionAfterError(true)
  .exitOverride()
  .configureOutput({
    // commander's usage errors in one line ("error: unknown option '--formt' (did you mean --format?)")
    outputError: (s, write) => write(`coproduce: ${s.replace(/^error: /, '').replace(/\n\(Did you mean/g, ' (did you mean').trimEnd()}\n`),
  })
  .addHelpText(
    'after',
    `
Exit codes: 0 ok, 1 bad input (a missing file, invalid JSON or answers, invalid rows), 2 usage (unknown command or option).

Examples:
  coproduce assess my-project.json            the report for one project, in plain words
  coproduce assess --example all --detail     the worked examples, with reasons and sources
  coproduce screen projects.csv --out results.csv
  coproduce questions --format csv-template > projects.csv
  coproduce team priya.json sam.json lee.json   where a team disagrees, and what it changes
  coproduce compare 2025.json 2026.json
  coproduce compare decision.json             re-check a saved record against the current rule sets`,
  );

program
  .command('assess')
  .description('the report for one project profile (a JSON object of answers; "-" reads standard input)')
  .argument('[profile]', 'profile JSON file, a saved decision record, or "-"')
  .addOption(ruleSetsOption())
  .option('--detail', 'every reason, citation and the technical details (ids, versions, hashes)', false)
  .addOption(new Option('--format <format>', 'output format (json: a decision record for `compare`)').choices(['text', 'md', 'html', 'json']).default('text'))
  .addOption(locale())
  .option('--example <id>', 'assess a bundled worked example instead of a file ("all" for every one)')
  .option('--name <name>', 'project name for the report heading')
  .option('--date <date>', 'date on the report (YYYY-MM-DD; default today)')
  .action(async (path: string | undefined, o: { ruleSets?: string; detail: boolean; format: AssessFormat; locale: Locale; example?: string; name?: string; date?: string }) => {
    const { assess } = await import('./commands/assess'); // each command loads only what it needs
    await print(await assess(path, { ...o, ruleSets: parseRuleSets(o.ruleSets) }));
  });

program
  .command('screen')
  .description('screen many profiles: CSV (a header of question ids, multi-select as a;b) or JSON Lines, one result row per input row')
  .argument('<input>', 'file.csv, file.jsonl, or "-" for standard input')
  .option('--out <file>', 'write results here (.csv or .jsonl); default standard output')
  .addOption(new Option('--input-format <format>', 'input format (default: from the file name, or sniffed)').choices(['csv', 'jsonl']))
  .addOption(new Option('--format <format>', 'output format (default: from --out, else the input format)').choices(['csv', 'jsonl']))
  .addOption(ruleSetsOption())
  .option('--reasons', 'add the top reasons per rule set (a full evaluation per row: about half the speed)', false)
  .option('--id <column>', 'a column (or JSON key) to carry to the output as the row id, e.g. a project number')
  .option('--jobs <n>', 'worker threads (default: all cores)')
  .option('-q, --quiet', 'no progress bar and no summary', false)
  .action(async (input: string, o: { out?: string; inputFormat?: 'csv' | 'jsonl'; format?: 'csv' | 'jsonl'; ruleSets?: string; reasons: boolean; id?: string; jobs?: string; quiet: boolean }) => {
    const { screenCommand } = await import('./commands/screen');
    process.exitCode = await screenCommand(input, { ...o, ruleSets: parseRuleSets(o.ruleSets) });
  });

program
  .command('questions')
  .description('the questionnaire: Markdown for people, JSON Schema for portals, or an empty CSV template')
  .addOption(new Option('--format <format>', 'output format').choices(['md', 'json-schema', 'csv-template']).default('md'))
  .addOption(locale())
  .action(async (o: { format: QuestionsFormat; locale: Locale }) => {
    const { questions } = await import('./commands/questions');
    await print(questions(o.format, o.locale));
  });

program
  .command('team')
  .description('the team report: several people\'s answers to the same project, where they disagree and what it changes')
  .argument('<files...>', 'one profile JSON file or saved decision record per respondent')
  .option('--names <names>', 'respondent names, comma-separated, in file order (default: a record\'s project name, else the file name)')
  .addOption(new Option('--format <format>', 'output format (json: the group result of each rule set)').choices(['text', 'md', 'html', 'json']).default('text'))
  .addOption(locale())
  .option('--detail', 'the agreed answers, every agenda item and citation, and the technical details', false)
  .option('--name <name>', 'project name for the report heading')
  .option('--date <date>', 'date on the report (YYYY-MM-DD; default today)')
  .action(async (files: string[], o: { names?: string; format: TeamFormat; locale: Locale; detail: boolean; name?: string; date?: string }) => {
    const { team } = await import('./commands/team');
    await print(await team(files, o));
  });

program
  .command('compare')
  .description('what changed between two saved decision records; with one record (or --current), re-check it against the current rule sets')
  .argument('<old>', 'the earlier record (or the record to re-check)')
  .argument('[new]', 'the later record; leave out to re-check <old>')
  .option('--current', 're-check the record: its integrity, and what the current rule-set versions say about its answers', false)
  .option('--json', 'the comparison as JSON', false)
  .option('--detail', 'also list each rule whose status changed', false)
  .addOption(locale())
  .action(async (a: string, b: string | undefined, o: { current: boolean; json: boolean; detail: boolean; locale: Locale }) => {
    const { compare, recheck } = await import('./commands/compare');
    if (b !== undefined && o.current) throw new CliError('--current re-checks one record: give one file, or two files without --current', EXIT.usage);
    if (b === undefined) {
      const r = await recheck(a, o);
      await print(r.text);
      if (!r.ok) {
        process.stderr.write(`coproduce: ${a}: ${r.problem}\n`);
        process.exitCode = EXIT.input;
      }
      return;
    }
    await print(await compare(a, b, o));
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? EXIT.ok : EXIT.usage;
  } else if (e instanceof CliError) {
    process.stderr.write(`coproduce: ${e.message}\n`);
    if (debug) console.error(e.cause ?? e);
    process.exitCode = e.code;
  } else {
    // Not expected: say so plainly, and how to see more.
    process.stderr.write(`coproduce: ${(e as Error)?.message ?? String(e)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug) console.error(e);
    process.exitCode = EXIT.input;
  }
}
