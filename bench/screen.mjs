// Screening throughput of `coproduce screen`, beside the limits this machine sets at the
// moment of measuring:
// - for one job, a tight single-core loop of JSON.parse + the same three verdicts
//   (profileFor + evaluateVerdict per rule set), with no I/O, no threads and no output;
// - for two jobs, what two busy threads get here against one (a spin probe): the machine
//   is shared, so "2 jobs ≥ 1.7× one job" can only show when two cores are free.
// Runs are interleaved (limit, 1 job, 2 jobs, probe, …) and the best of each kept, with the
// load average beside each figure. Peak RSS is the command's own (its worker threads are in
// the process), on the sample and on the full file, with 1 and 2 jobs: the same figure for
// both sizes means memory is flat.
import { spawnSync } from 'node:child_process';
import { createReadStream, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { evaluateVerdict } from '@coproduce/core';
import { profileFor, ruleSets } from '@coproduce/rules';

const cli = new URL('./cli-peak-rss.mjs', import.meta.url).pathname;
const rs = Object.values(ruleSets);
const load = () => loadavg()[0];

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
  const c = process.cpuUsage();
  for (const l of lines) {
    const p = JSON.parse(l);
    for (const r of rs) sink += evaluateVerdict(r, profileFor(r, p)).provisional ? 1 : 0;
  }
  const secs = Number(process.hrtime.bigint() - t) / 1e9;
  const cu = process.cpuUsage(c);
  if (sink < 0) throw new Error('unreachable');
  return { perSec: lines.length / secs, perCpuSec: lines.length / ((cu.user + cu.system) / 1e6) };
}

function screen(file, jobs, out) {
  const args = ['screen', file, '--out', out, ...(jobs ? ['--jobs', String(jobs)] : [])];
  const before = load();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const m = /Screened ([\d,]+) rows? in ([\d.]+) s \(([\d,]+) rows\/s\)/.exec(r.stdout);
  const u = /peak-rss-mb (\d+) cpu-s ([\d.]+)/.exec(r.stderr);
  if (!m || !u) throw new Error(`screen failed (${r.status}): ${r.stderr.slice(-500)}`);
  const rows = Number(m[1].replace(/,/g, ''));
  // rows/s from the command's own summary: its run, without Node's start-up.
  return { rows, perSec: Number(m[3].replace(/,/g, '')), cpuSec: Number(u[2]), rssMB: Number(u[1]), load: Math.max(before, load()) };
}

const spinCode = `const { parentPort, workerData } = require('node:worker_threads');
let n = 0; const end = Date.now() + workerData;
while (Date.now() < end) for (let i = 0; i < 1e4; i++) n += i & 1;
parentPort.postMessage(n);`;

/** Work two busy threads get done against one, in the same time: what 2 jobs can gain here now. */
async function probe(ms = 1500) {
  const spin = (threads) => Promise.all(Array.from({ length: threads }, () => new Promise((res, rej) => new Worker(spinCode, { eval: true, workerData: ms }).once('message', res).once('error', rej))));
  const one = (await spin(1))[0];
  const two = (await spin(2)).reduce((a, b) => a + b, 0);
  return { one, two, load: load() };
}

/**
 * @param {string} big a JSONL file of profiles (1,000,000 rows, or fewer in quick mode)
 * @param {string} dir a scratch folder
 */
