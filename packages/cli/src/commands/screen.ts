import type { RuleSetKey } from '@coproduce/rules';
import { CliError, EXIT } from '../exit';
import type { OutputFormat } from '../screen/output';
import type { InputFormat } from '../screen/parse';
import { parseJobs } from '../screen/jobs';
import { progressBar } from '../screen/progress';
import { runScreen } from '../screen/run';
import { summaryTable } from '../screen/summary';

export interface ScreenOptions {
  readonly out?: string;
  readonly inputFormat?: InputFormat;
  readonly format?: OutputFormat;
  readonly ruleSets: readonly RuleSetKey[];
  readonly reasons: boolean;
  readonly id?: string;
  readonly jobs?: string;
  readonly quiet: boolean;
}

/**
 * `coproduce screen`: rows to stdout or --out, the summary to stderr (or stdout when the
 * rows go to a file). Exit 0 when every row was screened, 1 when some rows were invalid
 * (they are still in the output, with their problems, and the run went on).
 */
export async function screenCommand(input: string, o: ScreenOptions): Promise<number> {
  const jobs = parseJobs(o.jobs);
  const tty = Boolean(process.stderr.isTTY) && !o.quiet;
  const bar = progressBar(tty, input !== '-');
  let result;
  try {
    result = await runScreen({
      input,
      ...(o.inputFormat ? { inputFormat: o.inputFormat } : {}),
      ...(o.out ? { out: o.out } : {}),
      ...(o.format ? { outputFormat: o.format } : {}),
      spec: { keys: o.ruleSets, reasons: o.reasons, ...(o.id ? { idField: o.id } : {}) },
      jobs,
      onProgress: (rows, done) => bar.update(rows, done),
    });
  } finally {
    bar.stop();
  }
  if (!o.quiet) (o.out ? process.stdout : process.stderr).write(summaryTable(result, o.ruleSets));
  return result.stats.invalid > 0 ? EXIT.input : EXIT.ok;
}
