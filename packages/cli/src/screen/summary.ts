import { ruleSets, type RuleSetKey } from '@coproduce/rules';
import { problemText } from './problems';
import type { ScreenOutcome } from './run';
import { thousands as n } from './thousands';

/** The table printed after a screen: verdict counts per rule set, invalid rows, speed. */
export function summaryTable(r: ScreenOutcome, keys: readonly RuleSetKey[]): string {
  const { stats } = r;
  const rate = r.seconds > 0 ? Math.round(stats.rows / r.seconds) : stats.rows;
  const rows: [string, string][] = [];
  for (const k of keys) {
    rows.push([ruleSets[k].title, '']);
    const m = stats.verdicts[k] ?? {};
    for (const [label, c] of Object.entries(m).sort((a, b) => b[1] - a[1])) rows.push([`  ${label}`, n(c)]);
  }
  rows.push(['Invalid rows (not screened)', n(stats.invalid)]);
  const w = Math.max(...rows.map((x) => x[0].length));
  const cw = Math.max(...rows.map((x) => x[1].length));
  const lines = [`Screened ${n(stats.rows)} row${stats.rows === 1 ? '' : 's'} in ${r.seconds.toFixed(1)} s (${n(rate)} rows/s).`, ''];
  for (const [a, b] of rows) lines.push(b ? `${a.padEnd(w)}  ${b.padStart(cw)}` : a);
  if (r.examples.length) {
    lines.push('', 'First problems:');
    for (const e of r.examples) lines.push(`  line ${e.line}: ${problemText(e.problem)}`);
  }
  return `${lines.join('\n')}\n`;
}
