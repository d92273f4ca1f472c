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
import { examples, ruleSets } from '@coproduce/rules';

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
    console.log(`docs JavaScript per page (scripts referenced + inline, before compression): ${rows.join('; ')}`);
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
    // Starlight's own search button is left out: its visible shortcut text ("Ctrl K") is not in
    // its accessible name, which axe's experimental label-content-name-mismatch rule flags.
    // Everything else on every page, our widget included, is checked.
    const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run({ include: [['html']], exclude: [['button[data-open-modal]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`);
  });
}

describe('the site in Chromium', () => {
  examples.forEach((ex, i) => {
    it(`worked example "${ex.title}" shows the pre-filled result and passes axe`, async () => {
      const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      p.on('pageerror', (e) => errors.push(String(e)));
      await p.goto(`${base}/examples/${String(i + 1).padStart(2, '0')}-${ex.id}/`);
      for (const key of ['criteria', 'costs', 'brokering'] as const)
        await expect.poll(() => p.locator(`coproduce-advisor [data-rule-set=${key}] .verdict`).getAttribute('data-verdict')).toBe(ex.expected[key].verdict);
      if (i === 0) await p.screenshot({ path: `${artifacts}docs-example.png` });
      expect(await axe(p)).toEqual([]);
      expect(errors).toEqual([]);
      await p.close();
    });
  });

  it('playground shows the JSON result beside the widget', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await p.goto(`${base}/playground/`);
    await p.locator('coproduce-advisor [data-rule-set=criteria] .verdict').waitFor();
    await p.evaluate(() => ((document.getElementById('advisor') as unknown as { answers: unknown }).answers = { brokeringAim: 'use-existing' }));
    await expect.poll(async () => JSON.parse((await p.locator('#result-json').textContent()) ?? '{}').brokering?.verdict?.id).toBe('single');
    await p.screenshot({ path: `${artifacts}docs-playground.png` });
    expect(await axe(p)).toEqual([]);
    await p.close();
  });

  it('home and getting-started pages pass axe', async () => {
    for (const url of ['/', '/start/funders/', '/reference/coproduction-costs/']) {
      const p = await browser.newPage();
      await p.goto(`${base}${url}`);
      expect(await axe(p), url).toEqual([]);
      await p.close();
    }
  });
});
