import { ValidationError } from '@coproduce/core';
import type { Locale } from '@coproduce/rules';
import { compareRecords, readDecisionRecord } from '@coproduce/rules/report';
import { CliError } from '../exit';
import { readJson } from '../read-input';
import { problemText, fromProblem } from '../screen/problems';

async function record(path: string) {
  const value = await readJson(path);
  try {
    return readDecisionRecord(value);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const lines = e.problems.map((q) => `  ${problemText(fromProblem(q, undefined))}`);
    throw new CliError(`${path}: not a decision record (save one with \`coproduce assess --format json\`):\n${lines.join('\n')}`, 1, { cause: e });
  }
}

/** `coproduce compare`: what changed between two saved decision records, in plain sentences (or JSON). */
export async function compare(oldPath: string, newPath: string, o: { locale: Locale; json: boolean }): Promise<string> {
  const [a, b] = [await record(oldPath), await record(newPath)];
  const c = compareRecords(a, b, { locale: o.locale });
  if (o.json) return `${JSON.stringify(c, null, 2)}\n`;
  return `${c.summary.join('\n')}\n`;
}
