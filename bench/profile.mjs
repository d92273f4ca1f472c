// Where a full evaluate spends its time: runs evaluate() over seeded profiles under
// `node --cpu-prof` and splits the samples by the core source file of each frame (the
// `// src/x.ts` markers esbuild leaves in packages/core/dist/*.js). Prints a Markdown
// table. `node bench/profile.mjs [--complete] [--verdict] [--functions] [rule-set-id]`; default: full
// evaluate, profiles with 30% of questions unanswered, all three rule sets. `--functions` also
// lists self time by function (inlined code counts for the function it was inlined into).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

if (process.argv[2] === '--drive') {
  // The profiled child: the same seeded profiles as the bench, evaluated round after round.
  const fc = (await import('fast-check')).default;
  const { arb, leaveOut } = await import('./arbitraries.mjs');
  const { evaluate, evaluateVerdict } = await import('@coproduce/core');
  const { brokering, costs, criteria, profileFor, profileQuestions } = await import('@coproduce/rules');
  const [, , , complete, verdict, only] = process.argv;
  const N = 20_000;
  const profiles = leaveOut(fc.sample(fc.record(Object.fromEntries(profileQuestions.map((q) => [q.id, arb(q)]))), { numRuns: N, seed: 43 }), complete === '1' ? 0 : 0.3, 44);
  const sets = [criteria, costs, brokering].filter((rs) => !only || rs.id === only).map((rs) => [rs, profiles.map((p) => profileFor(rs, p))]);
  const f = verdict === '1' ? evaluateVerdict : evaluate;
  let sink = 0;
  for (let round = 0; round < (verdict === '1' ? 30 : 5); round++) for (const [rs, sub] of sets) for (let i = 0; i < N; i++) sink += f(rs, sub[i]).score ?? 0;
  if (sink === Math.PI) console.log(sink); // keeps the work observable
  process.exit(0);
}

const complete = process.argv.includes('--complete');
const verdict = process.argv.includes('--verdict');
const only = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '';
const dir = mkdtempSync(join(tmpdir(), 'coproduce-profile-'));
const self = fileURLToPath(import.meta.url);
const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', '50', self, '--drive', complete ? '1' : '0', verdict ? '1' : '0', only], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

// The build splits core into chunks: read the markers of every file in dist.
const dist = fileURLToPath(new URL('../packages/core/dist/', import.meta.url));
const marksOf = new Map();
for (const name of readdirSync(dist).filter((n) => n.endsWith('.js'))) {
  const marks = [];
  readFileSync(join(dist, name), 'utf8').split('\n').forEach((l, i) => {
    const m = /^\/\/ src\/(.+)\.ts$/.exec(l);
    if (m) marks.push([i, m[1]]);
  });
  marksOf.set(pathToFileURL(join(dist, name)).href, marks);
}
const fileOf = (url, line) => {
  let f = '?';
  for (const [i, n] of marksOf.get(url) ?? []) if (i <= line) f = n;
  return f;
};
const PART = {
  'read-answers': 'answer reading', encoding: 'answer reading', answers: 'answer reading', evaluate: 'answer reading',
  conditions: 'rule matching', 'rule-results': 'rule matching', tallies: 'rule matching',
  decide: 'verdict (decide)',
  explain: 'explanation and result building', result: 'explanation and result building', compile: 'answers record (result building)',
};
const prof = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]), 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const counts = new Map();
for (const s of prof.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
const parts = new Map();
for (const [id, n] of counts) {
  let part;
  if (byId.get(id).callFrame.functionName === '(garbage collector)') part = 'garbage collection';
  else {
    // Anything under sensitivity.ts is the what-if; otherwise the innermost core frame decides.
    let inner;
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const cf = byId.get(x).callFrame;
      if (!marksOf.has(cf.url)) continue;
      const file = fileOf(cf.url, cf.lineNumber);
      if (file === 'sensitivity') {
        part = 'what-if over questions (sensitivity)';
        break;
      }
      inner ??= file;
    }
    if (part === undefined && inner !== undefined) part = PART[inner] ?? `other (${inner})`;
  }
  if (part !== undefined) parts.set(part, (parts.get(part) ?? 0) + n);
}
const total = [...parts.values()].reduce((a, b) => a + b, 0);
if (process.argv.includes('--functions')) {
  // Self time by function (innermost frame), for finding the hot spot within a part.
  const fns = new Map();
  for (const [id, n] of counts) {
    const cf = byId.get(id).callFrame;
    const k = `${cf.functionName || '(anonymous)'} ${marksOf.has(cf.url) ? fileOf(cf.url, cf.lineNumber) : cf.url.split('/').pop()}:${cf.lineNumber + 1}`;
    fns.set(k, (fns.get(k) ?? 0) + n);
  }
  const all = [...fns.values()].reduce((a, b) => a + b, 0);
  console.log('| function (self time) | share of all samples |\n|---|---|');
  for (const [k, n] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`| ${k} | ${((100 * n) / all).toFixed(1)}% |`);
  console.log('');
}
console.log(`${verdict ? 'evaluateVerdict' : 'full evaluate'}, ${complete ? 'complete profiles' : 'profiles with 30% unanswered'}, ${only || 'all three rule sets'} (${total.toLocaleString('en')} samples in core; garbage collection counted while core runs and the driver's)\n`);
console.log('| part | share |\n|---|---|');
for (const [k, n] of [...parts].sort((a, b) => b[1] - a[1])) if (n / total >= 0.001) console.log(`| ${k} | ${((100 * n) / total).toFixed(1)}% |`);
