// What the standalone element loads on demand, in Chromium under the example's strict CSP:
// the first load requests the element file only; the HTML export, team mode and the re-check
// of a saved record each load their sibling file once, with no CSP violation; a sibling that
// fails to load gives one plain message and loses no answer, and works on the next try. The
// one-file build does all of it offline with no request besides itself.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { examples } from '@coproduce/rules/examples';
import { CSP } from '../../../examples/html/serve.mjs';
import { frUiTeam } from '../src/i18n/fr-team-messages';
import { uiMessages } from '../src/messages';
import { artifacts, exampleSite, watchCspAndErrors, type Watch, axe } from './browser';

const en = uiMessages.en;
const site = exampleSite();
const profile = examples[0]!.profile as Record<string, unknown>;

/** A host page with just the element (attributes given), served with the example's CSP; every request, violation and error recorded from the start. */
async function hostPage(script: string, attrs = ''): Promise<{ page: Page; watch: Watch; scripts: () => string[] }> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
  const watch: Watch = { csp: [], requests: [], errors: [] };
  await watchCspAndErrors(page, watch);
  page.on('request', (r) => watch.requests.push(r.url()));
  const url = `${site.base}host-${Math.random().toString(36).slice(2)}.html`;
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title><link rel="icon" href="data:,"><script type="module" src="/${script}"></script></head><body><main><h1>Portal</h1><coproduce-advisor id="advisor" locale="en" ${attrs}></coproduce-advisor></main></body></html>`;
  await page.route(url, (r) => r.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }, body }));
  await page.goto(url);
  await page.locator('coproduce-advisor .summary [data-rule-set=criteria] .verdict').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  // The element's own files requested so far, by name.
  const scripts = () => watch.requests.filter((u) => u.includes('/coproduce-advisor')).map((u) => new URL(u).pathname.slice(1));
  return { page, watch, scripts };
}

const shadowText = (page: Page, selector: string) => page.locator('coproduce-advisor').evaluate((el, sel) => (el.shadowRoot!.querySelector(sel) as HTMLElement | null)?.innerText ?? '', selector);
const answers = (page: Page) => page.evaluate(() => JSON.stringify((document.getElementById('advisor') as unknown as { answers: unknown }).answers));
const setAnswers = (page: Page, a: Record<string, unknown>) => page.evaluate((x) => ((document.getElementById('advisor') as unknown as { answers: unknown }).answers = x), a);
const record = (page: Page) => page.evaluate(() => JSON.stringify((document.getElementById('advisor') as unknown as { toDecisionRecord(): unknown }).toDecisionRecord()));
const openReport = (page: Page) => page.locator('coproduce-advisor .summary button', { hasText: en.seeReport }).click();
const exportHtml = (page: Page) => page.locator('coproduce-advisor button', { hasText: en.exportHtml }).click();
const openRecord = (page: Page, text: string) => page.locator('coproduce-advisor #recheck-file').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(text) });
const setView = (page: Page, v: string) => page.evaluate((x) => (document.getElementById('advisor') as unknown as { advisor: { setView(v: string): void } }).advisor.setView(x), v);
const fail = (page: Page, file: string) => page.route(`${site.base}${file}`, (r) => r.abort('internetdisconnected'));

describe('the standalone element loads team mode, the re-check and the HTML export on demand', () => {
  it('first load: the element file only; the HTML export, the re-check and team mode each load their sibling once, within the CSP', async () => {
    const { page, watch, scripts } = await hostPage('coproduce-advisor.js');
    expect(scripts()).toEqual(['coproduce-advisor.js']);
    await setAnswers(page, profile);
    const saved = await record(page);
    await openReport(page);
    // Markdown and the decision record are in the element: no request.
    await Promise.all([page.waitForEvent('download'), page.locator('coproduce-advisor button', { hasText: en.exportMarkdown }).click()]);
    expect(scripts()).toEqual(['coproduce-advisor.js']);
    const [html] = await Promise.all([page.waitForEvent('download'), exportHtml(page)]);
    expect(readFileSync((await html.path())!, 'utf8')).toMatch(/^<!doctype html>/i);
    await Promise.all([page.waitForEvent('download'), exportHtml(page)]); // loaded once
    expect(scripts()).toEqual(['coproduce-advisor.js', 'coproduce-advisor.exports.js']);

    await openRecord(page, saved);
    await expect.poll(() => page.locator('coproduce-advisor button', { hasText: en.recheckBack }).isVisible()).toBe(true);
    expect(scripts()).toEqual(['coproduce-advisor.js', 'coproduce-advisor.exports.js', 'coproduce-advisor.recheck.js']);

    await setView(page, 'form');
    await page.evaluate(() => document.getElementById('advisor')!.setAttribute('mode', 'team'));
    await page.locator('coproduce-advisor #team-name').waitFor();
    await page.locator('coproduce-advisor #team-name').fill('Ana');
    await page.locator('coproduce-advisor #team-name').press('Enter');
    await expect.poll(() => page.evaluate(() => (document.getElementById('advisor') as unknown as { team: { respondents: { name: string }[] } }).team.respondents.map((r) => r.name))).toEqual(['Ana']);
    expect(scripts()).toEqual(['coproduce-advisor.js', 'coproduce-advisor.exports.js', 'coproduce-advisor.recheck.js', 'coproduce-advisor.team.js']);
    expect(watch.csp).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('team mode from the start (mode="team" with a team): its sibling loads, and the Team view shows', async () => {
    const team = JSON.stringify([{ name: 'Ana', answers: profile }, { name: 'Ben', answers: { ...profile, controversy: 'contested' } }]).replace(/'/g, '&#39;');
    const { page, watch, scripts } = await hostPage('coproduce-advisor.js', `mode="team" view="team" team='${team}'`);
    await expect.poll(() => shadowText(page, '.team-view')).toContain('Ben');
    await axe(page, 'Team view from its sibling');
    await page.screenshot({ path: `${artifacts}widget-team-pack.png` });
    expect(scripts()).toEqual(['coproduce-advisor.js', 'coproduce-advisor.team.js']);
    expect(watch.csp).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('French first, then team mode: the French pack has no team-mode words, the team file brings them, and team mode speaks French', async () => {
    const { page, watch, scripts } = await hostPage('coproduce-advisor.js');
    await page.evaluate(() => document.getElementById('advisor')!.setAttribute('locale', 'fr'));
    await expect.poll(() => shadowText(page, '.summary')).toContain('Conseils à ce stade');
    expect(scripts()).toEqual(['coproduce-advisor.js', 'coproduce-advisor.fr.js']);
    const frPack = readFileSync(new URL('../dist/coproduce-advisor.fr.js', import.meta.url), 'utf8');
    const teamFile = readFileSync(new URL('../dist/coproduce-advisor.team.js', import.meta.url), 'utf8');
    for (const w of [frUiTeam.teamIntro, frUiTeam.teamAgenda, frUiTeam.confirmResetTeam]) {
      expect(frPack).not.toContain(w);
      expect(teamFile).toContain(w);
    }

    const team = { respondents: [{ name: 'Ana', answers: profile }, { name: 'Ben', answers: { ...profile, controversy: 'contested' } }], current: 'Ana' };
    await page.evaluate(() => document.getElementById('advisor')!.setAttribute('mode', 'team'));
    await page.locator('coproduce-advisor #team-name').waitFor();
    expect(await shadowText(page, '.team-panel')).toContain(frUiTeam.teamIntro);
    await page.evaluate((t) => ((document.getElementById('advisor') as unknown as { team: unknown }).team = t), team);
    await expect.poll(() => shadowText(page, '.team-panel')).toContain(frUiTeam.teamAnsweringFor);
    await setView(page, 'team');
    await expect.poll(() => shadowText(page, '.team-view')).toContain(frUiTeam.teamAgenda);
    const teamText = `${await shadowText(page, '.team-panel')}\n${await shadowText(page, '.team-view')}`;
    // No team-mode words left in English (the ones that differ from their French).
    const english = Object.entries(en).filter(([k, v]) => k in frUiTeam && v !== frUiTeam[k as keyof typeof frUiTeam] && !/\{/.test(v) && v.length > 6);
    for (const [, v] of english) expect(teamText).not.toContain(v);
    await axe(page, 'Team view in French, team words from the team file');
    expect(scripts()).toEqual(['coproduce-advisor.js', 'coproduce-advisor.fr.js', 'coproduce-advisor.team.js']);
    expect(watch.csp).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('a sibling that fails to load: one plain message, every answer kept, and the next try works', async () => {
    const { page, watch, scripts } = await hostPage('coproduce-advisor.js');
    await setAnswers(page, profile);
    const before = await answers(page);
    const saved = await record(page);
    await openReport(page);
    await fail(page, 'coproduce-advisor.exports.js');
    await fail(page, 'coproduce-advisor.recheck.js');
    await fail(page, 'coproduce-advisor.team.js');

    await exportHtml(page);
    await expect.poll(() => shadowText(page, '#export-message')).toBe(en.partFailed);
    await openRecord(page, saved);
    await expect.poll(() => shadowText(page, '#recheck-message')).toBe(en.partFailed);
    expect(await answers(page)).toBe(before);
    await page.screenshot({ path: `${artifacts}widget-pack-failed.png` });
    await axe(page, 'export and re-check that could not load');

    const team = [{ name: 'Ana', answers: profile }];
    await page.evaluate((t) => {
      const el = document.getElementById('advisor') as unknown as HTMLElement & { team: unknown };
      el.setAttribute('mode', 'team');
      el.team = { respondents: t };
    }, team);
    await expect.poll(() => shadowText(page, '.notices')).toContain(en.partFailed);
    await axe(page, 'team mode that could not load');
    // The team's answers are kept while its view cannot be shown.
    expect(await page.evaluate(() => JSON.stringify((document.getElementById('advisor') as unknown as { team: unknown }).team))).toBe(JSON.stringify({ respondents: team, current: 'Ana' }));

    // Back online: each works on the next try, and the message goes.
    await page.unrouteAll();
    await page.evaluate((t) => ((document.getElementById('advisor') as unknown as { team: unknown }).team = { respondents: t }), team);
    await page.locator('coproduce-advisor #team-name').waitFor({ state: 'attached' });
    await expect.poll(() => shadowText(page, '.notices')).not.toContain(en.partFailed);
    await page.evaluate(() => document.getElementById('advisor')!.setAttribute('mode', 'single'));
    await setView(page, 'report');
    const [html] = await Promise.all([page.waitForEvent('download'), exportHtml(page)]);
    expect(readFileSync((await html.path())!, 'utf8')).toMatch(/^<!doctype html>/i);
    await expect.poll(() => shadowText(page, '#export-message')).toBe('');
    expect(scripts().filter((f) => f !== 'coproduce-advisor.js').sort()).toEqual(['coproduce-advisor.exports.js', 'coproduce-advisor.exports.js', 'coproduce-advisor.recheck.js', 'coproduce-advisor.team.js', 'coproduce-advisor.team.js']);
    expect(watch.csp).toEqual([]);
    await page.close();
  });

  it('the one-file build does the HTML export, the re-check and team mode offline, with no request besides itself', async () => {
    const { page, watch, scripts } = await hostPage('coproduce-advisor.all.js');
    await page.context().setOffline(true);
    await setAnswers(page, profile);
    const saved = await record(page);
    await openReport(page);
    const [html] = await Promise.all([page.waitForEvent('download'), exportHtml(page)]);
    expect(readFileSync((await html.path())!, 'utf8')).toMatch(/^<!doctype html>/i);
    await openRecord(page, saved);
    await expect.poll(() => page.locator('coproduce-advisor button', { hasText: en.recheckBack }).isVisible()).toBe(true);
    await page.evaluate(() => document.getElementById('advisor')!.setAttribute('mode', 'team'));
    await page.locator('coproduce-advisor #team-name').waitFor({ state: 'attached' });
    expect(scripts()).toEqual(['coproduce-advisor.all.js']);
    expect(watch.requests.filter((u) => !u.startsWith('blob:') && !u.includes('/host-'))).toEqual([`${site.base}coproduce-advisor.all.js`]);
    expect(watch.csp).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().setOffline(false);
    await page.close();
  });
});
