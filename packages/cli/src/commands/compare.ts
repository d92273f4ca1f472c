import { ValidationError } from '@coproduce/core/evaluation';
import { translate, type Locale } from '@coproduce/rules';
import { buildRecheckReport, compareRecords, readDecisionRecord, recheckRecord, renderText, type DecisionRecordEntry } from '@coproduce/rules/report';
import { publishedRuleSet } from '@coproduce/rules/published';
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

/**
 * `coproduce compare record.json` (or `--current`): the reviewer's re-check of one record, its
 * integrity and what the current rule sets say, in the report module's words. `ok` is false
 * (exit 1) for an unknown version, a hash mismatch or answers that no longer validate.
 */
export async function recheck(path: string, o: { locale: Locale; json: boolean; detail: boolean }): Promise<{ text: string; ok: boolean; problem: string }> {
  const rec = await record(path);
  const r = recheckRecord(rec, { locale: o.locale, publishedRuleSet });
  const problem = r.problems.length === 1 ? r.problems[0]! : `${r.problems.length} problems: ${r.problems.join(' ')}`;
  if (o.json) return { text: `${JSON.stringify(r, null, 2)}\n`, ok: r.ok, problem };
  const report = buildRecheckReport(r, { locale: o.locale, detail: o.detail });
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  return { text: renderText(report, { color, width: Math.min(100, process.stdout.columns || 80) }), ok: r.ok, problem };
}
