// Team mode end to end in headless Chromium, on the plain HTML example page (strict CSP):
// respondents added and answered by keyboard, the Team view checked against
// evaluateGroupAll / teamAgenda, axe in light, dark and French, 390 px, persist and reset.
// The expected French text, read in Node: register the pack here (the page loads its own).
import '../src/i18n/fr';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { evaluateGroupAll, localizeGroupResult, teamAgenda, type Profile } from '@coproduce/rules';
import { uiMessages } from '../src/messages';
import { artifacts, exampleSite, axe } from './browser';

const en = uiMessages.en;
const fr = uiMessages.fr;

const site = exampleSite();

/** The example page with its advisor replaced by a team-mode one (attributes given). */
async function openTeam(opts: { width?: number; attrs?: Record<string, string>; page?: Page } = {}): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = opts.page ?? (await site.browser.newPage({ viewport: { width: opts.width ?? 1280, height: 1000 } }));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(site.base);
  await page.evaluate((attrs) => {
    const el = document.createElement('coproduce-advisor');
    el.id = 'advisor';
    el.setAttribute('mode', 'team');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.getElementById('advisor')!.replaceWith(el);
  }, opts.attrs ?? {});
  await page.locator('coproduce-advisor #team-name').waitFor();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  return { page, requests, errors };
}

const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const i = el as HTMLInputElement | null;
    return { tag: i?.tagName ?? '', name: i?.getAttribute('name') ?? '', id: i?.id ?? '', value: i?.value ?? '', checked: !!i?.checked, text: i?.textContent ?? '' };
  });

async function tabTo(page: Page, test: (f: Awaited<ReturnType<typeof focused>>) => boolean, label: string, back = false): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (test(await focused(page))) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${label} with the keyboard`);
}

/** Pick a radio in a group with the keyboard: Tab to the group, arrows to the value, Space. */
async function chooseRadio(page: Page, name: string, value: string, back = false): Promise<void> {
  await tabTo(page, (f) => f.name === name, name, back);
  for (let i = 0; i < 60; i++) {
    const f = await focused(page);
    if (f.value === value) {
      if (!f.checked) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not choose ${value} for ${name}`);
}


const text = (page: Page, sel: string) => page.locator(`coproduce-advisor ${sel}`).innerText();

// The three views the keyboard pass gives (controversy decides criteria; the names are data).
const team: Record<string, Profile> = {
  'Priya <b>R</b>': { controversy: 'contested', conflictsOfInterest: 'hard', relationships: 'good-links' },
  Sam: { controversy: 'widely-supported', conflictsOfInterest: 'hard', relationships: 'good-links' },
  Jo: { conflictsOfInterest: 'hard' },
};

