// Where the element's first load spends its main-thread time, in Debian Chromium:
//   node bench/widget-profile.mjs [BUNDLE.js ...]   (defaults to this checkout's build)
// For each bundle, ROUNDS fresh loads (as bench/widget-first-render.mjs does them) under the
// DevTools protocol's sampling CPU profiler and a trace. Prints medians of: self time by source
// file (the bundle's source map), the heaviest functions by inclusive time, and the trace's
// parse/compile, evaluation, style, layout and paint totals until first render.
import { readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serveFirstRender } from './widget-page.mjs';

const require = createRequire(fileURLToPath(new URL('../packages/react-widget/package.json', import.meta.url)));
const { chromium } = require('playwright-core');
const bundles = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (bundles.length === 0) bundles.push(fileURLToPath(new URL('../packages/react-widget/dist/coproduce-advisor.js', import.meta.url)));
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const TOP = Number(process.env.TOP ?? 25);

// --- source maps: just enough of the format (VLQ mappings) to name a generated position ---
const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
function parseMap(file) {
  if (!existsSync(file + '.map')) return undefined;
  const map = JSON.parse(readFileSync(file + '.map', 'utf8'));
  const lines = [];
  let src = 0, sl = 0, sc = 0, nm = 0;
  for (const line of map.mappings.split(';')) {
    const segs = [];
    let gc = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const v = [];
      let shift = 0, acc = 0;
      for (const ch of seg) {
        const d = B64[ch];
        acc += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          v.push(acc & 1 ? -(acc >>> 1) : acc >>> 1);
          acc = 0;
          shift = 0;
        }
      }
      gc += v[0];
      if (v.length >= 4) {
        src += v[1]; sl += v[2]; sc += v[3];
        if (v.length >= 5) nm += v[4];
        segs.push([gc, src, sl, sc, v.length >= 5 ? nm : -1]);
      }
    }
    lines.push(segs);
  }
  const look = (line, col) => {
    const segs = lines[line] ?? [];
    let lo = 0, hi = segs.length - 1, best;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid][0] <= col) (best = segs[mid]), (lo = mid + 1);
      else hi = mid - 1;
    }
    if (!best) return undefined;
    return { source: map.sources[best[1]].replace(/^(\.\.\/)+/, ''), line: best[2] + 1, name: best[4] >= 0 ? map.names[best[4]] : undefined };
  };
  return look;
}

const { origin, close: closeServer } = await serveFirstRender(bundles);
const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : 0);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

// Trace events summed until first render (complete events on the page's main thread).
// Buckets overlap: lazy compiles and collections inside a script call count in both.
const TRACE = {
  'module evaluation': ['v8.evaluateModule'],
  'script calls': ['v8.callFunction', 'v8.callAsConstructor'],
  'parse + compile': ['v8.compile', 'v8.compileModule', 'V8.CompileCode', 'v8.parseOnBackground', 'V8.ParseProgram', 'V8.ParseFunction', 'v8.compileLazy'],
  'style': ['UpdateLayoutTree', 'ParseAuthorStyleSheet', 'RecalculateStyles'],
  'layout': ['Layout'],
  'paint': ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer'],
  'gc': ['MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCCompactor', 'V8.GCFinalizeMC', 'BlinkGC.AtomicPhase'],
};

