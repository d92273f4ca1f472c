// These tests read French: register the pack, as an app that uses French does.
import '../../src/i18n/fr';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, renderHtml } from '../../src/report';
import { cases, hostile, hostileResult } from './fixtures';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const artifacts = new URL('../../../../test-artifacts/', import.meta.url).pathname;
mkdirSync(artifacts, { recursive: true });

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 60_000);
afterAll(async () => browser?.close());

/** Open a standalone report; count every request it makes (it must make none). */
async function open(html: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests, errors };
}

async function axe(page: Page) {
  await page.evaluate(axeSource); // through the DevTools protocol, not a <script>: the page's CSP stays intact
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[]; passes: unknown[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return { violations: r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3) })), passes: r.passes.length };
  });
}

describe('the standalone HTML report in Chromium', () => {
  for (const locale of ['en', 'fr'] as const)
    for (const detail of [false, true])
      it(`${locale}${detail ? ', detailed' : ''}: passes axe (WCAG 2.2 AA), loads nothing, and prints on A4`, async () => {
        const report = buildReport({ results: cases[0]!.results, locale, detail, projectName: 'Bristol', date: '2026-12-01' });
        const { page, requests, errors } = await open(renderHtml(report, { standalone: true }));
        const a = await axe(page);
        expect(a.violations).toEqual([]);
        expect(a.passes).toBeGreaterThan(10);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
        expect(await page.locator('h1').textContent()).toBe(report.title);

        await page.emulateMedia({ media: 'print' });
        // Printed, the technical details show in full in the detailed report, and not at all otherwise.
        const tech = page.locator('details.technical');
        expect(await tech.isVisible()).toBe(detail);
        if (detail) expect(await page.getByText(cases[0]!.results.criteria!.ruleSet.hash).isVisible()).toBe(true);
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        const name = `report-${locale}${detail ? '-detail' : ''}`;
        writeFileSync(`${artifacts}${name}.pdf`, pdf);
        const text = pdf.toString('latin1');
        expect(text.startsWith('%PDF-')).toBe(true);
        // A4 is 595 × 842 points.
        const boxes = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
        expect(boxes.length).toBeGreaterThan(0);
        for (const [w, h] of boxes) expect([Math.round(w!), Math.round(h!)]).toEqual([595, 842]);
        console.log(`${name}: ${boxes.length} A4 pages, ${a.passes} axe checks passed, 0 violations`);
        await page.emulateMedia({ media: 'screen' });
        await page.screenshot({ path: `${artifacts}${name}.png`, fullPage: true });
        expect(requests).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      }, 60_000);

  it('shows hostile rule-set text as text: nothing runs, no element comes from it', async () => {
    const report = buildReport({ results: { hostile: hostileResult }, ruleSets: [hostile], detail: true });
    const { page, requests, errors } = await open(renderHtml(report, { standalone: true }));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('article img, article script').count()).toBe(0);
    expect(await page.locator('h2', { hasText: '<script>' }).count()).toBeGreaterThan(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
