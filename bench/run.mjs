// pnpm bench: ours vs a reused json-rules-engine Engine vs straight-line JS, same rules,
// same seeded profiles. Prints p50, p99, throughput and ratios. Node and machine noted.
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { arb, leaveOut } from './arbitraries.mjs';
import { Engine } from 'json-rules-engine';
import { evaluate, evaluateVerdict, toJsonRulesEngine } from '@coproduce/core';
import { brokering, costs, criteria, evaluateAll, profileFor, profileQuestions } from '@coproduce/rules';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeStraightLine } from './straight-line.mjs';
import { measureSizes } from './sizes.mjs';
import { groupTable, measureGroup } from './group.mjs';
import { benchScreen, screenTable } from './screen.mjs';

const quick = process.argv.includes('--quick');
const SAMPLES = quick ? 2_000 : 20_000;

// As many distinct profiles as calls in a round (timed and warm-up), so that no cache can
// profit from seeing the same answers twice within a round.
const WARM = Math.min(2000, SAMPLES / 4);
const PROFILES = SAMPLES + WARM;
const profiles = fc.sample(fc.record(Object.fromEntries(profileQuestions.map((q) => [q.id, arb(q)]))), { numRuns: PROFILES, seed: 42 });
// What a live form sees: the same kind of profiles with each question left out with
// probability 0.3 (seeded, so every run times the same answers).
const UNANSWERED = 0.3;
const partialProfiles = leaveOut(fc.sample(fc.record(Object.fromEntries(profileQuestions.map((q) => [q.id, arb(q)]))), { numRuns: PROFILES, seed: 43 }), UNANSWERED, 44);

/** Time `fn` per call (batched for very fast functions); returns p50/p99 in µs and calls/s. */
async function measure(fn, { batch = 1, async = false } = {}) {
  const times = [];
  // Warm-up calls use the profiles after the timed ones.
  for (let i = 0; i < WARM; i++) async ? await fn(SAMPLES + i) : fn(SAMPLES + i);
  const start = process.hrtime.bigint();
  for (let s = 0; s < SAMPLES / batch; s++) {
    const t0 = process.hrtime.bigint();
    if (async) for (let b = 0; b < batch; b++) await fn(s * batch + b);
    else for (let b = 0; b < batch; b++) fn(s * batch + b);
    times.push(Number(process.hrtime.bigint() - t0) / 1000 / batch);
  }
  const total = Number(process.hrtime.bigint() - start) / 1e9;
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length * 0.5)], p99: times[Math.floor(times.length * 0.99)], perSec: SAMPLES / total };
}

/**
 * Shared machines are noisy: run every cell ROUNDS times, interleaved, and keep each cell's
 * best round (lowest p50). Every contender gets the same treatment.
 */
const ROUNDS = quick ? 1 : 3;
async function best(cells) {
  const out = {};
  for (let r = 0; r < ROUNDS; r++)
    for (const [name, run] of Object.entries(cells)) {
      const m = await run();
      if (!out[name] || m.p50 < out[name].p50) out[name] = m;
    }
  return out;
}

const files = writeStraightLine([criteria, costs, brokering], new URL('./.generated', import.meta.url).pathname);
const rows = [];
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

for (const rs of [criteria, costs, brokering]) {
  const subset = profiles.map((p) => profileFor(rs, p));
  const partial = partialProfiles.map((p) => profileFor(rs, p));
  const engine = new Engine(toJsonRulesEngine(rs), { allowUndefinedFacts: true });
  const hand = (await import(pathToFileURL(files[rs.id]).href)).verdict;
  // Same answers, same verdict: a benchmark of different logic would be meaningless.
  for (const a of subset.slice(0, 200)) if (hand(a) !== evaluateVerdict(rs, a).id) throw new Error(`straight-line ${rs.id} disagrees`);
  const n = subset.length;
  // Sub-microsecond calls are timed in batches, so the clock read does not dominate.
  const { full, explain, verdict, jre, straight, fullPartial, verdictPartial, jrePartial } = await best({
    full: () => measure((i) => evaluate(rs, subset[i % n])),
    fullPartial: () => measure((i) => evaluate(rs, partial[i % n])),
    explain: () => measure((i) => evaluate(rs, subset[i % n], { sensitivity: false })),
    verdict: () => measure((i) => evaluateVerdict(rs, subset[i % n]), { batch: 20 }),
    verdictPartial: () => measure((i) => evaluateVerdict(rs, partial[i % n]), { batch: 20 }),
    jre: () => measure((i) => engine.run({ ...subset[i % n] }), { async: true }),
    jrePartial: () => measure((i) => engine.run({ ...partial[i % n] }), { async: true }),
    straight: () => measure((i) => hand(subset[i % n]), { batch: 100 }),
  });
  rows.push({ rs: `${rs.id} (${rs.rules.length} rules, ${rs.questions.length} questions)`, id: rs.id, full, explain, verdict, jre, straight, fullPartial, verdictPartial, jrePartial });
}
{
  const jreAll = [criteria, costs, brokering].map((rs) => [rs, new Engine(toJsonRulesEngine(rs), { allowUndefinedFacts: true })]);
  const { full, explain, jre } = await best({
    full: () => measure((i) => evaluateAll(profiles[i % PROFILES])),
    explain: () => measure((i) => evaluateAll(profiles[i % PROFILES], { sensitivity: false })),
    jre: () => measure(async (i) => { for (const [rs, e] of jreAll) await e.run({ ...profileFor(rs, profiles[i % PROFILES]) }); }, { async: true }),
  });
  rows.push({ rs: 'all three (evaluateAll)', full, explain, jre });
}