const maps = bundles.map(parseMap);
const out = bundles.map(() => ({ files: {}, fns: {}, trace: {}, total: [] }));
for (let round = 0; round < ROUNDS; round++)
  for (const [n] of bundles.entries()) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await ctx.newPage();
    const cdp = await ctx.newCDPSession(p);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await browser.startTracing(p, { categories: ['devtools.timeline', 'v8', 'blink.user_timing', 'disabled-by-default-v8.compile'] });
    await p.goto(`${origin}/?n=${n}`);
    await p.waitForFunction(() => window.__first);
    const first = await p.evaluate(() => window.__first);
    const { profile } = await cdp.send('Profiler.stop');
    const trace = JSON.parse((await browser.stopTracing()).toString());
    await ctx.close();
    out[n].total.push(first.total);

    // CPU profile: self time per node from the sample deltas, then by source file and by function (inclusive).
    const self = new Map();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
    const byId = new Map(profile.nodes.map((x) => [x.id, x]));
    const parent = new Map();
    for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
    const where = (x) => {
      const f = x.callFrame;
      if (!f.url) return { file: f.functionName || '(native)', fn: f.functionName || '(native)' };
      if (!f.url.includes(`/b${n}/`)) return { file: basename(f.url) || f.url, fn: `${f.functionName || '(anonymous)'} ${basename(f.url)}` };
      const pos = maps[n]?.(f.lineNumber, f.columnNumber);
      if (!pos) return { file: basename(f.url), fn: `${f.functionName || '(anonymous)'} ${basename(f.url)}:${f.lineNumber + 1}:${f.columnNumber}` };
      return { file: pos.source, fn: `${pos.name ?? f.functionName ?? '(anonymous)'} ${pos.source}:${pos.line}` };
    };
    const files = {}, fns = {};
    for (const [id, t] of self) {
      const x = byId.get(id);
      const w = where(x);
      files[w.file] = (files[w.file] ?? 0) + t;
      // inclusive: once per distinct function up the stack (recursion counted once)
      const seen = new Set();
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const k = where(byId.get(cur)).fn;
        if (seen.has(k)) continue;
        seen.add(k);
        fns[k] = (fns[k] ?? 0) + t;
      }
    }
    for (const [k, v] of Object.entries(files)) (out[n].files[k] ??= []).push(v);
    for (const [k, v] of Object.entries(fns)) (out[n].fns[k] ??= []).push(v);

    // Trace: main-thread complete events of the renderer until the first-render mark.
    const evs = trace.traceEvents;
    // the page's main thread is the one that set the mark (other renderers run in the same trace)
    const mark = evs.find((e) => e.name === 'first-render');
    const start = evs.find((e) => e.pid === mark?.pid && e.name === 'ResourceSendRequest' && e.args?.data?.url?.includes(`/b${n}/`));
    const nav = evs.filter((e) => e.pid === mark?.pid && e.tid === mark?.tid && e.ph === 'X' && (!start || e.ts >= start.ts) && e.ts <= mark.ts);
    const sums = {};
    for (const [bucket, names] of Object.entries(TRACE)) {
      // top-level occurrences only (nested events of the same bucket would count twice)
      const list = nav.filter((e) => names.includes(e.name)).sort((a, b) => a.ts - b.ts);
      let sum = 0, end = -1;
      for (const e of list) {
        const s = Math.max(e.ts, end), f = e.ts + (e.dur ?? 0);
        if (f > s) sum += f - s;
        end = Math.max(end, f);
      }
      sums[bucket] = sum / 1000;
    }
    for (const [k, v] of Object.entries(sums)) (out[n].trace[k] ??= []).push(v);
  }
await browser.close();
closeServer();

for (const [n, file] of bundles.entries()) {
  const o = out[n];
  console.log(`\n${file}\n  module evaluation + first render: median ${median(o.total).toFixed(1)} ms (${ROUNDS} loads, profiler on: slower than unprofiled)`);
  console.log('  trace (the page\'s main thread, from the request for the bundle until first render), medians in ms:');
  for (const [k, v] of Object.entries(o.trace)) console.log(`    ${k.padEnd(18)} ${median(v).toFixed(1)}`);
  console.log('  CPU profile self time by source file, medians in ms:');
  for (const [k, v] of Object.entries(o.files).map(([k, v]) => [k, median(v)]).sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`    ${v.toFixed(1).padStart(7)}  ${k}`);
  console.log('  heaviest functions, inclusive, medians in ms:');
  for (const [k, v] of Object.entries(o.fns).map(([k, v]) => [k, median(v)]).sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`    ${v.toFixed(1).padStart(7)}  ${k}`);
}
