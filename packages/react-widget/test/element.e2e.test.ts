// End to end in headless Chromium: the plain HTML example page, served with a strict CSP.
// The expected French text, read in Node: register the pack here (the page loads its own).
import '../src/i18n/fr';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { profileQuestions, ruleSets } from '@coproduce/rules';
import { examples } from '@coproduce/rules/examples';
import { readDecisionRecord, recheckRecord } from '@coproduce/rules/report';
import { recheckReportFor } from '../src/report';
import { uiMessages } from '../src/messages';
import { artifacts, exampleSite, watchCspAndErrors, type Watch, axe } from './browser';
import { hostileRuleSet, markup } from './hostile-rule-set';


const site = exampleSite();

async function open(opts: { theme?: string; width?: number; colorScheme?: 'light' | 'dark'; page?: Page } = {}): Promise<{ page: Page; watch: Watch }> {
  const page = opts.page ?? (await site.browser.newPage({ viewport: { width: opts.width ?? 1280, height: 1000 }, acceptDownloads: true, colorScheme: opts.colorScheme ?? 'light' }));
  const watch: Watch = { csp: [], requests: [], errors: [] };
  if (!opts.page) await watchCspAndErrors(page, watch);
  else {
    // a page already watched for CSP (exposeFunction works once per page): errors only
    page.on('console', (m) => m.type() === 'error' && watch.errors.push(m.text()));
    page.on('pageerror', (e) => watch.errors.push(String(e)));
  }
  await page.goto(site.base);
  await page.locator('coproduce-advisor .summary [data-rule-set=criteria] .verdict').waitFor({ state: 'attached' });
  if (opts.theme) await page.evaluate((t) => document.getElementById('advisor')!.setAttribute('theme', t), opts.theme);
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

/** Counts every key press, so the keyboard pass can be compared with the one-page form's. */
class Keys {
  count = 0;
  constructor(private readonly page: Page) {}
  async press(key: string): Promise<void> {
    this.count++;
    await this.page.keyboard.press(key);
  }
  async type(text: string): Promise<void> {
    for (const ch of text) await this.press(ch);
  }
  /** Tab (or Shift+Tab) until the focused control passes `test`. */
  async tabTo(test: (f: Awaited<ReturnType<typeof focused>>) => boolean, label: string, back = false): Promise<void> {
    for (let i = 0; i < 200; i++) {
      if (test(await focused(this.page))) return;
      await this.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`could not reach ${label} with the keyboard`);
  }
  /** Pick a radio option: Space on the first, arrows move and select within the group. */
  async chooseRadio(name: string, value: string, back = false): Promise<void> {
    await this.tabTo((f) => f.name === name, name, back);
    for (let i = 0; i < 10; i++) {
      const f = await focused(this.page);
      if (f.value === value) {
        if (!f.checked) await this.press('Space');
        return;
      }
      await this.press('ArrowDown');
    }
    throw new Error(`could not choose ${value} for ${name}`);
  }
}

const verdict = (page: Page, rs: string) => page.locator(`coproduce-advisor .summary [data-rule-set=${rs}] .verdict`).getAttribute('data-verdict');
const shadowText = (page: Page, selector = '.advisor') => page.locator('coproduce-advisor').evaluate((el, sel) => (el.shadowRoot!.querySelector(sel) as HTMLElement).innerText, selector);
const setAnswers = (page: Page, answers: Record<string, unknown>) => page.evaluate((a) => ((document.getElementById('advisor') as unknown as { answers: unknown }).answers = a), answers);
const advisorCall = (page: Page, method: string, ...args: unknown[]) =>
  page.evaluate(([m, a]) => (document.getElementById('advisor') as unknown as { advisor: Record<string, (...x: unknown[]) => unknown> }).advisor[m as string]!(...(a as unknown[])), [method, args] as const);


const en = uiMessages.en;
/** A complete profile: every question answered with a valid value (the first option, the minimum). */
const fullProfile = Object.fromEntries(profileQuestions.map((q) => [q.id, q.type === 'boolean' ? true : q.type === 'number' ? q.min : q.type === 'enum' ? q.options[0]!.value : [q.options[0]!.value]]));

describe('<coproduce-advisor> in Chromium', () => {
  it('is filled in by keyboard step by step, with fewer key presses; exports; switches language; axe-clean; within the CSP and offline', async () => {
    const { page, watch } = await open();
    expect(await verdict(page, 'criteria')).toBe('insufficient-information');
    await axe(page, 'empty');
    await page.screenshot({ path: `${artifacts}widget-empty.png` });

    // The same pass as the one-page form's test (which took 160 key presses).
    const keys = new Keys(page);
    await keys.chooseRadio('controversy', 'contested');
    await keys.chooseRadio('conflictsOfInterest', 'hard');
    await keys.chooseRadio('relationships', 'good-links');
    await expect.poll(() => verdict(page, 'criteria')).toBe('less-emphasis');
    await keys.chooseRadio('controversy', 'widely-supported', true);
    await expect.poll(() => verdict(page, 'criteria')).toBe('conditional');
    await axe(page, 'half');

    // Jump to the Timing step from the step list, then type the two numbers.
    await keys.tabTo((f) => f.tag === 'BUTTON' && f.text.startsWith(en.group_timing), 'Timing step', true);
    await keys.press('Enter');
    await keys.tabTo((f) => f.id === 'q-decisionDueMonths', 'decision date');
    await keys.type('6');
    await keys.tabTo((f) => f.id === 'q-researchMonths', 'research duration');
    await keys.type('24');
    await keys.press('Tab');
    await expect.poll(() => advisorCall(page, 'getState').then((s) => (s as { answers: Record<string, unknown> }).answers.researchMonths)).toBe(24);
    await expect.poll(() => verdict(page, 'costs')).not.toBe('insufficient-information');
    await page.screenshot({ path: `${artifacts}widget-en.png` });

    // The report, and the decision record, by keyboard.
    await keys.tabTo((f) => f.tag === 'BUTTON' && f.text === en.seeReport, 'See the report');
    await keys.press('Enter');
    await expect.poll(() => page.locator('coproduce-advisor .report').isVisible()).toBe(true);
    await keys.tabTo((f) => f.tag === 'BUTTON' && f.text === en.exportJson, 'export button');
    const [download] = await Promise.all([page.waitForEvent('download'), keys.press('Enter')]);
    const recordText = readFileSync((await download.path())!, 'utf8');
    const record = readDecisionRecord(JSON.parse(recordText));
    expect(record.answers).toMatchObject({ controversy: 'widely-supported', conflictsOfInterest: 'hard', relationships: 'good-links', decisionDueMonths: 6, researchMonths: 24 });
    expect(record.ruleSets.find((r) => r.key === 'criteria')!.verdict.id).toBe('conditional');
    expect(record.ruleSets[0]).toMatchObject({ id: ruleSets.criteria.id, version: ruleSets.criteria.version });
    await axe(page, 'report');
    await page.screenshot({ path: `${artifacts}widget-report.png`, fullPage: true });

    // Switch to French with the keyboard: the attribute follows the person's choice.
    await keys.tabTo((f) => f.id === 'locale', 'language', true);
    await keys.press('ArrowDown');
    console.log(`keyboard pass: ${keys.count} key presses (one-page form: 160)`);
    expect(keys.count).toBeLessThan(160);
    await expect.poll(() => page.locator('coproduce-advisor h2').first().textContent()).toBe(uiMessages.fr.title);
    expect(await page.locator('#advisor').getAttribute('locale')).toBe('fr');
    expect((await focused(page)).id).toBe('locale'); // focus survives the re-render
    await page.screenshot({ path: `${artifacts}widget-fr.png` });
    await axe(page, 'French');
    // A host change always wins.
    await page.evaluate(() => document.getElementById('advisor')!.setAttribute('locale', 'en'));
    await expect.poll(() => page.locator('coproduce-advisor h2').first().textContent()).toBe(en.title);

    const [md] = await Promise.all([page.waitForEvent('download'), page.locator('coproduce-advisor button', { hasText: en.exportMarkdown }).click()]);
    const mdText = readFileSync((await md.path())!, 'utf8');
    const [html] = await Promise.all([page.waitForEvent('download'), page.locator('coproduce-advisor button', { hasText: en.exportHtml }).click()]);
    const htmlText = readFileSync((await html.path())!, 'utf8');
    expect(mdText).toContain(ruleSets.criteria.title);
    expect(htmlText).toMatch(/^<!doctype html>/i);
    expect(htmlText).not.toMatch(/<script/i);
    console.log(`export sizes: decision record ${recordText.length} B, Markdown ${mdText.length} B, HTML ${htmlText.length} B`);

    expect(watch.csp).toEqual([]);
    // The only requests, each once, from the element's own origin: the French pack when French
    // was chosen, the HTML export's renderer when that export was asked for.
    expect(watch.requests.filter((u) => !u.startsWith('blob:'))).toEqual([`${site.base}coproduce-advisor.fr.js`, `${site.base}coproduce-advisor.exports.js`]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('shows an out-of-range number message next to its field, keeps what was typed, and clears it once corrected', async () => {
    const { page } = await open();
    await page.locator('coproduce-advisor button.step', { hasText: en.group_people }).click();
    const q = profileQuestions.find((x) => x.type === 'number' && x.group === 'people' && x.integer)!;
    if (q.type !== 'number') throw new Error('no whole-number question in People');
    const input = page.locator(`coproduce-advisor #q-${q.id}`);
    await input.fill(String(q.max + 1));
    const error = page.locator(`coproduce-advisor [data-question=${q.id}] .error`);
    await expect.poll(() => error.textContent()).toBe(en.needWhole.replace('{min}', String(q.min)).replace('{max}', String(q.max)));
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.getAttribute('aria-describedby')).toContain(`q-${q.id}-error`);
    expect(await input.inputValue()).toBe(String(q.max + 1));
    // Next to its field: the message sits right under the input.
    const [a, b] = [await input.boundingBox(), await error.boundingBox()];
    expect(b!.y - (a!.y + a!.height)).toBeLessThan(40);
    await page.screenshot({ path: `${artifacts}widget-error.png` });
    await axe(page, 'error');
    await input.fill(String(q.max));
    await expect.poll(() => error.isVisible()).toBe(false);
    expect(await input.getAttribute('aria-invalid')).toBeNull();
    await page.close();
  });

  it('restores a persist embed after a reload, and "Start again" asks first and can be undone', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(site.base);
    await page.evaluate(() => {
      const old = document.getElementById('advisor')!;
      const el = document.createElement('coproduce-advisor');
      el.id = 'advisor';
      el.setAttribute('persist', 'e2e-grant');
      old.replaceWith(el);
    });
    const changes: string[] = [];
    await page.exposeFunction('__change', (r: string) => changes.push(r));
    await page.evaluate(() => document.getElementById('advisor')!.addEventListener('coproduce-change', (e) => (window as unknown as { __change: (r: string) => void }).__change((e as CustomEvent).detail.reason)));
    await page.locator('coproduce-advisor input[name=controversy][value=contested]').check();
    await page.locator('coproduce-advisor input[name=relationships][value=good-links]').check();
    await expect.poll(() => changes.length).toBe(2);
    await page.reload();
    await page.evaluate(() => {
      const el = document.createElement('coproduce-advisor');
      el.id = 'advisor';
      el.setAttribute('persist', 'e2e-grant');
      document.getElementById('advisor')!.replaceWith(el);
    });
    await expect.poll(() => page.locator('coproduce-advisor input[name=controversy][value=contested]').isChecked()).toBe(true);
    expect(await page.locator('coproduce-advisor input[name=relationships][value=good-links]').isChecked()).toBe(true);

    await page.locator('coproduce-advisor button', { hasText: en.reset }).click();
    const dialog = page.locator('coproduce-advisor dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain(en.confirmReset.replace('{count}', '2'));
    await page.screenshot({ path: `${artifacts}widget-confirm.png` });
    await page.locator('coproduce-advisor dialog button', { hasText: en.cancel }).click();
    expect(await page.locator('coproduce-advisor input[name=controversy][value=contested]').isChecked()).toBe(true);
    await page.locator('coproduce-advisor button', { hasText: en.reset }).click();
    await page.locator('coproduce-advisor dialog button', { hasText: en.confirmYes }).click();
    expect(await page.locator('coproduce-advisor input[name=controversy][value=contested]').isChecked()).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('coproduce:e2e-grant'))).toBeNull();
    await page.locator('coproduce-advisor button.undo').click();
    expect(await page.locator('coproduce-advisor input[name=controversy][value=contested]').isChecked()).toBe(true);
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('coproduce:e2e-grant')))!).answers).toEqual({ controversy: 'contested', relationships: 'good-links' });
    await page.close();
  });

  it('prints the report only: every answered question and its answer, no form and no instructions', async () => {
    const { page } = await open();
    const profile = examples[1]!.profile as Record<string, unknown>;
    await setAnswers(page, profile);
    await page.locator('coproduce-advisor .summary button', { hasText: en.seeReport }).click();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('coproduce-advisor').evaluate((el) => (el.shadowRoot!.querySelector('.advisor') as HTMLElement).innerText);
    for (const q of profileQuestions.filter((x) => x.id in profile)) expect(printed).toContain(q.label);
    for (const q of profileQuestions) expect(printed).not.toContain(q.help);
    expect(printed).not.toContain(en.intro);
    expect(printed).not.toContain(en.projectName);
    // Plain words on paper: no hashes, ids or raw scores unless the person asked for every detail.
    expect(printed).not.toMatch(/\b[0-9a-f]{12,}\b/);
    expect(printed).not.toMatch(/criteria\.|Raw score/);
    expect(await page.locator('coproduce-advisor form').isVisible()).toBe(false);
    await page.screenshot({ path: `${artifacts}widget-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    console.log(`print: ${(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length} A4 pages`);
    await page.close();
  });

  it('re-checks a saved decision record for a reviewer: both versions named, a tampered one said plainly, axe-clean', async () => {
    const { page } = await open();
    await setAnswers(page, examples[0]!.profile as Record<string, unknown>);
    const record = JSON.parse(JSON.stringify(await advisorCall(page, 'toDecisionRecord'))) as { ruleSets: { hash: string; version: string }[] };
    await page.locator('coproduce-advisor .summary button', { hasText: en.seeReport }).click();
    await setAnswers(page, {});
    const open1 = async (json: unknown) =>
      page.locator('coproduce-advisor #recheck-file').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
    await open1(record);
    // The re-check replaces the report: its text is the shared re-check report's.
    const expected = recheckReportFor(JSON.stringify(record), 'en');
    await expect.poll(() => shadowText(page, '.report-body h1')).toBe(expected.title);
    const shown = await shadowText(page, '.report-body');
    expect(shown).toContain(record.ruleSets[0]!.version);
    await axe(page, 'recheck');
    await page.screenshot({ path: `${artifacts}widget-recheck.png` });
    const tampered = { ...record, ruleSets: record.ruleSets.map((r, i) => (i === 0 ? { ...r, hash: 'f'.repeat(64) } : r)) };
    await open1(tampered);
    // Said plainly: the re-check finds the mismatch, and the view shows the hash it found.
    const check = recheckRecord(JSON.stringify(tampered), { locale: 'en' });
    expect(check.ok).toBe(false);
    expect(check.ruleSets[0]!.integrity).toBe('hash-mismatch');
    await expect.poll(() => shadowText(page, '.report-body')).toContain('f'.repeat(12));
    await open1({ not: 'a record' });
    await expect.poll(() => shadowText(page, '#recheck-message')).toMatch(/^This file is not a decision record/);
    await page.locator('coproduce-advisor button', { hasText: en.recheckBack }).click();
    await expect.poll(() => shadowText(page, '.report-body h1')).not.toBe(expected.title);
    await page.close();
  });

  it('lays out by its container: one column at 600 px, two at 1,400 px, a bar on a phone', async () => {
    const { page } = await open({ width: 1600 });
    const columns = async (w: number) => {
      await page.evaluate((px) => ((document.getElementById('advisor') as HTMLElement).style.width = `${px}px`), w);
      return page.locator('coproduce-advisor').evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.layout')!).gridTemplateColumns.split(' ').length);
    };
    expect(await columns(600)).toBe(1);
    await page.screenshot({ path: `${artifacts}widget-600.png` });
    expect(await columns(1400)).toBe(2);
    expect(await page.locator('coproduce-advisor .summary [data-rule-set=costs] .status').isVisible()).toBe(true);
    expect(await page.locator('coproduce-advisor .summary-toggle').isVisible()).toBe(false);
    await page.screenshot({ path: `${artifacts}widget-1400.png` });
    // layout="page": every section at once, no step list.
    const sections = new Set(profileQuestions.map((q) => q.group)).size;
    expect(await page.locator('coproduce-advisor fieldset.group').count()).toBe(1);
    await page.evaluate(() => document.getElementById('advisor')!.setAttribute('layout', 'page'));
    await expect.poll(() => page.locator('coproduce-advisor fieldset.group').count()).toBe(sections);
    expect(await page.locator('coproduce-advisor nav.steps').isVisible()).toBe(false);
    await page.close();

    const phone = await open({ width: 390 });
    await setAnswers(phone.page, examples[1]!.profile as Record<string, unknown>);
    const bar = phone.page.locator('coproduce-advisor .summary');
    const box = await bar.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(1000 + 1); // in view at the bottom of the screen, not 12,000 px down
    await phone.page.screenshot({ path: `${artifacts}widget-390.png` });
    // Collapsed, the bar still shows the verdicts; open, their status and the way to the report.
    expect(await phone.page.locator('coproduce-advisor .summary [data-rule-set=costs] .verdict').isVisible()).toBe(true);
    expect(await phone.page.locator('coproduce-advisor .summary [data-rule-set=costs] .status').isVisible()).toBe(false);
    await phone.page.locator('coproduce-advisor .summary-toggle').click();
    await expect.poll(() => phone.page.locator('coproduce-advisor .summary [data-rule-set=costs] .status').isVisible()).toBe(true);
    await phone.page.screenshot({ path: `${artifacts}widget-390-summary.png` });
    await axe(phone.page, 'phone');
    await phone.page.close();
  });

  it('shows plain words: no ids or hashes in the default visible text, even when complete', async () => {
    const { page } = await open();
    await setAnswers(page, fullProfile);
    await expect.poll(() => verdict(page, 'criteria')).not.toBe('insufficient-information');
    const idPattern = /\b(criteria|costs|brokering)\.[a-z]/;
    const hex = /\b[0-9a-f]{12,}\b/;
    for (const view of ['form', 'report'] as const) {
      await advisorCall(page, 'setView', view);
      const text = await shadowText(page);
      expect(text).not.toMatch(idPattern);
      expect(text).not.toMatch(hex);
      expect(text).not.toMatch(/\bscore \d/);
    }
    await axe(page, 'complete');
    // The technical details are one click away, and hold the versions and hashes.
    await page.locator('coproduce-advisor #report-detail').check();
    const details = page.locator('coproduce-advisor details.technical').first();
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    expect(await details.innerText()).toMatch(/[0-9a-f]{12}/);
    await page.close();
  });

  it('restores a full profile into a one-rule-set embed silently, and names keys outside the profile once', async () => {
    const { page } = await open();
    await page.evaluate(() => document.getElementById('advisor')!.setAttribute('rule-sets', 'brokering'));
    await setAnswers(page, fullProfile);
    expect(await page.locator('coproduce-advisor .problems').count()).toBe(0);
    await setAnswers(page, { ...fullProfile, ghostKey: 1, otherGhost: 'x' });
    const notices = page.locator('coproduce-advisor .problems .problem');
    expect(await notices.count()).toBe(1);
    expect(await notices.textContent()).toContain('ghostKey, otherGhost');
    await page.close();
  });

  it('themes: auto follows the system, dark passes axe, color-scheme set for native controls, parts exposed', async () => {
    const { page, watch } = await open({ colorScheme: 'dark' });
    const scheme = () => page.locator('coproduce-advisor').evaluate((el) => getComputedStyle(el).colorScheme);
    expect(await scheme()).toBe('dark');
    await page.evaluate(() => document.getElementById('advisor')!.setAttribute('theme', 'light'));
    expect(await scheme()).toBe('light');
    await page.evaluate(() => document.getElementById('advisor')!.setAttribute('theme', 'dark'));
    await setAnswers(page, { controversy: 'contested', engagementMode: 'partnership', brokeringAim: 'new-knowledge', partnerResources: true, powerImbalance: true });
    await page.screenshot({ path: `${artifacts}widget-dark.png` });
    await axe(page, 'dark');
    await advisorCall(page, 'setView', 'report');
    await page.screenshot({ path: `${artifacts}widget-dark-report.png` });
    await axe(page, 'dark report');
    const parts = await page.locator('coproduce-advisor').evaluate((el) => [...el.shadowRoot!.querySelectorAll('[part]')].map((p) => p.getAttribute('part')));
    expect(parts).toEqual(expect.arrayContaining(['header', 'steps', 'form', 'summary', 'report']));
    expect(watch.csp).toEqual([]);
    await page.close();
  });

  it('shows text containing HTML as text, never as markup', async () => {
    const { page, watch } = await open();
    await page.evaluate(() => document.getElementById('advisor')!.setAttribute('answers', JSON.stringify({ '<img src=x onerror="window.__pwned=1">': 1 })));
    const alert = page.locator('coproduce-advisor .problems');
    await expect.poll(() => alert.textContent()).toContain('<img src=x onerror=');
    expect(await page.locator('coproduce-advisor img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(watch.csp).toEqual([]);
    expect(watch.requests).toEqual([]);
    await page.close();
  });

  it('validates rule-set documents with the schemas loaded on demand, reports one that fails, and keeps what it shows', async () => {
    const { page, watch } = await open();
    const outcome = await page.evaluate(async (doc) => {
      const el = document.getElementById('advisor') as unknown as HTMLElement & { loadRuleSets(c: unknown[]): Promise<void> };
      const seen: string[] = [];
      el.addEventListener('coproduce-rule-set-error', (e) => seen.push((e as CustomEvent<{ error: Error }>).detail.error.name));
      (el as unknown as { ruleSets: unknown[] }).ruleSets = [{ ...doc, rules: [] }];
      let rejected = '';
      await el.loadRuleSets(['criteria', { ...doc, questions: 'none' }]).catch((e: Error) => (rejected = e.message));
      await new Promise((r) => setTimeout(r, 50));
      return { seen, rejected };
    }, hostileRuleSet);
    expect(outcome.seen).toEqual(['ValidationError']);
    expect(outcome.rejected).toMatch(/questions/);
    // still the three built-in rule sets
    expect(await page.locator('coproduce-advisor .summary [data-rule-set]').count()).toBe(3);
    expect(watch.requests.map((u) => new URL(u).pathname)).toEqual(['/coproduce-advisor.schemas.js']);
    expect(watch.csp).toEqual([]);
    await page.close();
  });

  it('renders a third-party rule set whose text holds HTML and script as text, never as markup', async () => {
    const { page, watch } = await open();
    await page.evaluate((doc) => {
      const el = document.getElementById('advisor') as unknown as { ruleSets: unknown[]; answers: unknown };
      el.ruleSets = [doc];
      el.answers = { q: 'a' };
    }, hostileRuleSet);
    // the document is validated by the schemas, loaded on demand from the element's own origin
    await expect.poll(() => page.locator('coproduce-advisor .summary [data-rule-set=hostile-text] .verdict').getAttribute('data-verdict')).toBe('yes');
    await advisorCall(page, 'setView', 'report');
    await page.locator('coproduce-advisor #report-detail').check();
    const shown = await page.locator('coproduce-advisor').evaluate((el) => el.shadowRoot!.textContent);
    for (const part of ['Label', 'Help', 'Option', 'Band', 'Summary']) expect(shown).toContain(`${part} ${markup}`);
    expect(await page.locator('coproduce-advisor img').count()).toBe(0);
    expect(await page.locator('coproduce-advisor script').count()).toBe(0);
    const md = (await advisorCall(page, 'toMarkdown')) as string;
    expect(md).not.toMatch(/(^|[^\\])<(img|script)/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.screenshot({ path: `${artifacts}widget-hostile-rule-set.png` });
    expect(watch.csp).toEqual([]);
    // the one request: the document schemas, beside the element, loaded for this document only
    expect(watch.requests.map((u) => new URL(u).pathname)).toEqual(['/coproduce-advisor.schemas.js']);
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