console.log(`\nBenchmark: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${SAMPLES} timed calls per round, best of ${ROUNDS} interleaved rounds, ${PROFILES.toLocaleString('en')} distinct seeded complete profiles\n`);
console.log('| rule set | ours, full (explanations + what-if) p50 / p99 µs | ours, explanations only p50 µs | ours, verdict only p50 µs | json-rules-engine (reused Engine) p50 / p99 µs | straight-line JS p50 µs | full vs JRE | explanations vs JRE | verdict vs straight-line |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.rs} | ${fmt(r.full.p50)} / ${fmt(r.full.p99)} (${Math.round(r.full.perSec).toLocaleString('en')}/s) | ${fmt(r.explain.p50)} (${Math.round(r.explain.perSec).toLocaleString('en')}/s) | ${r.verdict ? fmt(r.verdict.p50) : '—'} | ${fmt(r.jre.p50)} / ${fmt(r.jre.p99)} (${Math.round(r.jre.perSec).toLocaleString('en')}/s) | ${r.straight ? fmt(r.straight.p50) : '—'} | ${(r.jre.p50 / r.full.p50).toFixed(1)}× faster | ${(r.jre.p50 / r.explain.p50).toFixed(1)}× faster | ${r.verdict && r.straight ? `${(r.verdict.p50 / r.straight.p50).toFixed(1)}× slower` : '—'} |`);
}

// --- Issue 16's speed targets: ratios to json-rules-engine, each beside its target ----------
const targets = speedTargets(rows);
console.log(`\nSpeed targets (p50 ratios to a reused json-rules-engine Engine on the same profiles; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} at the end)\n`);
console.log(targetTable(targets));

// `--speed`: the speed tables only, for iterating on the engine.
if (process.argv.includes('--speed')) process.exit(0);

// --- Team mode: evaluateGroup for 10 respondents vs one evaluate ---------------------------
const groupRows = measureGroup({ quick });
console.log(`\n${groupTable(groupRows)}`);

// --- Batch: screen a JSONL file of profiles with the streaming API ----------------------
const N = quick ? 100_000 : 1_000_000;
const dir = mkdtempSync(join(tmpdir(), 'coproduce-bench-'));
const screenScript = new URL('../examples/batch/screen.mjs', import.meta.url).pathname;
execFileSync(process.execPath, [screenScript, '--generate', String(N), join(dir, 'p.jsonl')], { stdio: 'ignore' });
const { stderr } = spawnSync(process.execPath, [screenScript, join(dir, 'p.jsonl'), join(dir, 'v.jsonl')], { encoding: 'utf8' });
const batch = JSON.parse(stderr.trim().split('\n').pop());
console.log(`\nBatch (examples/batch/screen.mjs, criteria rule set, streaming JSONL): ${batch.profiles.toLocaleString('en')} profiles in ${batch.seconds} s, ${batch.profilesPerSecond.toLocaleString('en')} profiles/s, peak RSS ${batch.peakRssMB} MB`);

// --- The CLI: coproduce screen, beside the limit measured here and now -------------------
const screenResult = await benchScreen(join(dir, 'p.jsonl'), dir, { rows: quick ? 30_000 : 100_000, rounds: quick ? 1 : 4 });
console.log(`\n${screenTable(screenResult)}`);

// --- Bundle sizes ---------------------------------------------------------------------------
const sizes = await measureSizes();
console.log('\n| browser bundle | min | min + gzip |\n|---|---|---|');
for (const r of sizes) console.log(`| ${r.name} | ${(r.min / 1024).toFixed(1)} KB | ${(r.gz / 1024).toFixed(1)} KB |`);

