import type { RowResult } from './row';

/** Counts for the summary table: rows, invalid rows, and each rule set's verdicts. */
export interface Stats {
  rows: number;
  invalid: number;
  /** `key` → verdict label → count (labels, so the table reads in plain words). */
  verdicts: Record<string, Record<string, number>>;
}

export const emptyStats = (): Stats => ({ rows: 0, invalid: 0, verdicts: {} });

export function count(stats: Stats, r: RowResult): void {
  stats.rows++;
  if (!('verdicts' in r)) {
    stats.invalid++;
    return;
  }
  const vs = r.verdicts as Record<string, { label: string }>;
  for (const k in vs) {
    const m = (stats.verdicts[k] ??= {});
    const l = vs[k]!.label;
    m[l] = (m[l] ?? 0) + 1;
  }
}

export function merge(into: Stats, s: Stats): void {
  into.rows += s.rows;
  into.invalid += s.invalid;
  for (const [k, m] of Object.entries(s.verdicts)) {
    const t = (into.verdicts[k] ??= {});
    for (const [l, n] of Object.entries(m)) t[l] = (t[l] ?? 0) + n;
  }
}
