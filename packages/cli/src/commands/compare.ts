import { ValidationError } from '@coproduce/core';
import { translate, type Locale } from '@coproduce/rules';
import { compareRecords, readDecisionRecord, type DecisionRecordEntry } from '@coproduce/rules/report';
import { basename } from 'node:path';
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

const cell = (e: DecisionRecordEntry | null) => (e ? `${e.verdict.label} (${e.version})` : '—');

/** Rows padded into columns: the two records side by side, one row per rule set. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('   ').trimEnd());
}

/**
 * `coproduce compare`: the two records side by side (each rule set's verdict and version), then
 * what changed in the report module's sentences; --detail lists the rules that changed.
 */
export async function compare(oldPath: string, newPath: string, o: { locale: Locale; json: boolean; detail: boolean }): Promise<string> {
  const [a, b] = [await record(oldPath), await record(newPath)];
  const c = compareRecords(a, b, { locale: o.locale });
  if (o.json) return `${JSON.stringify(c, null, 2)}\n`;
  const title = (id: string, fallback: string) => {
    const k = `rs.${id}.title`;
    const t = translate(o.locale, k);
    return t === k ? fallback : t;
  };
  const rows = [['', `${basename(oldPath)} (${a.created})`, `${basename(newPath)} (${b.created})`], ...c.ruleSets.map((r) => [title(r.id, r.key), cell(r.before), cell(r.after)])];
  const out = [...table(rows), '', ...c.summary];
  if (o.detail)
    for (const r of c.ruleSets)
      for (const ch of r.ruleChanges ?? []) out.push(`  ${title(r.id, r.key)}: ${ch.id}: ${ch.before} → ${ch.after}. ${ch.explanation}`);
  return `${out.join('\n')}\n`;
}
