// Widget speed in Debian Chromium: module evaluation + first render of <coproduce-advisor>,
// and the synchronous update after one answer with everything answered. Pass bundles to
// compare side by side in one run:
//   node bench/widget-first-render.mjs OLD.js [NEW.js]   (NEW defaults to this checkout's build)
// Each load runs in a fresh browser context (no module cache); loads alternate between the
// bundles; medians are printed. Two more files are loaded the same way in the same run, to
// say what no bundle can go below:
// - a one-line module defining an empty element: the harness's floor (a fresh context's
//   fetch of a module, the page's first layout), paid whatever the code; the figures net of
//   it are printed beside the raw ones;
// - the new build's first render copied as static HTML and CSS (no logic at all): what
//   drawing that screen costs by itself.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serveFirstRender } from './widget-page.mjs';

const require = createRequire(fileURLToPath(new URL('../packages/react-widget/package.json', import.meta.url)));
const { chromium } = require('playwright-core');
const bundles = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (bundles.length < 2) bundles.push(fileURLToPath(new URL('../packages/react-widget/dist/coproduce-advisor.js', import.meta.url)));
const ROUNDS = Number(process.env.ROUNDS ?? 9);
const compared = bundles.length;
const fileIn = (text) => {
  const f = join(mkdtempSync(join(tmpdir(), 'coproduce-floor-')), 'coproduce-advisor.js');
  writeFileSync(f, text);
  return f;
};
const element = (body) => `customElements.define('coproduce-advisor', class extends HTMLElement { constructor() { super(); ${body} } });\n`;
bundles.push(fileIn(element("this.attachShadow({ mode: 'open' }).append(document.createElement('div'));")));
// The static copy is written once the browser is up (it is taken from a first render); its file exists now, for the server.
const staticFile = fileIn('');
bundles.push(staticFile);

const { origin, close: closeServer } = await serveFirstRender(bundles);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// The best load says what the work costs when it had a CPU to itself: on a shared machine it
// moves far less between runs than the median, which also counts the waits for one.
const best = (xs) => Math.min(...xs);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
{
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await ctx.newPage();
  await p.goto(`${origin}/?n=${compared - 1}`);
  await p.waitForFunction(() => window.__first);
  const { html, css } = await p.evaluate(() => {
    const r = document.querySelector('coproduce-advisor').shadowRoot;
    return { html: r.innerHTML, css: r.adoptedStyleSheets.flatMap((x) => [...x.cssRules].map((c) => c.cssText)).join('\n') };
  });
  writeFileSync(staticFile, `const css = ${JSON.stringify(css)};\nconst html = ${JSON.stringify(html)};\n` + element("const r = this.attachShadow({ mode: 'open' }); const s = new CSSStyleSheet(); s.replaceSync(css); r.adoptedStyleSheets = [s]; r.innerHTML = html;"));
  await ctx.close();
}
const figures = bundles.map(() => ({ defined: [], total: [], script: [], update: [] }));
for (let round = 0; round < ROUNDS; round++)
  for (const [n, file] of bundles.entries()) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await ctx.newPage();
    // Main-thread time spent running script, from the DevTools protocol: on a busy machine this
    // moves less than wall-clock time, which also counts the waits for a CPU.
    const cdp = await ctx.newCDPSession(p);
    await cdp.send('Performance.enable');
    await p.goto(`${origin}/?n=${n}`);
    await p.waitForFunction(() => window.__first);
    const first = await p.evaluate(() => window.__first);
    figures[n].defined.push(first.defined);
    figures[n].total.push(first.total);
    const { metrics } = await cdp.send('Performance.getMetrics');
    figures[n].script.push(1000 * metrics.find((m) => m.name === 'ScriptDuration').value);
    if (round < 3 && n < compared) {
      // Everything answered, then time one answer change (controller + DOM update, synchronous).
      const times = await p.evaluate(() => {
        const el = document.querySelector('coproduce-advisor');
        const a = el.advisor;
        const full = {};
        for (const g of a.getState().groups)
          for (const { question: q } of g.questions)
            full[q.id] = q.type === 'boolean' ? true : q.type === 'number' ? (q.min ?? 0) + 1 : q.type === 'enum' ? q.options[0].value : [q.options[0].value];
        a.setAnswers(full);
        const enumQ = a.getState().groups.flatMap((g) => g.questions).map((x) => x.question).find((q) => q.type === 'enum' && q.options.length > 1);
        const out = [];
        for (let i = 0; i < 40; i++) {
          const t = performance.now();
          a.setAnswer(enumQ.id, enumQ.options[i % 2].value);
          out.push(performance.now() - t);
        }
        return out.slice(5);
      });
      figures[n].update.push(...times);
    }
    await ctx.close();
  }
await browser.close();
closeServer();
for (const [n, file] of bundles.entries()) {
  const f = figures[n];
  if (n >= compared) {
    const what = n === compared ? "the harness's floor: a one-line module defining an empty element" : "the new build's first render as static HTML and CSS, no logic";
    console.log(`${what}\n  module evaluation + first render: median ${median(f.total).toFixed(1)} ms, best ${best(f.total).toFixed(1)} ms`);
    continue;
  }
  console.log(`${file}\n  module evaluation until defined: median ${median(f.defined).toFixed(1)} ms, best ${best(f.defined).toFixed(1)} ms\n  module evaluation + first render: median ${median(f.total).toFixed(1)} ms, best ${best(f.total).toFixed(1)} ms (${ROUNDS} fresh loads)\n  script time on the main thread for the load: median ${median(f.script).toFixed(1)} ms, best ${best(f.script).toFixed(1)} ms\n  update after one answer, all answered: median ${median(f.update).toFixed(2)} ms sync (${f.update.length} updates)`);
}
if (compared === 2) {
  const ratio = (pick, k) => (pick(figures[1][k]) / pick(figures[0][k])).toFixed(2);
  const net = (pick) => ((pick(figures[1].total) - pick(figures[2].total)) / (pick(figures[0].total) - pick(figures[2].total))).toFixed(2);
  const lowest = (pick) => (pick(figures[3].total) / pick(figures[0].total)).toFixed(2);
  console.log(`first render new/old: ${ratio(median, 'total')} wall clock, ${ratio(median, 'script')} script time (medians); ${ratio(best, 'total')} wall clock, ${ratio(best, 'script')} script time (best loads)`);
  console.log(`first render new/old net of the floor: ${net(median)} (medians), ${net(best)} (best loads)`);
  console.log(`the static copy against the old build, the lowest wall-clock ratio any code drawing that screen could reach here: ${lowest(median)} (medians), ${lowest(best)} (best loads)`);
}
