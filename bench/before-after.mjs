// Issue 16's ratios for the core at an earlier commit and for the working tree, side by
// side in one run (same machine, same load, same profiles), against the same reused
// json-rules-engine Engine: `node bench/before-after.mjs <commit>` (after `pnpm build`).
// Both cores are bundled from source with esbuild; the rule sets are loaded into each.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { toJsonRulesEngine } from '@coproduce/core';
import { brokering, costs, criteria, profileFor, profileQuestions } from '@coproduce/rules';
import { arb, leaveOut } from './arbitraries.mjs';

const ref = process.argv[2];
if (!ref) throw new Error('usage: node bench/before-after.mjs <commit>');
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'coproduce-before-after-'));
execFileSync('sh', ['-c', `git -C "${root}" archive ${ref} packages/core/src | tar -x -C "${dir}"`]);
const bundle = async (src, out) => {
  await build({ entryPoints: [src], bundle: true, format: 'esm', platform: 'node', outfile: out, nodePaths: [join(root, 'packages/core/node_modules')], logLevel: 'error' });
  return import(pathToFileURL(out).href);
};
const before = await bundle(join(dir, 'packages/core/src/index.ts'), join(dir, 'before.mjs'));
const after = await bundle(join(root, 'packages/core/src/index.ts'), join(dir, 'after.mjs'));

const N = process.argv.includes('--quick') ? 1_500 : 6_000;
const sample = (seed, p) => leaveOut(fc.sample(fc.record(Object.fromEntries(profileQuestions.map((q) => [q.id, arb(q)]))), { numRuns: N, seed }), p, seed + 1);
const kinds = { complete: sample(42, 0), '30% unanswered': sample(43, 0.3) };

/** p50 in µs of `fn` over the profiles (batched for sub-microsecond calls), after a warm-up. */
async function p50(fn, ps, { batch = 1, async = false } = {}) {
  for (let i = 0; i < 500; i++) async ? await fn(ps[i % N]) : fn(ps[i % N]);
  const times = [];
  for (let s = 0; s < N / batch; s++) {
    const t0 = process.hrtime.bigint();
    if (async) for (let b = 0; b < batch; b++) await fn(ps[s * batch + b]);
    else for (let b = 0; b < batch; b++) fn(ps[s * batch + b]);
    times.push(Number(process.hrtime.bigint() - t0) / 1000 / batch);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const start = loadavg()[0];
const lines = ['| rule set | profiles | figure | JRE p50 µs | before p50 µs (ratio) | after p50 µs (ratio) | target | after |', '|---|---|---|---|---|---|---|---|'];
for (const rs of [criteria, costs, brokering]) {
  const { hash: _hash, ...doc } = JSON.parse(JSON.stringify(rs));
  const [a, b] = [before.loadRuleSet(doc), after.loadRuleSet(doc)];
  const engine = new Engine(toJsonRulesEngine(rs), { allowUndefinedFacts: true });
  for (const [kind, all] of Object.entries(kinds)) {
    const ps = all.map((p) => profileFor(rs, p));
    const cells = {
      jre: () => p50((p) => engine.run({ ...p }), ps, { async: true }),
      fullBefore: () => p50((p) => before.evaluate(a, p), ps),
      fullAfter: () => p50((p) => after.evaluate(b, p), ps),
      verdictBefore: () => p50((p) => before.evaluateVerdict(a, p), ps, { batch: 20 }),
      verdictAfter: () => p50((p) => after.evaluateVerdict(b, p), ps, { batch: 20 }),
    };
    // Noisy shared machines: each cell's best of three interleaved rounds.
    const m = {};
    for (let r = 0; r < 3; r++) for (const [k, f] of Object.entries(cells)) m[k] = Math.min(m[k] ?? Infinity, await f());
    const target = kind === 'complete' ? 30 : 20;
    const row = (figure, x, y, t) => `| ${rs.id} | ${kind} | ${figure} | ${fmt(m.jre)} | ${fmt(x)} (${(m.jre / x).toFixed(1)}×) | ${fmt(y)} (${(m.jre / y).toFixed(1)}×) | ≥ ${t}× | ${m.jre / y >= t ? 'PASS' : 'MISS'} |`;
    lines.push(row('full evaluate vs JRE', m.fullBefore, m.fullAfter, target), row('verdict only vs JRE', m.verdictBefore, m.verdictAfter, 200));
  }
}
console.log(`\nBefore (${ref}) and after (working tree), Node ${process.version}, ${N.toLocaleString('en')} profiles per cell, best of 3 interleaved rounds, load average ${start.toFixed(2)} at the start and ${loadavg()[0].toFixed(2)} at the end\n`);
console.log(lines.join('\n'));
