// Tests of the built site (docs/dist): it exists, its internal links resolve, the generated
// reference follows the rule sets, and in Chromium every worked example shows its pre-filled
// result with zero axe violations.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repo, site } from '../site.config.mjs';
import { evaluateAll, guidanceText, ruleSets, sources } from '@coproduce/rules';
import { examples } from '@coproduce/rules/examples';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const artifacts = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const html = existsSync(dist) ? files(dist).filter((f) => f.endsWith('.html')) : [];
// Every built page, as a URL path.
const urls = html.map((f) => `/${relative(dist, f).replace(/index\.html$/, '').replace(/\\/g, '/')}`).sort();
const page = (url: string) => join(dist, url.replace(/^\//, ''), url.endsWith('.html') ? '' : 'index.html');

describe('the built site', () => {
  it('was built to docs/dist with every kind of page', () => {
    expect(html.length).toBeGreaterThan(50);
    for (const p of ['/', '/start/developers/', '/start/funders/', '/start/researchers/', '/playground/', '/reference/guidance/', '/api/core/readme/', '/pagefind/pagefind.js'])
      expect(existsSync(p.endsWith('.js') ? join(dist, p) : page(p)) || existsSync(join(dist, p.replace(/\/$/, '.html'))), p).toBe(true);
    console.log(`docs: ${html.length} HTML pages`);
  });

  it('has no broken internal links', () => {
    const broken: string[] = [];
    for (const f of html) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:href|src)="([^"#?]+)(?:[#?][^"]*)?"/g)) {
        const url = m[1]!;
        if (/^(https?:|mailto:|data:|blob:|\/\/)/.test(url)) continue;
        const target = url.startsWith('/') ? join(dist, url) : join(f, '..', url);
        const ok = existsSync(target) && (statSync(target).isFile() || existsSync(join(target, 'index.html')));
        if (!ok) broken.push(`${relative(dist, f)} -> ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has a generated reference that follows the current rule sets', () => {
    for (const rs of Object.values(ruleSets)) {
      const text = readFileSync(page(`/reference/${rs.id}/`), 'utf8');
      expect(text).toContain(rs.hash);
      expect(text).toContain(`version <strong>${rs.version}</strong>`);
      for (const r of rs.rules) expect(text, `${rs.id}/${r.id}`).toContain(`id="${r.id}"`);
      for (const q of rs.questions) expect(text).toMatch(new RegExp(`<code[^>]*>${q.id}</code>`));
    }
  });

  it('reports the JavaScript each kind of page ships', () => {
    const kinds: Record<string, string> = { 'start page': '/start/developers/', 'worked example': '/examples/01-bristol-km-team/', 'rule reference': '/reference/coproduction-criteria/', 'API page': '/api/core/readme/', playground: '/playground/' };
    const rows: string[] = [];
    for (const [kind, url] of Object.entries(kinds)) {
      const text = readFileSync(page(url), 'utf8');
      let bytes = 0;
      for (const m of text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) bytes += statSync(join(dist, m[1]!.split('?')[0]!)).size;
      for (const m of text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) bytes += Buffer.byteLength(m[1]!);
      rows.push(`${kind}: ${(bytes / 1024).toFixed(1)} KB`);
      if (kind === 'start page' || kind === 'rule reference') expect(text).not.toContain('coproduce-advisor.js');
    }
    // HTML bytes by kind of page (first path segment), for the report.
    const kindsOf = new Map<string, number[]>();
    for (const u of urls) {
      const k = u === '/' ? 'home' : u.startsWith('/api/') ? 'API reference' : (u.split('/')[1] ?? 'other').replace(/\.html$/, '');
      kindsOf.set(k, [...(kindsOf.get(k) ?? []), statSync(page(u)).size]);
    }
    console.log(`docs HTML per kind of page (pages, median / largest KB): ${[...kindsOf].map(([k, v]) => { const sorted = [...v].sort((a, b) => a - b); return `${k}: ${v.length}, ${(sorted[Math.floor(sorted.length / 2)]! / 1024).toFixed(0)} / ${(sorted.at(-1)! / 1024).toFixed(0)}`; }).join('; ')}`);
    console.log(`docs JavaScript per page (scripts referenced + inline, before compression): ${rows.join('; ')}`);
  });

  it('ships the French pack only as its own file, which a page loads only when a reader picks French', async () => {
    // Text that is only in the French pack: the widget's French title and the report's.
    const { frUi } = await import('../../packages/react-widget/src/i18n/fr-messages');
    const { frReport } = await import('../../packages/rules/src/i18n/fr/report');
    const marks = [frUi.title, frUi.intro, frReport.titleFor.split('{')[0]!.trim()];
    const all = files(dist).filter((f) => /\.(html|js|mjs|json|css)$/.test(f));
    const pack = join(dist, 'coproduce-advisor.fr.js');
    expect(existsSync(pack)).toBe(true);
    for (const m of marks) expect(readFileSync(pack, 'utf8'), m).toContain(m);
    const carrying = all.filter((f) => f !== pack && marks.some((m) => readFileSync(f, 'utf8').includes(m)));
    expect(carrying.map((f) => relative(dist, f))).toEqual([]);
    // No page loads or preloads the pack (pages may name it in prose): the element imports it itself, on demand.
    expect(html.filter((f) => /<(script|link)\b[^>]*(src|href)="[^"]*coproduce-advisor\.fr\.js/.test(readFileSync(f, 'utf8'))).map((f) => relative(dist, f))).toEqual([]);
    expect(readFileSync(join(dist, 'coproduce-advisor.js'), 'utf8')).toContain('import("./coproduce-advisor.fr.js")');
  });
});

let server: Server;
let browser: Browser;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    let p = join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
    if (!existsSync(p)) {
      res.writeHead(404).end();
      return;
    }
    const type = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' }[extname(p)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(p));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function axe(p: import('playwright-core').Page) {
  await p.evaluate(axeSource);
  return p.evaluate(async () => {
    // The whole page, Starlight's own header, search and theme picker included: no exclusions.
    const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`);
  });
}

const read = (url: string) => readFileSync(page(url), 'utf8');
const text = (s: string) => s.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const pictures = (s: string) => [...s.matchAll(/<figure class="picture[^"]*" id="([^"]+)"[\s\S]*?<\/figure>/g)].map((m) => ({ id: m[1]!, html: m[0] }));

describe('the pictures generated from the rule sets', () => {
  const byPage = Object.fromEntries(urls.map((u) => [u, pictures(read(u))]).filter(([, ps]) => ps.length));

  it('appear in the rule reference and on every worked example', () => {
    expect(byPage['/reference/coproduction-costs/']?.map((p) => p.id)).toEqual(['cost-matrix']);
    expect(byPage['/reference/coproduction-criteria/']?.map((p) => p.id)).toEqual(['criteria-poles']);
    expect(byPage['/reference/brokering-model/']?.map((p) => p.id)).toEqual(['brokering-models']);
    expect(byPage['/reference/at-a-glance/']?.map((p) => p.id)).toEqual(['cost-matrix', 'criteria-poles', 'brokering-models', ...examples.map((e) => `glance-${e.id}`)]);
    examples.forEach((ex, i) => expect(byPage[`/examples/${String(i + 1).padStart(2, '0')}-${ex.id}/`]?.map((p) => p.id)).toEqual([`glance-${ex.id}`, 'criteria-poles']));
  });

  it('each has a table alternative with a row per item, and links that resolve to its rules', () => {
    let n = 0;
    for (const [url, ps] of Object.entries(byPage))
      for (const p of ps) {
        n++;
        const table = p.html.match(/<details class="table-alternative"><summary>[^<]+<\/summary><table>[\s\S]*?<\/table><\/details>/)?.[0];
        expect(table, `${url}#${p.id}`).toBeDefined();
        expect((table!.match(/<tr>/g) ?? []).length, `${url}#${p.id} rows`).toBeGreaterThan(1);
        const links = [...p.html.matchAll(/href="([^"]*)#([^"]+)"/g)];
        expect(links.length, `${url}#${p.id} links`).toBeGreaterThan(0);
        for (const [, path, anchor] of links) expect(read(path || url), `${url}#${p.id} -> ${path}#${anchor}`).toContain(`id="${anchor}"`);
      }
    console.log(`docs: ${n} pictures, each with its table alternative`);
  });

  it('show what the rule sets hold (derived, so they follow any change to the rules)', () => {
    const costs = byPage['/reference/coproduction-costs/']![0]!.html;
    const flags = ruleSets.costs.outcomes.filter((o) => o.effect.type === 'flag');
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    for (const f of flags) expect(costs, f.id).toContain(esc(f.label));
    const brokering = byPage['/reference/brokering-model/']![0]!.html;
    for (const o of ruleSets.brokering.options) expect(brokering, o.id).toContain(esc(o.label));
    examples.forEach((ex, i) => {
      const glance = byPage[`/examples/${String(i + 1).padStart(2, '0')}-${ex.id}/`]![0]!.html;
      for (const r of Object.values(evaluateAll(ex.profile))) expect(glance, `${ex.id} ${r.ruleSet.id}`).toContain(esc(r.verdict.label));
    });
    // No meaning in colour alone: every severity is written out.
    for (const sev of new Set(flags.map((f) => (f.effect as { severity: string }).severity))) expect(costs).toMatch(new RegExp(`class="severity severity-${sev}">${sev}<`));
  });
});

describe('links, URLs and plain words', () => {
  it('canonical links use the configured site (no placeholder domain), and every page links to the source repository', () => {
    for (const u of urls) {
      const s = read(u);
      expect(s, u).not.toContain('example.org');
      if (!u.startsWith('/404')) expect(s, u).toContain(`<link rel="canonical" href="${site}${u}"`);
      expect(s, u).toContain(`href="${repo}"`);
    }
  });

  it('shows DOIs as links', () => {
    const dois = Object.values(sources).flatMap((src) => ('doi' in src ? [src.doi.replace(/^doi:/, '')] : []));
    expect(dois.length).toBeGreaterThan(0);
    for (const u of ['/reference/guidance/', '/about-evidence/']) for (const d of dois) expect(read(u), `${u} ${d}`).toContain(`href="https://doi.org/${d}"`);
  });

  it('the element API page documents only the element (under 150 KB)', () => {
    const f = page('/api/react/interfaces/coproduceadvisorelement/');
    const size = statSync(f).size;
    console.log(`docs: element API page ${(size / 1024).toFixed(1)} KB`);
    expect(size).toBeLessThan(150 * 1024);
    const s = readFileSync(f, 'utf8');
    for (const own of ['advisor', 'answers', 'results', 'todecisionrecord']) expect(s).toContain(`id="${own}"`);
    for (const inherited of ['addeventlistener', 'innerhtml', 'onclick']) expect(s).not.toContain(`id="${inherited}"`);
  });

  it('the Performance page shows the element name as text in its table', () => {
    const s = read('/performance/');
    expect(s).not.toMatch(/<coproduce-advisor[\s>]/);
    const row = s.split('<tr>').find((r) => r.includes('standalone'));
    expect(row).toMatch(/<code[^>]*>&lt;coproduce-advisor&gt;<\/code>/);
    expect((row!.match(/<td/g) ?? []).length).toBe(3);
  });

  it('the researchers’ page speaks in plain words (no guidance ids in its prose)', () => {
    const prose = text(read('/start/researchers/').split('<main')[1]!.split('</main>')[0]!);
    expect(prose).not.toMatch(/\b(criteria|stage|broker|cost|risk|readiness)\.[a-z*]/);
  });

  it('About the evidence shows the sources, evidence kinds, the tool’s own choices and the limits of tools', () => {
    const s = text(read('/about-evidence/'));
    // (up to the first quotation mark: Markdown typesets quotes)
    for (const src of Object.values(sources)) expect(s).toContain(src.reference.split(/['"]/)[0]!.slice(0, 40));
    for (const rs of Object.values(ruleSets)) {
      expect(s).toContain(rs.title);
      for (const b of rs.kind === 'ranking' ? [] : rs.bands) expect(s).toContain(b.label);
    }
    expect(s).toContain(guidanceText['criteria.limits-of-tools' as keyof typeof guidanceText]);
  });
});

describe('the site in Chromium', () => {
  examples.forEach((ex, i) => {
    it(`worked example "${ex.title}" shows the pre-filled result (axe: see the crawl of every page)`, async () => {
      const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      p.on('pageerror', (e) => errors.push(String(e)));
      await p.goto(`${base}/examples/${String(i + 1).padStart(2, '0')}-${ex.id}/`);
      for (const key of ['criteria', 'costs', 'brokering'] as const)
        await expect.poll(() => p.locator(`coproduce-advisor [data-rule-set=${key}] .verdict`).getAttribute('data-verdict')).toBe(ex.expected[key].verdict);
      if (i === 0) await p.screenshot({ path: `${artifacts}docs-example.png` });
      expect(errors).toEqual([]);
      await p.close();
    });
  });

  it('playground JSON equals evaluateAll for the answers given, below the widget and within the column', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await p.goto(`${base}/playground/`);
    await p.locator('coproduce-advisor [data-rule-set=criteria] .verdict').waitFor();
    const shown = async () => JSON.parse((await p.locator('#result-json').textContent()) ?? '{}');
    // No answers yet, then each worked example's answers: the JSON is exactly evaluateAll's.
    await expect.poll(shown).toEqual(JSON.parse(JSON.stringify(evaluateAll({}))));
    for (const ex of examples) {
      await p.evaluate((answers) => ((document.getElementById('advisor') as unknown as { answers: unknown }).answers = answers), ex.profile as Record<string, unknown>);
      await expect.poll(shown).toEqual(JSON.parse(JSON.stringify(evaluateAll(ex.profile))));
    }
    // The widget fits the text column (it used to stretch to the JSON's longest line) and the JSON sits below it.
    const widget = (await p.locator('#advisor').boundingBox())!;
    const column = (await p.locator('.sl-markdown-content').boundingBox())!;
    const json = (await p.locator('#result-json').boundingBox())!;
    expect(widget.width).toBeLessThanOrEqual(column.width + 1);
    expect(json.y).toBeGreaterThan(widget.y + widget.height - 1);
    expect(await p.locator('.sl-markdown-content').textContent()).toContain('JSON below');
    await p.screenshot({ path: `${artifacts}docs-playground.png` });
    await p.setViewportSize({ width: 390, height: 844 });
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The header's search and menu stay on screen.
    for (const sel of ['button[data-open-modal]', '.sl-menu-button']) {
      const box = (await p.locator(sel).first().boundingBox())!;
      expect(box.x + box.width, sel).toBeLessThanOrEqual(390);
    }
    await p.screenshot({ path: `${artifacts}docs-playground-mobile.png` });
    await p.close();
  });

  it('the playground downloads the French pack only when a reader picks French', async () => {
    const { frUi } = await import('../../packages/react-widget/src/i18n/fr-messages');
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    p.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await p.goto(`${base}/playground/`);
    await p.locator('coproduce-advisor [data-rule-set=criteria] .verdict').waitFor();
    await p.waitForLoadState('networkidle');
    expect(requests).toContain('/coproduce-advisor.js');
    expect(requests).not.toContain('/coproduce-advisor.fr.js');
    await p.locator('coproduce-advisor #locale').selectOption('fr');
    await expect.poll(() => p.locator('coproduce-advisor h2').first().textContent()).toBe(frUi.title);
    expect(requests.filter((u) => u === '/coproduce-advisor.fr.js')).toHaveLength(1);
    await p.close();
  });

  it('the embedded widget follows the docs theme, and passes axe in the dark', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    const p = await context.newPage();
    await p.goto(`${base}/examples/01-${examples[0]!.id}/`);
    await p.locator('coproduce-advisor .verdict').first().waitFor();
    await expect.poll(() => p.locator('coproduce-advisor').getAttribute('theme')).toBe('light');
    // Switch with Starlight's own theme picker, as a reader would.
    await p.locator('starlight-theme-select select').first().selectOption('dark');
    await expect.poll(() => p.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(() => p.locator('coproduce-advisor').getAttribute('theme')).toBe('dark');
    const bg = await p.locator('coproduce-advisor').evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!, bg).toBeLessThan(3 * 80);
    await p.screenshot({ path: `${artifacts}docs-example-dark.png` });
    expect(await axe(p)).toEqual([]);
    await p.locator('starlight-theme-select select').first().selectOption('light');
    await expect.poll(() => p.locator('coproduce-advisor').getAttribute('theme')).toBe('light');
    await context.close();
  });

  it('mobile screenshots of a worked example and the cost matrix', async () => {
    const p = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await p.goto(`${base}/examples/01-${examples[0]!.id}/`);
    await p.locator('coproduce-advisor .verdict').first().waitFor();
    await p.screenshot({ path: `${artifacts}docs-example-mobile.png` });
    await p.goto(`${base}/reference/coproduction-costs/`);
    await p.locator('#cost-matrix').scrollIntoViewIfNeeded();
    await p.screenshot({ path: `${artifacts}docs-costs-mobile.png` });
    await p.close();
  });

});


describe('every page in Chromium', () => {
  it('has no horizontal overflow at 1280 and 390 px and no axe violations (no exclusions)', async () => {
    const problems: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Two pages at a time: the machine has two cores.
    const queue = [...urls];
    const worker = async () => {
      const p = await context.newPage();
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        await p.setViewportSize({ width: 1280, height: 900 });
        await p.goto(`${base}${url}`, { waitUntil: 'load' });
        if (await p.locator('coproduce-advisor').count()) await p.locator('coproduce-advisor .verdict').first().waitFor();
        for (const v of await axe(p)) problems.push(`${url} axe ${v}`);
        for (const width of [1280, 390]) {
          await p.setViewportSize({ width, height: 900 });
          const scroll = await p.evaluate(() => document.documentElement.scrollWidth);
          if (scroll > width) problems.push(`${url} is ${scroll} px wide at ${width} px`);
        }
      }
      await p.close();
    };
    await Promise.all([worker(), worker()]);
    await context.close();
    console.log(`docs: ${urls.length} pages checked in Chromium (overflow at 1280 and 390 px, axe)`);
    expect(problems).toEqual([]);
  }, 600_000);
});
