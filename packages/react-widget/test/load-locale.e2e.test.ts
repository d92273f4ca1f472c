// The French pack in Chromium, under the example page's strict CSP: the standalone element
// loads its sibling coproduce-advisor.fr.js only when French is wanted, shows English
// meanwhile, and a failed load leaves English and one plain message. The one-file
// coproduce-advisor.all.js works with no request besides itself.
import '../src/i18n/fr';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messages } from '@coproduce/rules/i18n';
import { CSP } from '../../../examples/html/serve.mjs';
import { uiMessages } from '../src/messages';
import { artifacts, exampleSite, watchCspAndErrors, type Watch, axe } from './browser';

const en = uiMessages.en;
const fr = uiMessages.fr;

const site = exampleSite();

/** A page under the example's CSP, with every request, CSP violation and error recorded from the start. */
async function watched(): Promise<{ page: Page; watch: Watch }> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const watch: Watch = { csp: [], requests: [], errors: [] };
  await watchCspAndErrors(page, watch);
  page.on('request', (r) => watch.requests.push(r.url()));
  return { page, watch };
}

/** A host page with just the element, served with the example's CSP header. */
const hostPage = (script: string, locale: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Advisor</title><link rel="icon" href="data:,"><script type="module" src="/${script}"></script></head><body><main><h1>Portal</h1><coproduce-advisor id="advisor" rule-sets="criteria" locale="${locale}"></coproduce-advisor></main></body></html>`;

async function host(page: Page, name: string, script: string, locale: string): Promise<string> {
  const url = `${site.base}${name}`;
  await page.route(url, (r) => r.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }, body: hostPage(script, locale) }));
  return url;
}

const title = (page: Page) => page.locator('coproduce-advisor h2').first().textContent();
const verdict = (page: Page) => page.locator('coproduce-advisor .summary [data-rule-set=criteria] .verdict').first().textContent();


describe('the standalone element and its French pack', () => {
  it('in English it loads no French: the element is the only script', async () => {
    const { page, watch } = await watched();
    await page.goto(await host(page, 'en.html', 'coproduce-advisor.js', 'en'));
    await expect.poll(() => title(page)).toBe(en.title);
    await page.waitForLoadState('networkidle');
    expect(watch.requests).toEqual([`${site.base}en.html`, `${site.base}coproduce-advisor.js`]);
    const body = readFileSync(new URL('../dist/coproduce-advisor.js', import.meta.url), 'utf8');
    expect(body).not.toContain(fr.title);
    expect(body).not.toContain(messages('fr')['q.controversy.label']);
    expect(body).toContain('import("./coproduce-advisor.fr.js")');
    await page.close();
  });

  it('locale="fr" loads coproduce-advisor.fr.js under a strict CSP, then the UI turns French: no violation, no other request', async () => {
    const { page, watch } = await watched();
    // Hold the pack back until the English UI has been seen: English shows meanwhile.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(`${site.base}coproduce-advisor.fr.js`, async (r) => (await held, r.continue()));
    await page.goto(await host(page, 'fr.html', 'coproduce-advisor.js', 'fr'));
    await expect.poll(() => title(page)).toBe(en.title);
    expect(await page.locator('coproduce-advisor #locale').inputValue()).toBe('fr');
    expect(await page.locator('coproduce-advisor #locale').getAttribute('aria-busy')).toBe('true');
    await page.screenshot({ path: `${artifacts}widget-fr-loading.png` });
    release();
    await expect.poll(() => title(page)).toBe(fr.title);
    expect(await verdict(page)).toBe(messages('fr')['ui.insufficient.label']);
    expect(await page.locator('coproduce-advisor .advisor').getAttribute('lang')).toBe('fr');
    expect(await page.locator('coproduce-advisor #locale').getAttribute('aria-busy')).toBeNull();
    await page.screenshot({ path: `${artifacts}widget-fr-loaded.png` });
    await axe(page, 'French after loading');
    expect(watch.csp).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([`${site.base}fr.html`, `${site.base}coproduce-advisor.js`, `${site.base}coproduce-advisor.fr.js`]);
    // Back to English and French again: the pack is not fetched twice.
    await page.locator('coproduce-advisor #locale').selectOption('en');
    await expect.poll(() => title(page)).toBe(en.title);
    await page.locator('coproduce-advisor #locale').selectOption('fr');
    await expect.poll(() => title(page)).toBe(fr.title);
    expect(watch.requests.filter((u) => u.endsWith('.fr.js'))).toHaveLength(1);
    await page.close();
  });

  it('a failed load shows one plain message and stays in English', async () => {
    const { page, watch } = await watched();
    await page.route(`${site.base}coproduce-advisor.fr.js`, (r) => r.abort('internetdisconnected'));
    await page.goto(await host(page, 'en2.html', 'coproduce-advisor.js', 'en'));
    await expect.poll(() => title(page)).toBe(en.title);
    await page.locator('coproduce-advisor #locale').selectOption('fr');
    const problem = page.locator('coproduce-advisor .problems .problem');
    await problem.waitFor();
    expect(await problem.allTextContents()).toEqual([en.localeFailed]);
    expect(await page.locator('coproduce-advisor .problems').getAttribute('role')).toBe('alert');
    expect(await title(page)).toBe(en.title);
    expect(await page.locator('coproduce-advisor #locale').inputValue()).toBe('en');
    await page.screenshot({ path: `${artifacts}widget-fr-failed.png` });
    await axe(page, 'French failed to load');
    expect(watch.csp).toEqual([]);
    await page.close();
  });
});

describe('the one-file element (coproduce-advisor.all.js)', () => {
  it('works offline in French and in English with no request besides itself', async () => {
    const { page, watch } = await watched();
    await page.goto(await host(page, 'all.html', 'coproduce-advisor.all.js', 'fr'));
    // French at once: the pack is inside the file.
    await expect.poll(() => title(page)).toBe(fr.title);
    await page.context().setOffline(true);
    await page.locator('coproduce-advisor label:has-text("' + messages('fr')['q.controversy.option.contested'] + '")').first().click();
    await page.screenshot({ path: `${artifacts}widget-all-fr.png` });
    await axe(page, 'one file, French');
    await page.locator('coproduce-advisor #locale').selectOption('en');
    await expect.poll(() => title(page)).toBe(en.title);
    await page.locator('coproduce-advisor #locale').selectOption('fr');
    await expect.poll(() => title(page)).toBe(fr.title);
    await page.locator('coproduce-advisor #locale').selectOption('en');
    await expect.poll(() => title(page)).toBe(en.title);
    await page.screenshot({ path: `${artifacts}widget-all-en.png` });
    await axe(page, 'one file, English');
    expect(watch.requests).toEqual([`${site.base}all.html`, `${site.base}coproduce-advisor.all.js`]);
    expect(watch.csp).toEqual([]);
    expect(watch.errors).toEqual([]);
    const body = readFileSync(new URL('../dist/coproduce-advisor.all.js', import.meta.url), 'utf8');
    expect(body).not.toMatch(/\bimport\(/);
    await page.context().setOffline(false);
    await page.close();
  });
});