if (process.argv.includes('--save')) {
  const lines = [];
  lines.push(`Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm bench\`: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${SAMPLES.toLocaleString('en')} timed calls per cell and round, best p50 of ${ROUNDS} interleaved rounds, ${PROFILES.toLocaleString('en')} distinct seeded complete profiles (none repeats within a round).`, '');
  lines.push('| rule set | ours, full p50 / p99 µs | ours, explanations only p50 µs | ours, verdict only p50 µs | json-rules-engine p50 / p99 µs | straight-line JS p50 µs | full vs JRE | explanations vs JRE | verdict vs straight-line |', '|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) lines.push(`| ${r.rs} | ${fmt(r.full.p50)} / ${fmt(r.full.p99)} (${Math.round(r.full.perSec).toLocaleString('en')}/s) | ${fmt(r.explain.p50)} | ${r.verdict ? fmt(r.verdict.p50) : '—'} | ${fmt(r.jre.p50)} / ${fmt(r.jre.p99)} (${Math.round(r.jre.perSec).toLocaleString('en')}/s) | ${r.straight ? fmt(r.straight.p50) : '—'} | ${(r.jre.p50 / r.full.p50).toFixed(1)}× | ${(r.jre.p50 / r.explain.p50).toFixed(1)}× | ${r.verdict && r.straight ? `${(r.verdict.p50 / r.straight.p50).toFixed(1)}× slower` : '—'} |`);
  lines.push('', `**Speed targets** (issue 16): p50 ratios to a reused json-rules-engine Engine on the same profiles; "30% unanswered" leaves each question out with probability 0.3 (seeded). Load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} when saved.`, '', targetTable(targets));
  lines.push('', '**Team mode** (`bench/group.mjs`): ten respondents answering independently (nearly every question contested) or sharing a view (each keeps the shared answer 8 times in 10).', '', groupTable(groupRows));
  lines.push('', `**Batch** (streaming JSONL, criteria): ${batch.profiles.toLocaleString('en')} profiles in ${batch.seconds} s — ${batch.profilesPerSecond.toLocaleString('en')} profiles/s, peak RSS ${batch.peakRssMB} MB.`, '');
  lines.push(screenTable(screenResult), '');
  lines.push('| browser bundle | min | min + gzip |', '|---|---|---|');
  for (const r of sizes) lines.push(`| ${r.name} | ${(r.min / 1024).toFixed(1)} KB | ${(r.gz / 1024).toFixed(1)} KB |`);
  writeFileSync(new URL('./results.md', import.meta.url), `${lines.join('\n')}\n`);
  console.log('\nsaved bench/results.md (the docs Performance page shows it)');
}

/** One row per rule set, profile kind and figure: the measured ratio, its target, PASS or MISS. */
function speedTargets(rs) {
  const out = [];
  for (const r of rs) {
    if (!r.fullPartial) continue;
    out.push({ rs: r.id, profiles: 'complete', figure: 'full evaluate vs JRE', ratio: r.jre.p50 / r.full.p50, target: 30 });
    out.push({ rs: r.id, profiles: '30% unanswered', figure: 'full evaluate vs JRE', ratio: r.jrePartial.p50 / r.fullPartial.p50, target: 20 });
    out.push({ rs: r.id, profiles: 'complete', figure: 'verdict only vs JRE', ratio: r.jre.p50 / r.verdict.p50, target: 200 });
    out.push({ rs: r.id, profiles: '30% unanswered', figure: 'verdict only vs JRE', ratio: r.jrePartial.p50 / r.verdictPartial.p50, target: 200 });
  }
  return out;
}

function targetTable(ts) {
  const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
  const lines = ['| rule set | profiles | figure | ours p50 µs | json-rules-engine p50 µs | ratio | target | met? |', '|---|---|---|---|---|---|---|---|'];
  for (const t of ts) {
    const r = byId[t.rs];
    const partial = t.profiles !== 'complete';
    const ours = t.figure.startsWith('full') ? (partial ? r.fullPartial : r.full) : partial ? r.verdictPartial : r.verdict;
    const jre = partial ? r.jrePartial : r.jre;
    lines.push(`| ${t.rs} | ${t.profiles} | ${t.figure} | ${fmt(ours.p50)} | ${fmt(jre.p50)} | ${t.ratio.toFixed(1)}× | ≥ ${t.target}× | ${t.ratio >= t.target ? 'PASS' : 'MISS'} |`);
  }
  return lines.join('\n');
}
