import type { RuleSetKey } from '@coproduce/rules';
import { problemText } from './problems';
import type { RowResult, RuleSetVerdict, ScreenSpec } from './row';

export type OutputFormat = 'csv' | 'jsonl';

/** A CSV cell, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(spec: ScreenSpec): string {
  const cols = ['line', ...(spec.idField ? ['id'] : [])];
  for (const k of spec.keys) cols.push(`${k}_verdict`, `${k}_label`, `${k}_status`, ...(spec.reasons ? [`${k}_reasons`] : []));
  cols.push('problems');
  return `${cols.map(csvCell).join(',')}\n`;
}

// A shared verdict's three CSV cells, made once (verdicts without reasons are shared by rows).
const verdictCells = new WeakMap<RuleSetVerdict, string>();
function cellsOf(x: RuleSetVerdict): string {
  let c = verdictCells.get(x);
  if (c === undefined) verdictCells.set(x, (c = `${csvCell(x.id)},${csvCell(x.label)},${csvCell(x.status)}`));
  return c;
}

/** One output row per input row, in input order: verdicts, or the row's problems. */
export function formatRow(r: RowResult, spec: ScreenSpec, format: OutputFormat): string {
  if (format === 'jsonl') return `${JSON.stringify(r)}\n`;
  if (!spec.reasons && 'verdicts' in r) {
    // The common row: every cell but the line (and id) is a shared verdict's.
    let row = spec.idField ? `${r.line},${csvCell(r.id ?? '')}` : String(r.line);
    for (const k of spec.keys) {
      const x = r.verdicts[k];
      row += x ? `,${cellsOf(x)}` : ',,,';
    }
    return `${row},\n`;
  }
  const cells = [String(r.line), ...(spec.idField ? [r.id ?? ''] : [])];
  const v = 'verdicts' in r ? r.verdicts : undefined;
  for (const k of spec.keys as RuleSetKey[]) {
    const x = v?.[k];
    cells.push(x?.id ?? '', x?.label ?? '', x?.status ?? '', ...(spec.reasons ? [(x?.reasons ?? []).join('; ')] : []));
  }
  cells.push('problems' in r ? r.problems.map(problemText).join(' | ') : '');
  return `${cells.map(csvCell).join(',')}\n`;
}
