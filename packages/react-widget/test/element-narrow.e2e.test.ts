// The element on narrow containers, in headless Chromium (the plain HTML example page, strict
// CSP): focus never hidden under the sticky summary bar, a short bar that names its verdicts,
// the report's title first on a phone, focus kept by Start again / Undo, the step strip showing
// the current step, a tidy report toolbar and no sideways scrolling.
// The French text, read in Node: register the pack here (the page loads its own).
import '../src/i18n/fr';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { profileQuestions } from '@coproduce/rules';
import { examples } from '@coproduce/rules/examples';
import { uiMessages } from '../src/messages';
import { artifacts, axe, exampleSite, watchCspAndErrors, type Watch } from './browser';

const site = exampleSite();
const en = uiMessages.en;
const profile = examples[1]!.profile as Record<string, unknown>;

type Where = 'phone' | 'column' | 'portal';

/** The example page at a phone's width (390 px), in a 600 px column, or in a 600 px portal div that scrolls by itself. */
async function open(where: Where, watch: Watch = { csp: [], requests: [], errors: [] }): Promise<Page> {
  const page = await site.browser.newPage({ viewport: where === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 900 } });
  await watchCspAndErrors(page, watch);
  await page.goto(site.base);
  await page.locator('coproduce-advisor .summary [data-rule-set=criteria] .verdict').waitFor({ state: 'attached' });
  await page.evaluate((w) => {
    const el = document.getElementById('advisor')!;
    if (w === 'column') el.style.width = '600px';
    if (w === 'portal') {
      const box = document.createElement('div');
      box.id = 'portal';
      Object.assign(box.style, { width: '600px', height: '700px', overflowY: 'auto', border: '1px solid #666' });
      el.replaceWith(box);
      box.append(el);
    }
  }, where);
  return page;
}

const setAnswers = (page: Page, answers: Record<string, unknown>) => page.evaluate((a) => ((document.getElementById('advisor') as unknown as { answers: unknown }).answers = a), answers);
/** After the browser's focus scrolling and the element's own (one animation frame). */
const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The focused control inside the element, its rect and the summary bar's. */
const focusAndBar = (page: Page) =>
  page.locator('coproduce-advisor').evaluate((el, next) => {
    const root = el.shadowRoot!;
    const a = root.activeElement as HTMLElement | null;
    const bar = root.querySelector('.summary')!;
    const r = (x: Element) => {
      const b = x.getBoundingClientRect();
      return { top: b.top, bottom: b.bottom, left: b.left, right: b.right };
    };
    const isNext = !!a?.closest('.step-nav') && a.textContent === next;
    return { isNext, label: a ? `${a.tagName} ${a.id || a.getAttribute('name') || ''} ${a.getAttribute('value') ?? a.textContent?.slice(0, 30) ?? ''}` : '', inBar: !!a && bar.contains(a), inForm: !!a && !!a.closest('.form-view'), focus: a ? r(a) : undefined, bar: r(bar) };
  }, en.next);

const overlaps = (a: { top: number; bottom: number; left: number; right: number }, b: typeof a) => a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;