export async function benchScreen(big, dir, { rows = 100_000, rounds = 4 } = {}) {
  const lines = await firstLines(big, rows);
  const small = join(dir, 'screen-sample.jsonl');
  writeFileSync(small, `${lines.join('\n')}\n`);
  // Ten rows: the command's start-up (Node, the rule sets in each thread), whose CPU time is
  // taken off the sample's, so rows per CPU-second compare with the loop's.
  const tiny = join(dir, 'screen-tiny.jsonl');
  writeFileSync(tiny, `${lines.slice(0, 10).join('\n')}\n`);
  const perCpu = (m, jobs) => ({ ...m, perCpuSec: m.rows / Math.max(1e-3, m.cpuSec - screen(tiny, jobs, join(dir, 'o0.csv')).cpuSec) });
  const best = {};
  const keep = (name, m, by = 'perSec') => {
    const b = best[name];
    if (!b || m[by] > b[by]) best[name] = { ...m, loads: [...(b?.loads ?? []), m.load] };
    else b.loads.push(m.load);
  };
  let rssSmall = { 1: 0, 2: 0 };
  for (let i = 0; i < rounds; i++) {
    keep('limit', { ...limitLoop(lines), load: load() });
    const one = perCpu(screen(small, 1, join(dir, 'o1.csv')), 1);
    keep('one', one);
    const two = perCpu(screen(small, 2, join(dir, 'o2.csv')), 2);
    keep('two', two);
    const p = await probe();
    keep('probe1', p, 'one');
    keep('probe2', p, 'two');
    rssSmall = { 1: Math.max(rssSmall[1], one.rssMB), 2: Math.max(rssSmall[2], two.rssMB) };
  }
  const million = { 1: screen(big, 1, join(dir, 'o-big.csv')), 2: screen(big, 2, join(dir, 'o-big.csv')) };
  // Like the other figures, each side's best round: two threads' best against one's best.
  const probeResult = { ratio: best.probe2.two / best.probe1.one, loads: best.probe1.loads };
  return { sampleRows: lines.length, rounds, ...best, probe: probeResult, rssSmall, million };
}

export function screenTable(r) {
  const n = (x) => Math.round(x).toLocaleString('en');
  const pct = (x) => `${Math.round(x * 100)}%`;
  const loads = (m) => `${Math.min(...m.loads).toFixed(1)}–${Math.max(...m.loads).toFixed(1)}`;
  const big = r.million;
  return [
    `| screen: all three rule sets, JSONL in, CSV out (${n(r.sampleRows)} rows, best of ${r.rounds} interleaved rounds) | rows/s | rows per CPU-second (start-up excluded) | against its limit | target | load average (1 min) |`,
    '|---|---|---|---|---|---|',
    `| limit: tight loop, JSON.parse + 3 verdicts, one core, no I/O | ${n(r.limit.perSec)} | ${n(r.limit.perCpuSec)} | | | ${loads(r.limit)} |`,
    `| \`coproduce screen --jobs 1\` | ${n(r.one.perSec)} | ${n(r.one.perCpuSec)} | ${pct(r.one.perSec / r.limit.perSec)} of the limit (per CPU-second: ${pct(r.one.perCpuSec / r.limit.perCpuSec)}) | ≥ 80% | ${loads(r.one)} |`,
    `| \`coproduce screen --jobs 2\` | ${n(r.two.perSec)} | ${n(r.two.perCpuSec)} | ${(r.two.perSec / r.one.perSec).toFixed(2)}× one job | ≥ 1.7× | ${loads(r.two)} |`,
    `| probe: two busy threads against one, same time | | | ${r.probe.ratio.toFixed(2)}×: what two threads get here now against one | | ${loads(r.probe)} |`,
    '',
    `| peak RSS of \`coproduce screen\` (threads included) | ${n(r.sampleRows)} rows | ${n(big[1].rows)} rows | target |`,
    '|---|---|---|---|',
    `| --jobs 1 | ${r.rssSmall[1]} MB | ${big[1].rssMB} MB (${n(big[1].perSec)} rows/s, load ${big[1].load.toFixed(1)}) | ≤ 150 MB, flat |`,
    `| --jobs 2 (the default here: all cores) | ${r.rssSmall[2]} MB | ${big[2].rssMB} MB (${n(big[2].perSec)} rows/s, load ${big[2].load.toFixed(1)}) | ≤ 150 MB, flat |`,
  ].join('\n');
}

// `node screen.mjs file.jsonl [rows] [rounds]`: this section alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const r = await benchScreen(process.argv[2], mkdtempSync(join(tmpdir(), 'coproduce-bench-')), { rows: Number(process.argv[3] ?? 100_000), rounds: Number(process.argv[4] ?? 4) });
  console.log(`Node ${process.version}\n`);
  console.log(screenTable(r));
}
