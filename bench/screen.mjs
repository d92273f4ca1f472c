// Screening throughput of `coproduce screen`, beside the limits this machine sets at the
// moment of measuring:
// - for one job, a tight single-core loop of JSON.parse + the same three verdicts
//   (profileFor + evaluateVerdict per rule set), with no I/O, no threads and no output;
// - for two jobs, the same loop in two threads at once against one thread: the machine is
//   shared, so "2 jobs ≥ 1.7× one job" can only show when two cores are free.
// Runs are interleaved (limit, 1 job, 2 jobs, the loop in 1 and 2 threads, …) and the best of each kept, with the
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
  const t = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const wall = (performance.now() - t) / 1000;
  const m = /Screened ([\d,]+) rows? in ([\d.]+) s \(([\d,]+) rows\/s\)/.exec(r.stdout);
  const u = /peak-rss-mb (\d+) cpu-s ([\d.]+)/.exec(r.stderr);
  if (!m || !u) throw new Error(`screen failed (${r.status}): ${r.stderr.slice(-500)}`);
  const rows = Number(m[1].replace(/,/g, ''));
  // rows/s from the command's own summary: its run, without Node's start-up (the workers'
  // start-up is in it only where it is not hidden behind the command's own); perWallSec
  // from the whole command, Node's start-up and all.
  return { rows, perSec: Number(m[3].replace(/,/g, '')), perWallSec: rows / wall, cpuSec: Number(u[2]), rssMB: Number(u[1]), load: Math.max(before, load()) };
}

const loopCode = `const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
Promise.all([import(workerData.core), import(workerData.rules)]).then(([{ evaluateVerdict }, { profileFor, ruleSets }]) => {
  const rs = Object.values(ruleSets);
  const lines = readFileSync(workerData.file, 'utf8').split('\\n').filter(Boolean);
  parentPort.postMessage('ready');
  parentPort.once('message', () => {
    let sink = 0;
    const t = process.hrtime.bigint();
    for (const l of lines) { const p = JSON.parse(l); for (const r of rs) sink += evaluateVerdict(r, profileFor(r, p)).provisional ? 1 : 0; }
    parentPort.postMessage({ perSec: lines.length / (Number(process.hrtime.bigint() - t) / 1e9), sink });
  });
});`;
const modules = { core: import.meta.resolve('@coproduce/core'), rules: import.meta.resolve('@coproduce/rules') };

/**
 * The limit for two jobs: the same tight loop in one thread, then in two at once (started
 * together once loaded). On a shared machine two threads get less than two cores; this
 * says how much less, now.
 */
async function limitThreads(file, threads) {
  const ws = Array.from({ length: threads }, () => new Worker(loopCode, { eval: true, workerData: { file, ...modules } }));
  await Promise.all(ws.map((w) => new Promise((res, rej) => w.once('message', res).once('error', rej))));
  const results = Promise.all(ws.map((w) => new Promise((res) => w.once('message', res))));
  for (const w of ws) w.postMessage('go');
  const r = await results;
  await Promise.all(ws.map((w) => w.terminate()));
  return r.reduce((a, x) => a + x.perSec, 0);
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
  const probeLines = Math.min(lines.length, 30_000);
  const probeFile = join(dir, 'screen-probe.jsonl');
  writeFileSync(probeFile, `${lines.slice(0, probeLines).join('\n')}\n`);
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
    keep('oneWall', one, 'perWallSec');
    keep('twoWall', two, 'perWallSec');
    keep('loop1', { perSec: await limitThreads(probeFile, 1), load: load() });
    keep('loop2', { perSec: await limitThreads(probeFile, 2), load: load() });
    rssSmall = { 1: Math.max(rssSmall[1], one.rssMB), 2: Math.max(rssSmall[2], two.rssMB) };
  }
  // A middle size, so the table shows how the workers' one-off costs (each thread's start-up
  // and its own JIT compilation of the same code, about 0.2-0.3 s of CPU per worker, which
  // one job gets on the idle second core) weigh less as the input grows.
  const midRows = rows * 3;
  const mid = join(dir, 'screen-mid.jsonl');
  const midLines = await firstLines(big, midRows);
  writeFileSync(mid, `${midLines.join('\n')}\n`);
  for (let i = 0; i < Math.min(rounds, 2); i++) for (const j of [1, 2]) keep(`mid${j}`, screen(mid, j, join(dir, 'o-mid.csv')));
  const million = { 1: screen(big, 1, join(dir, 'o-big.csv')), 2: screen(big, 2, join(dir, 'o-big.csv')) };
  return { sampleRows: lines.length, probeRows: probeLines, rounds, ...best, rssSmall, million };
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
    `| the whole command, Node's start-up included: \`--jobs 1\` / \`--jobs 2\` (best of each) | ${n(r.oneWall.perWallSec)} / ${n(r.twoWall.perWallSec)} | | ${(r.twoWall.perWallSec / r.oneWall.perWallSec).toFixed(2)}× one job | | ${loads(r.twoWall)} |`,
    `| \`coproduce screen --jobs 2\`, ${n(r.mid2.rows)} rows (best of ${Math.min(r.rounds, 2)} each) | ${n(r.mid2.perSec)} | | ${(r.mid2.perSec / r.mid1.perSec).toFixed(2)}× one job on the same file (${n(r.mid1.perSec)} rows/s) | ≥ 1.7× | ${loads({ loads: [...r.mid1.loads, ...r.mid2.loads] })} |`,
    `| \`coproduce screen --jobs 2\`, the full file (${n(big[2].rows)} rows, one run each) | ${n(big[2].perSec)} | | ${(big[2].perSec / big[1].perSec).toFixed(2)}× one job on the same file (${n(big[1].perSec)} rows/s) | ≥ 1.7× | ${Math.max(big[1].load, big[2].load).toFixed(1)} |`,
    `| limit for 2 jobs: the same loop in two threads at once (${n(r.probeRows)} rows each) | ${n(r.loop2.perSec)} | | ${(r.loop2.perSec / r.loop1.perSec).toFixed(2)}× the loop in one thread (${n(r.loop1.perSec)} rows/s): what two threads get here now | | ${loads(r.loop2)} |`,
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
