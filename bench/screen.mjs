// Screening throughput of `coproduce screen`, beside the limit this machine sets at the
// moment of measuring: a tight single-core loop of JSON.parse + the same three verdicts
// (profileFor + evaluateVerdict per rule set), with no I/O, no threads and no output.
// Runs are interleaved (limit, 1 job, 2 jobs, …) and the best of each kept, because the
// machine is shared and noisy. Peak RSS is measured at 100k rows and at 1M rows (flat?).
import { spawnSync } from 'node:child_process';
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { evaluateVerdict } from '@coproduce/core';
import { profileFor, ruleSets } from '@coproduce/rules';

const cli = new URL('./cli-peak-rss.mjs', import.meta.url).pathname;
const rs = Object.values(ruleSets);

async function firstLines(file, n) {
  const out = [];
  for await (const l of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (out.length === n) break;
    out.push(l);
  }
  return out;
}

function limitLoop(lines) {
  let sink = 0;
  const t = process.hrtime.bigint();
  for (const l of lines) {
    const p = JSON.parse(l);
    for (const r of rs) sink += evaluateVerdict(r, profileFor(r, p)).provisional ? 1 : 0;
  }
  const secs = Number(process.hrtime.bigint() - t) / 1e9;
  if (sink < 0) throw new Error('unreachable');
  return lines.length / secs;
}

function screen(file, jobs, out) {
  const args = ['screen', file, '--out', out, ...(jobs ? ['--jobs', String(jobs)] : [])];
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const m = /Screened ([\d,]+) rows? in [\d.]+ s \(([\d,]+) rows\/s\)/.exec(r.stdout);
  const rss = /peak-rss-mb (\d+)/.exec(r.stderr);
  if (!m || !rss) throw new Error(`screen failed (${r.status}): ${r.stderr.slice(-500)}`);
  return { rows: Number(m[1].replace(/,/g, '')), perSec: Number(m[2].replace(/,/g, '')), rssMB: Number(rss[1]) };
}

/**
 * @param {string} big a JSONL file of profiles (1,000,000 rows, or fewer in quick mode)
 * @param {string} dir a scratch folder
 */
export async function benchScreen(big, dir, { rows = 200_000, rounds = 3 } = {}) {
  const lines = await firstLines(big, rows);
  const small = join(dir, 'screen-sample.jsonl');
  writeFileSync(small, `${lines.join('\n')}\n`);
  const best = { limit: 0, one: 0, two: 0 };
  let rssSmall = 0;
  for (let i = 0; i < rounds; i++) {
    best.limit = Math.max(best.limit, limitLoop(lines));
    const one = screen(small, 1, join(dir, 'o1.csv'));
    best.one = Math.max(best.one, one.perSec);
    const two = screen(small, 2, join(dir, 'o2.csv'));
    best.two = Math.max(best.two, two.perSec);
    rssSmall = Math.max(rssSmall, two.rssMB);
  }
  const million = screen(big, undefined, join(dir, 'o-big.csv'));
  return { sampleRows: lines.length, ...best, rssSmall, million };
}

export function screenTable(r) {
  const n = (x) => Math.round(x).toLocaleString('en');
  const pct = (x) => `${Math.round((x / r.limit) * 100)}%`;
  return [
    `| screen: all three rule sets, JSONL in, CSV out (${n(r.sampleRows)} rows, best of interleaved runs) | rows/s | share of the limit | target |`,
    '|---|---|---|---|',
    `| limit: tight loop, JSON.parse + 3 verdicts, one core, no I/O | ${n(r.limit)} | 100% | |`,
    `| \`coproduce screen --jobs 1\` | ${n(r.one)} | ${pct(r.one)} | ≥ 80% of the limit |`,
    `| \`coproduce screen --jobs 2\` | ${n(r.two)} | ${pct(r.two)} (${(r.two / r.one).toFixed(2)}× one job) | ≥ 1.7× one job |`,
    '',
    `Peak RSS (default jobs): ${n(r.million.rows)} rows ${r.million.rssMB} MB at ${n(r.million.perSec)} rows/s; ${n(r.sampleRows)} rows ${r.rssSmall} MB (flat: the target is ≤ 150 MB).`,
  ].join('\n');
}

// `node screen.mjs file.jsonl [rows]`: this section alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const r = await benchScreen(process.argv[2], mkdtempSync(join(tmpdir(), 'coproduce-bench-')), { rows: Number(process.argv[3] ?? 200_000) });
  console.log(screenTable(r));
}
