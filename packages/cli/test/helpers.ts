import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { profileQuestions } from '@coproduce/rules';

export const cliPath = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The built CLI as a subprocess, as a user runs it. A command that does not exit within a minute fails its test rather than hanging the suite. */
export function run(args: readonly string[], input?: string): Run {
  const r = spawnSync(process.execPath, [cliPath, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28, timeout: 60_000 });
  if (r.error) throw new Error(`coproduce ${args.join(' ')}: ${r.error.message}`, { cause: r.error });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'coproduce-cli-'));

/** Seeded synthetic profiles over every question (a quarter unanswered, as in real forms). */
export function profiles(n: number, seed = 7): Record<string, unknown>[] {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const p: Record<string, unknown> = {};
    for (const q of profileQuestions) {
      if (rand() < 0.25) continue;
      if (q.type === 'boolean') p[q.id] = rand() < 0.5;
      else if (q.type === 'enum') p[q.id] = q.options[Math.floor(rand() * q.options.length)]!.value;
      else if (q.type === 'number') p[q.id] = Math.round(q.min + rand() * (Math.min(q.max, 1_000_000) - q.min));
      else p[q.id] = q.options.filter(() => rand() < 0.4).map((o) => o.value);
    }
    out.push(p);
  }
  return out;
}

const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Profiles as CSV with a header of question ids (multi-select as a;b). */
export function toCsv(rows: readonly Record<string, unknown>[], columns = profileQuestions.map((q) => q.id)): string {
  const lines = [columns.map(cell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => (r[c] === undefined ? '' : cell(Array.isArray(r[c]) ? (r[c] as string[]).join(';') : String(r[c])))).join(','));
  return `${lines.join('\n')}\n`;
}