describe('<coproduce-advisor mode="team"> in Chromium', () => {
  it('adds three respondents and answers for each by keyboard; the Team view matches evaluateGroupAll; axe-clean light, dark, French and at 390 px; offline', async () => {
    const { page, requests, errors } = await openTeam();
    await axe(page, 'team empty');
    const names = Object.keys(team);
    await tabTo(page, (f) => f.id === 'team-name', 'name field');
    for (const n of names) {
      await page.keyboard.type(n);
      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatchObject({ id: 'team-name', value: '' });
    }
    // Names are shown as text: the markup in the first one is not parsed.
    expect(await page.locator('coproduce-advisor').evaluate((el) => { const r = el.shadowRoot!; return r.querySelectorAll('.team-picker b').length; })).toBe(0);
    expect(await text(page, '.team-picker')).toContain('Priya <b>R</b>');

    // A duplicate name (ignoring case) is refused with a plain message, and the team is unchanged.
    await page.keyboard.type('sam');
    await page.keyboard.press('Enter');
    expect(await text(page, '#team-notice')).toBe(en.teamNameTaken.replace('{name}', 'Sam'));
    expect(await page.locator('coproduce-advisor input[name=team-current]').count()).toBe(3);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');

    // Answer as each respondent: pick them in the picker, then the question.
    for (const [i, n] of names.entries()) {
      await tabTo(page, (f) => f.name === 'team-current', 'respondent picker', true);
      for (let k = 0; k < 5 && (await focused(page)).value !== String(i); k++) await page.keyboard.press('ArrowDown');
      expect(await focused(page)).toMatchObject({ value: String(i), checked: true });
      for (const q of ['controversy', 'conflictsOfInterest', 'relationships'] as const) {
        const answer = team[n]![q] as string | undefined;
        if (answer) await chooseRadio(page, q, answer);
      }
    }
    await page.screenshot({ path: `${artifacts}team-answering.png` });

    // The Team view, from the keyboard.
    await tabTo(page, (f) => f.id === 'see-team', 'See the Team view', true);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('team-view-title');

    const raw = evaluateGroupAll(team);
    const agenda = teamAgenda(raw);
    const grid = await page.locator('coproduce-advisor').evaluate((el) => { const r = el.shadowRoot!; return [...r.querySelectorAll('.team-grid tbody tr')].map((tr) => ({ q: tr.getAttribute('data-question'), status: tr.getAttribute('data-status'), cells: [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText) })); });
    const questions = new Set(Object.values(raw).flatMap((g) => g.questions.map((q) => q.question)));
    const unanswered = await page.locator('coproduce-advisor').evaluate((el) => [...el.shadowRoot!.querySelectorAll('.team-unanswered li')].map((li) => li.getAttribute('data-question')));
    // Answered questions in the grid; those nobody answered listed once below it.
    expect([...grid.map((r) => r.q), ...unanswered].sort()).toEqual([...questions].sort());
    expect(unanswered.length).toBe([...questions].filter((id) => Object.values(raw).flatMap((g) => g.questions).find((x) => x.question === id)!.status === 'unanswered').length);
    for (const row of grid) {
      const q = Object.values(raw).flatMap((g) => g.questions).find((x) => x.question === row.q)!;
      expect(row.status).toBe(q.status);
      expect(row.cells[0]).toBe(en[`status_${q.status}`]);
      expect(row.cells.slice(1).map((c) => c === en.teamBlank)).toEqual(q.byRespondent.map((b) => b.answer === null));
    }
    // Contested questions that change a verdict come first, then the agenda in teamAgenda's order.
    const changing = agenda.filter((a) => a.changes.length > 0).map((a) => a.question);
    expect(changing.length).toBeGreaterThan(0);
    expect(grid.slice(0, changing.length).map((r) => r.q)).toEqual(changing);
    expect(await page.locator('coproduce-advisor').evaluate((el) => { const r = el.shadowRoot!; return [...r.querySelectorAll('.team-agenda > ol > li')].map((li) => li.getAttribute('data-question')); })).toEqual(agenda.map((a) => a.question));
    const viewText = await text(page, '.team-view');
    for (const g of Object.values(raw)) {
      for (const d of g.disagreements) for (const a of d.adoptions) expect(viewText).toContain(a.sentence);
      for (const r of g.respondents) expect(viewText).toContain(r.verdict.label);
      expect(viewText).toContain(g.agreed.verdict.label);
    }
    await axe(page, 'team view');
    await page.screenshot({ path: `${artifacts}team-view.png`, fullPage: true });

    // Dark theme and French: the same structure, the wording from localizeGroupResult.
    await page.evaluate(() => {
      const el = document.getElementById('advisor')!;
      el.setAttribute('theme', 'dark');
      el.setAttribute('locale', 'fr');
    });
    await page.locator('coproduce-advisor .team-view h3').filter({ hasText: fr.teamView }).waitFor();
    const frText = await text(page, '.team-view');
    for (const g of Object.values(raw)) {
      const l = localizeGroupResult(g, 'fr');
      for (const d of l.disagreements) for (const a of d.adoptions) expect(frText).toContain(a.sentence);
    }
    expect(frText).toContain(fr.status_contested);
    await axe(page, 'team view, dark, French');
    await page.screenshot({ path: `${artifacts}team-view-dark-fr.png`, fullPage: true });

    // 390 px: the page does not scroll sideways; the grid scrolls inside its labelled, focusable region.
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const region = await page.locator('coproduce-advisor').evaluate((el) => {
      const r = el.shadowRoot!;
      const g = r.querySelector('.team-grid') as HTMLElement;
      return { role: g.getAttribute('role'), label: r.getElementById(g.getAttribute('aria-labelledby')!)?.textContent, tab: g.tabIndex, scrolls: g.scrollWidth > g.clientWidth };
    });
    expect(region).toEqual({ role: 'region', label: fr.teamGrid, tab: 0, scrolls: true });
    await axe(page, 'team view at 390 px');
    await page.screenshot({ path: `${artifacts}team-view-390.png`, fullPage: true });

    // The only request: the French pack, from the element's origin, when French was set.
    expect(requests).toEqual([`${site.base}coproduce-advisor.fr.js`]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('imports a saved record for a respondent; a bad file gives one plain message and changes nothing', async () => {
    const { page } = await openTeam();
    await page.locator('coproduce-advisor #team-name').fill('Ana');
    await page.locator('coproduce-advisor #team-name').press('Enter');
    const file = page.locator('coproduce-advisor #team-file');
    expect(await page.locator('coproduce-advisor label[for=team-file]').innerText()).toBe(en.teamImport.replace('{name}', 'Ana'));
    await page.locator('coproduce-advisor input[name=controversy][value=widely-supported]').check();
    await file.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await expect.poll(() => text(page, '#team-notice')).toBe(en.teamBadFile);
    expect(await page.locator('coproduce-advisor input[name=controversy][value=widely-supported]').isChecked()).toBe(true);

    const record = { format: 'coproduce/decision-record@1', created: '2026-01-01', answers: { controversy: 'contested', relationships: 'good-links' }, ruleSets: [] };
    await file.setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record)) });
    await expect.poll(() => page.locator('coproduce-advisor input[name=controversy][value=contested]').isChecked()).toBe(true);
    expect(await text(page, '.team-picker')).toContain(en.teamAnswered.replace('{count}', '2'));
    expect(await page.locator('coproduce-advisor #team-notice').innerText()).toBe('');
    await page.close();
  });

  it('persist keeps the whole team across a reload; "Start again" asks, clears the team and can be undone', async () => {
    const attrs = { persist: 'e2e-team' };
    const { page } = await openTeam({ attrs });
    for (const [n, answer] of [['Ana', 'contested'], ['Ben', 'widely-supported']] as const) {
      await page.locator('coproduce-advisor #team-name').fill(n);
      await page.locator('coproduce-advisor #team-name').press('Enter');
      await page.locator(`coproduce-advisor input[name=controversy][value=${answer}]`).check();
    }
    await openTeam({ page, attrs });
    await expect.poll(() => page.locator('coproduce-advisor input[name=team-current]').count()).toBe(2);
    expect(await text(page, '.team-picker')).toContain('Ana');
    // Ben was being answered for when the page closed: still him, with his answer.
    expect(await page.locator('coproduce-advisor input[name=controversy][value=widely-supported]').isChecked()).toBe(true);
    await page.locator('coproduce-advisor input[name=team-current][value="0"]').check();
    expect(await page.locator('coproduce-advisor input[name=controversy][value=contested]').isChecked()).toBe(true);

    await page.locator('coproduce-advisor button', { hasText: en.reset }).click();
    const dialog = page.locator('coproduce-advisor dialog');
    expect(await dialog.textContent()).toContain(en.confirmResetTeam.replace('{count}', '2'));
    await page.locator('coproduce-advisor dialog button', { hasText: en.confirmYes }).click();
    expect(await page.locator('coproduce-advisor input[name=team-current]').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('coproduce:e2e-team'))).toBeNull();
    await axe(page, 'team cleared');
    await page.locator('coproduce-advisor button.undo').click();
    expect(await page.locator('coproduce-advisor input[name=team-current]').count()).toBe(2);
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('coproduce:e2e-team')))!);
    expect(saved.respondents).toEqual([
      { name: 'Ana', answers: { controversy: 'contested' } },
      { name: 'Ben', answers: { controversy: 'widely-supported' } },
    ]);
    await page.close();
  });
});
