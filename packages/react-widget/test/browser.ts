import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { serve } from '../../../examples/html/serve.mjs';

/** Debian's Chromium, headless, with no background network traffic of its own. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export const artifacts = new URL('../../../test-artifacts/', import.meta.url).pathname;
mkdirSync(artifacts, { recursive: true });

export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The plain HTML example page (examples/html, served with its strict CSP) and Chromium, for
 * the tests of one file: started before them, stopped after. Read `base` and `browser` in tests.
 */
export function exampleSite(): { readonly base: string; readonly browser: Browser } {
  const site = { base: '', browser: undefined as unknown as Browser };
  let server: Server | undefined;
  beforeAll(async () => {
    server = (await serve(0)) as Server;
    site.base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}

/** What a page did that a test checks: CSP violations, requests and errors. */
export interface Watch {
  csp: string[];
  requests: string[];
  errors: string[];
}

/** Record the page's CSP violations (from its first script on) and its errors into `watch`. */
export async function watchCspAndErrors(page: Page, watch: Watch): Promise<void> {
  await page.exposeFunction('__cspViolation', (v: string) => watch.csp.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __cspViolation: (s: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => m.type() === 'error' && watch.errors.push(m.text()));
  page.on('pageerror', (e) => watch.errors.push(String(e)));
}

/**
 * Run axe-core in the page (through the DevTools protocol, not a <script>: the page's CSP
 * stays intact) against WCAG 2.2 A/AA and best practice, and expect no violation; `label`
 * names the state in a failure. Returns how many checks passed (so a caller can tell axe
 * really looked at something).
 */
export async function axe(page: Page, label: string): Promise<number> {
  await page.evaluate(axeSource);
  const r = await page.evaluate(async () => {
    const res = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[]; passes: unknown[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return { violations: res.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3) })), passes: res.passes.length };
  });
  expect({ label, violations: r.violations }).toEqual({ label, violations: [] });
  return r.passes;
}
