// End to end in headless Chromium: the plain HTML example page, served with a strict CSP.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../../examples/html/serve.mjs';
import { artifacts, launch } from './browser';
import { hostileRuleSet, markup } from './hostile-rule-set';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  server = (await serve(0)) as Server;
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

interface Watch {
  csp: string[];
  requests: string[];
  errors: string[];
}

async function open(theme?: string): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
  const watch: Watch = { csp: [], requests: [], errors: [] };
  await page.exposeFunction('__cspViolation', (v: string) => watch.csp.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __cspViolation: (s: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => m.type() === 'error' && watch.errors.push(m.text()));
  page.on('pageerror', (e) => watch.errors.push(String(e)));
  await page.goto(base);
  await page.locator('coproduce-advisor [data-rule-set=criteria] .verdict').waitFor();
  if (theme) await page.evaluate((t) => document.getElementById('advisor')!.setAttribute('theme', t), theme);
  // From here on the page must make no request at all: answers stay in the browser.
  page.on('request', (r) => watch.requests.push(r.url()));
  return { page, watch };
}

/** The focused element, looking inside the shadow root. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const i = el as HTMLInputElement | null;
    return { tag: i?.tagName ?? '', name: i?.getAttribute('name') ?? '', id: i?.id ?? '', value: i?.value ?? '', checked: !!i?.checked, text: i?.textContent ?? '' };
  });

/** Tab until a control of question `name` (or matching `test`) has focus. */
async function tabTo(page: Page, test: (f: Awaited<ReturnType<typeof focused>>) => boolean, label: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (test(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${label} with the keyboard`);
}

/** Pick a radio option by keyboard: arrow keys move and select within a radio group. */
async function chooseRadio(page: Page, name: string, value: string): Promise<void> {
  await tabTo(page, (f) => f.name === name, name);
  for (let i = 0; i < 8; i++) {
    const f = await focused(page);
    if (f.value === value && f.checked) return;
    await page.keyboard.press('ArrowUp');
  }
  throw new Error(`could not choose ${value} for ${name}`);
}

const verdict = (page: Page, rs: string) => page.locator(`coproduce-advisor [data-rule-set=${rs}] .verdict`).getAttribute('data-verdict');

async function axe(page: Page) {
  await page.evaluate(axeSource); // through the DevTools protocol, not a <script>: the page's CSP stays intact
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[]; passes: unknown[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return { violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3) })), passes: r.passes.length };
  });
}

describe('<coproduce-advisor> in Chromium', () => {
  it('is filled in by keyboard, updates the verdict, exports, switches language, passes axe, and stays within the CSP and offline', async () => {
    const { page, watch } = await open();
    expect(await verdict(page, 'criteria')).toBe('insufficient-information');
    const before = await axe(page);
    expect(before.violations).toEqual([]);

    await page.keyboard.press('Tab');
    await chooseRadio(page, 'controversy', 'contested');
    await chooseRadio(page, 'conflictsOfInterest', 'hard');
    await chooseRadio(page, 'relationships', 'good-links');
    await expect.poll(() => verdict(page, 'criteria')).toBe('less-emphasis');
    await expect.poll(() => page.locator('coproduce-advisor [data-advice=alternatives]').count()).toBe(1);

    // Change one answer back with Shift+Tab and the arrows: the verdict follows.
    await page.keyboard.press('Shift+Tab');
    await chooseRadio(page, 'controversy', 'widely-supported');
    await expect.poll(() => verdict(page, 'criteria')).toBe('conditional');

    // A number, typed.
    await tabTo(page, (f) => f.id === 'q-decisionDueMonths', 'decision date');
    await page.keyboard.type('6');
    await tabTo(page, (f) => f.id === 'q-researchMonths', 'research duration');
    await page.keyboard.type('24');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('coproduce-advisor [data-risk=timeliness]').count()).toBe(1);
    await page.screenshot({ path: `${artifacts}widget-en.png`, fullPage: true });
    await page.locator('coproduce-advisor [data-rule-set=costs]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}widget-en-costs.png` });

    // Export the decision record with the keyboard.
    await tabTo(page, (f) => f.tag === 'BUTTON' && f.text.startsWith('Download decision record'), 'export button');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const record = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(record.format).toBe('coproduce/decision-record@1');
    expect(record.answers).toMatchObject({ controversy: 'widely-supported', conflictsOfInterest: 'hard', decisionDueMonths: 6, researchMonths: 24 });
    expect(record.results.criteria.verdict.id).toBe('conditional');
    expect(record.ruleSets[0]).toMatchObject({ id: 'coproduction-criteria', version: '1.0.0' });
    const [md] = await Promise.all([page.waitForEvent('download'), page.locator('coproduce-advisor button.secondary >> nth=1').click()]);
    expect(readFileSync((await md.path())!, 'utf8')).toContain('## Should this project favour co-production?');

    // Switch to French with the keyboard.
    await tabTo(page, (f) => f.id === 'locale', 'language');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('coproduce-advisor h2').textContent()).toBe('Conseiller en coproduction');
    expect(await page.locator('coproduce-advisor [data-rule-set=criteria] .verdict').textContent()).toContain('Coproduction seulement sous conditions');
    expect((await focused(page)).id).toBe('locale'); // focus survives the re-render
    expect(await page.locator('#saved').textContent()).toContain('coproduction-criteria@1.0.0');
    await page.screenshot({ path: `${artifacts}widget-fr.png`, fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${artifacts}widget-fr-top.png` });

    const after = await axe(page);
    expect(after.violations).toEqual([]);
    console.log(`axe: ${before.passes} passing checks before, ${after.passes} after; 0 violations`);
    expect(watch.csp).toEqual([]);
    expect(watch.requests.filter((u) => !u.startsWith('blob:'))).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('has no axe violations in the dark theme either', async () => {
    const { page, watch } = await open('dark');
    await page.evaluate(() => ((document.getElementById('advisor') as unknown as { answers: unknown }).answers = { controversy: 'contested', engagementMode: 'partnership', brokeringAim: 'new-knowledge', partnerResources: true, powerImbalance: true }));
    await expect.poll(() => verdict(page, 'brokering')).toBe('team');
    await page.screenshot({ path: `${artifacts}widget-dark.png`, fullPage: true });
    await page.locator('coproduce-advisor [data-rule-set=brokering]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}widget-dark-brokering.png` });
    const dark = await axe(page);
    if (dark.violations.length) console.log(JSON.stringify(dark.violations));
    expect(dark.violations).toEqual([]);
    expect(watch.csp).toEqual([]);
    await page.close();
  });

  it('shows text containing HTML as text, never as markup', async () => {
    const { page, watch } = await open();
    await page.evaluate(() => document.getElementById('advisor')!.setAttribute('answers', JSON.stringify({ controversy: '<img src=x onerror="window.__pwned=1">' })));
    const alert = page.locator('coproduce-advisor .problems');
    await expect.poll(() => alert.textContent()).toContain('<img src=x onerror=');
    expect(await page.locator('coproduce-advisor img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(watch.csp).toEqual([]);
    expect(watch.requests).toEqual([]);
    await page.close();
  });

  it('renders a third-party rule set whose text holds HTML and script as text, never as markup', async () => {
    const { page, watch } = await open();
    await page.evaluate((doc) => {
      const el = document.getElementById('advisor') as unknown as { ruleSets: unknown[]; answers: unknown };
      el.ruleSets = [doc];
      el.answers = { q: 'a' };
    }, hostileRuleSet);
    await expect.poll(() => page.locator('coproduce-advisor [data-rule-set=hostile-text] .verdict').getAttribute('data-verdict')).toBe('yes');
    const shown = await page.locator('coproduce-advisor').evaluate((el) => el.shadowRoot!.textContent);
    for (const part of ['Title', 'Label', 'Help', 'Option', 'Explanation', 'Outcome', 'Band', 'Summary']) expect(shown).toContain(`${part} ${markup}`);
    expect(await page.locator('coproduce-advisor img').count()).toBe(0);
    expect(await page.locator('coproduce-advisor script').count()).toBe(0);
    const md = await page.evaluate(() => (document.getElementById('advisor') as unknown as { advisor: { toMarkdown(): string } }).advisor.toMarkdown());
    expect(md).toContain('\\<img'); // escaped
    expect(md).not.toMatch(/(^|[^\\])<(img|script)/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.screenshot({ path: `${artifacts}widget-hostile-rule-set.png` });
    expect(watch.csp).toEqual([]);
    expect(watch.requests).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
