import { describe, expect, it } from 'vitest';
import type { RuleSetKey } from '@coproduce/rules';
import { formatRow, type OutputFormat } from '../../src/screen/output';
import { screenProfile, type ScreenSpec } from '../../src/screen/row';
import { work } from '../../src/screen/work';
import { profiles } from '../helpers';

const spec: ScreenSpec = { keys: ['criteria', 'costs', 'brokering'] as RuleSetKey[], reasons: false, idField: 'ref' };

/** The output as one string per row, the plain way: parse, screen, format. */
function expected(lines: string[], output: OutputFormat): string {
  return lines
    .map((l, i) => (l.trim() === '' ? '' : formatRow(screenProfile(JSON.parse(l), i + 1, spec), spec, output)))
    .join('');
}

function run(lines: string[], output: OutputFormat) {
  const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);
  const buf = new Uint8Array(bytes.length);
  buf.set(bytes);
  const r = work(buf, bytes.length, 1, { format: 'jsonl', spec, output });
  return { r, text: new TextDecoder().decode(r.out ?? buf.subarray(0, r.len)) };
}

describe('work', () => {
  it('writes the output rows into the bytes already read, the same rows as screening them one by one', () => {
    const lines = profiles(200, 4).map((p, i) => (i % 17 === 0 ? '' : JSON.stringify({ ...p, ref: `P-${i} ☃` })));
    for (const output of ['csv', 'jsonl'] as const) {
      const { r, text } = run(lines, output);
      expect(r.out).toBeUndefined(); // it fitted in place
      expect(text).toBe(expected(lines, output));
      expect(r.stats.rows).toBe(lines.filter((l) => l !== '').length);
    }
  });

  it('keeps rows aside, in order, when the output outgrows the input (short rows, long results)', () => {
    const lines = Array.from({ length: 300 }, (_, i) => (i % 50 === 7 ? '{"controversy":"contestd"}' : '{}'));
    const { r, text } = run(lines, 'jsonl');
    expect(r.out).toBeDefined();
    expect(text).toBe(expected(lines, 'jsonl'));
    expect(r.stats.invalid).toBe(6);
    expect(r.examples[0]!.line).toBe(8);
  });
});
