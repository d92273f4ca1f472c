// The runnable examples in examples/ work against the built packages.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { criteria } from '../src';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const run = (script: string, args: string[]) => execFileSync(process.execPath, [join(examples, script), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('examples', () => {
  it('node/evaluate.mjs explains a verdict and re-checks the saved assessment', () => {
    const out = run('node/evaluate.mjs', []);
    const less = criteria.bands.find((b) => b.id === 'less-emphasis')!.label;
    expect(out.startsWith(`${less} (0 answers point for, 4 against; provisional)`)).toBe(true);
    expect(out).toContain('Re-evaluation gives a byte-identical result.');
    expect(out).toContain('controversy: Invalid option');
  });

  it('batch/screen.mjs streams a JSONL file of profiles to verdicts, reporting bad lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coproduce-batch-'));
    run('batch/screen.mjs', ['--generate', '5000', join(dir, 'p.jsonl')]);
    appendFileSync(join(dir, 'p.jsonl'), 'not json\n{"controversy":5}\n');
    run('batch/screen.mjs', [join(dir, 'p.jsonl'), join(dir, 'v.jsonl')]);
    const lines = readFileSync(join(dir, 'v.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5002);
    expect(lines[5000].problems[0]).toMatch(/unknown question id/);
    expect(lines[5001].problems[0]).toMatch(/^controversy: /);
    expect(lines[0]).toMatchObject({ line: 1 });
    expect(new Set(lines.slice(0, 5000).map((l) => l.criteria))).toEqual(new Set(['conditional', 'favour', 'less-emphasis']));
  });
});
