// The Vite + React example, built from the built packages and opened in Chromium under the same strict CSP.
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { criteria } from '@coproduce/rules';
import { serve } from '../../../examples/html/serve.mjs';
import { artifacts, launch } from './browser';
import { frUi } from '../src/i18n/fr-messages';

const frTitle = frUi.title;

const example = fileURLToPath(new URL('../../../examples/react-vite/', import.meta.url));
let server: Server;
let browser: Browser;

beforeAll(async () => {
  execFileSync(process.execPath, [`${example}node_modules/vite/bin/vite.js`, 'build'], { cwd: example, stdio: 'pipe' });
  server = (await serve(0, `${example}dist`)) as Server;
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the Vite + React example', () => {
  it('renders <CoproductionAdvisor> pre-filled, reports to the page, and drives the headless hook', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective}`)));
    // Every script the page downloads, with its text: French must not be among them until chosen.
    const scripts: { url: string; text: Promise<string> }[] = [];
    page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push({ url: r.url(), text: r.text() }));
    const french = async () => (await Promise.all(scripts.map(async (x) => ((await x.text).includes(frTitle) ? [x.url] : [])))).flat();
    await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
    await expect.poll(() => page.locator('coproduce-advisor [data-rule-set=criteria] .verdict').getAttribute('data-verdict')).toBe('favour');
    await expect.poll(() => page.locator('#portal-verdict').textContent()).toBe(`Portal sees: ${criteria.bands.find((b) => b.id === 'favour')!.label}`);
    expect(await page.locator('#quick-verdict').textContent()).toBe('Best fit: Insufficient information');
    await page.locator('#quick-aim').selectOption('new-knowledge');
    await expect.poll(() => page.locator('#quick-verdict').textContent()).toBe('Best fit: Embedded brokering team');
    await page.screenshot({ path: `${artifacts}example-react.png` });
    expect(await french()).toEqual([]);
    // Picking French loads the pack (a chunk Vite split off), then the UI is French.
    await page.locator('coproduce-advisor #locale').selectOption('fr');
    await expect.poll(() => page.locator('coproduce-advisor h2').first().textContent()).toBe(frTitle);
    expect((await french()).length).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