describe('<coproduce-advisor> on narrow containers', () => {
  for (const [where, barOpen] of [['phone', false], ['column', false], ['portal', false], ['phone', true], ['portal', true]] as const) {
    // Open, the bar is taller than the controls' scroll margin: the element's focusin check has to do it.
    it(`keeps every focus stop of every step clear of the sticky summary bar (${where}, bar ${barOpen ? 'open' : 'collapsed'})`, async () => {
      const watch: Watch = { csp: [], requests: [], errors: [] };
      const page = await open(where, watch);
      if (barOpen) await page.locator('coproduce-advisor .summary-toggle').click();
      // half answered: longer verdicts in the bar
      await setAnswers(page, Object.fromEntries(Object.entries(profile).slice(0, 8)));
      await page.locator('coproduce-advisor #locale').focus();
      const covered: string[] = [];
      let stops = 0;
      let steps = 1;
      let barHeight = 0;
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        await settle(page);
        const f = await focusAndBar(page);
        if (f.inBar || !f.inForm) {
          console.log(`${where}: the walk ended at ${f.label} (in the bar: ${f.inBar})`);
          break; // past the last step's last control (Start again), into the bar
        }
        stops++;
        barHeight = f.bar.bottom - f.bar.top;
        if (overlaps(f.focus!, f.bar)) covered.push(f.label);
        // Next: on to the following step (focus moves to its heading, which must be clear too).
        if (f.isNext) {
          steps++;
          await page.keyboard.press('Enter');
          await settle(page);
          const g = await focusAndBar(page);
          if (overlaps(g.focus!, g.bar)) covered.push(g.label);
        }
      }
      console.log(`${where}, bar ${barOpen ? 'open' : 'collapsed'}: ${stops} focus stops in ${steps} steps, ${covered.length} covered by the bar (${Math.round(barHeight)} px tall)`);
      expect(steps).toBe(new Set(profileQuestions.map((q) => q.group)).size); // the walk really went through every step
      expect(stops).toBeGreaterThan(80);
      expect(covered).toEqual([]);
      expect(watch.csp).toEqual([]); // scrolling clear of the bar stays within the strict CSP
      expect(watch.errors).toEqual([]);
      await page.screenshot({ path: `${artifacts}widget-narrow-focus-${where}${barOpen ? '-open' : ''}.png` });
      await axe(page, `focus ${where}${barOpen ? ', bar open' : ''}`);
      await page.close();
    });
  }

  it('shows a short collapsed bar naming each verdict’s rule set, and opens a new view with it collapsed', async () => {
    const page = await open('phone');
    await setAnswers(page, profile);
    const bar = page.locator('coproduce-advisor .summary');
    const height = (await bar.boundingBox())!.height;
    console.log(`collapsed bar at 390 px, answered: ${Math.round(height)} px`);
    await page.screenshot({ path: `${artifacts}widget-narrow-bar.png` });
    expect(height).toBeLessThanOrEqual(110); // was 122-145 px: three lines and a tall toggle
    for (const [rs, short] of [['criteria', en['short_coproduction-criteria']], ['costs', en['short_coproduction-costs']], ['brokering', en['short_brokering-model']]] as const) {
      const item = page.locator(`coproduce-advisor .summary [data-rule-set=${rs}]`);
      expect(await item.locator('.rs-short').isVisible()).toBe(true);
      expect(await item.locator('.rs-short').textContent()).toBe(short);
      expect(await item.locator('.rs-title').isVisible()).toBe(false);
      // one line each: the name and the verdict side by side
      const [n, v] = [(await item.locator('.rs-short').boundingBox())!, (await item.locator('.verdict').boundingBox())!];
      expect(Math.abs(n.y - v.y)).toBeLessThan(4);
      expect(n.height).toBeLessThan(24);
    }
    await page.screenshot({ path: `${artifacts}widget-narrow-bar.png` });
    await axe(page, 'collapsed bar');
    // Open, it shows the full titles; the report then opens with the bar collapsed and its title on the first screen.
    const toggle = page.locator('coproduce-advisor .summary-toggle');
    await toggle.click();
    expect(await page.locator('coproduce-advisor .summary [data-rule-set=costs] .rs-title').isVisible()).toBe(true);
    expect(await page.locator('coproduce-advisor .summary [data-rule-set=costs] .rs-short').isVisible()).toBe(false);
    await page.locator('coproduce-advisor .summary button', { hasText: en.seeReport }).click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    const title = page.locator('coproduce-advisor #report-title');
    await expect.poll(() => title.evaluate((t) => t.getRootNode() instanceof ShadowRoot && (t.getRootNode() as ShadowRoot).activeElement === t)).toBe(true);
    const t = (await title.boundingBox())!;
    expect(t.y).toBeGreaterThanOrEqual(0);
    expect(t.y + t.height).toBeLessThanOrEqual(844 - height);
    // The title comes before the report's controls.
    const chrome = (await page.locator('coproduce-advisor .report-chrome').boundingBox())!;
    expect(t.y).toBeLessThan(chrome.y);
    await page.screenshot({ path: `${artifacts}widget-narrow-report.png` });
    // Back to the questions: the bar collapses again.
    await toggle.click();
    await page.locator('coproduce-advisor .report button', { hasText: en.backToQuestions }).click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('names the verdicts in French too', async () => {
    const page = await open('phone');
    await page.evaluate(() => document.getElementById('advisor')!.setAttribute('locale', 'fr'));
    const fr = uiMessages.fr;
    await expect.poll(() => page.locator('coproduce-advisor .summary [data-rule-set=costs] .rs-short').textContent()).toBe(fr['short_coproduction-costs']);
    expect(await page.locator('coproduce-advisor .summary [data-rule-set=criteria] .rs-short').textContent()).toBe(fr['short_coproduction-criteria']);
    await axe(page, 'French bar');
    await page.close();
  });

  it('focuses Cancel in the Start again dialog (Enter keeps the answers) and keeps focus after Undo', async () => {
    const page = await open('column');
    await page.locator('coproduce-advisor input[name=controversy][value=contested]').check();
    const reset = page.locator('coproduce-advisor #reset');
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('coproduce-advisor dialog').isVisible()).toBe(true);
    const active = () => page.locator('coproduce-advisor').evaluate((el) => { const a = el.shadowRoot!.activeElement; return a ? `${a.tagName}#${a.id}:${a.textContent}` : 'BODY'; });
    expect(await active()).toBe(`BUTTON#:${en.cancel}`);
    // The safe button comes first in the dialog.
    expect(await page.locator('coproduce-advisor dialog button').allTextContents()).toEqual([en.cancel, en.confirmYes]);
    await axe(page, 'dialog');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('coproduce-advisor dialog').isVisible()).toBe(false);
    expect(await page.locator('coproduce-advisor input[name=controversy][value=contested]').isChecked()).toBe(true);

    await reset.focus();
    await page.keyboard.press('Enter');
    await page.locator('coproduce-advisor dialog button', { hasText: en.confirmYes }).click();
    await expect.poll(active).toBe(`BUTTON#:${en.undo}`);
    await page.keyboard.press('Enter');
    expect(await page.locator('coproduce-advisor input[name=controversy][value=contested]').isChecked()).toBe(true);
    // Focus is on the current step's heading, not lost to <body>.
    const first = await page.locator('coproduce-advisor fieldset.group > legend').getAttribute('id');
    await expect.poll(active).toMatch(new RegExp(`^LEGEND#${first}:`));
    expect(await page.locator('coproduce-advisor button.undo').count()).toBe(0);
    await page.close();
  });

  it('keeps the current step in view in the step strip, without scrolling the page sideways', async () => {
    const page = await open('phone');
    const next = page.locator('coproduce-advisor .step-nav button:not(.secondary)');
    for (let i = 0; i < 4; i++) await next.click();
    const strip = await page.locator('coproduce-advisor .steps ol').evaluate((ol) => {
      const cur = ol.querySelector('[aria-current=step]')!.getBoundingClientRect();
      const box = ol.getBoundingClientRect();
      return { scrolls: ol.scrollWidth > ol.clientWidth, scrollLeft: ol.scrollLeft, cur: { left: cur.left, right: cur.right }, box: { left: box.left, right: box.right }, index: [...ol.querySelectorAll('button')].findIndex((b) => b.hasAttribute('aria-current')) };
    });
    expect(strip.index).toBe(4);
    expect(strip.scrolls).toBe(true);
    expect(strip.scrollLeft).toBeGreaterThan(0);
    expect(strip.cur.left).toBeGreaterThanOrEqual(strip.box.left - 1);
    expect(strip.cur.right).toBeLessThanOrEqual(strip.box.right + 1);
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
    await page.screenshot({ path: `${artifacts}widget-narrow-steps.png` });
    await page.close();
  });

  it('keeps the report toolbar tidy (re-check behind a disclosure, one Back to the questions) and never scrolls sideways on a phone', async () => {
    const page = await open('phone');
    await setAnswers(page, profile);
    await page.locator('coproduce-advisor .summary-toggle').click();
    await page.locator('coproduce-advisor .summary button', { hasText: en.seeReport }).click();
    await expect.poll(() => page.locator('coproduce-advisor .report').isVisible()).toBe(true);
    const backs = page.locator('coproduce-advisor button', { hasText: en.backToQuestions });
    expect(await backs.count()).toBe(1);
    const details = page.locator('coproduce-advisor details.recheck');
    expect(await details.locator('summary').textContent()).toBe(en.recheckOpen);
    expect(await details.getAttribute('open')).toBeNull();
    expect(await page.locator('coproduce-advisor #recheck-file').isVisible()).toBe(false);
    // Both views of the report (brief and detailed) fit the phone's width.
    const overflow = () => page.locator('coproduce-advisor').evaluate((el) => ({ el: el.scrollWidth - el.clientWidth, page: document.documentElement.scrollWidth - document.documentElement.clientWidth }));
    expect(await overflow()).toEqual({ el: 0, page: 0 });
    await axe(page, 'phone report');
    await page.screenshot({ path: `${artifacts}widget-narrow-report-full.png`, fullPage: true });
    await page.locator('coproduce-advisor #report-detail').check();
    await expect.poll(() => page.locator('coproduce-advisor details.technical').count()).toBeGreaterThan(0);
    expect(await overflow()).toEqual({ el: 0, page: 0 });
    await details.locator('summary').click();
    expect(await page.locator('coproduce-advisor #recheck-file').isVisible()).toBe(true);
    await axe(page, 'phone report, re-check open');
    await page.close();
  });
});
