// Team mode in the controller (no DOM): respondents, switching, files, reset, persist; the
// Team view's content is evaluateGroupAll / teamAgenda's, arranged.
// These tests read French: register the pack, as a page that uses French does.
import '../src/i18n/fr';
import { describe, expect, it } from 'vitest';
import { MAX_RESPONDENTS } from '@coproduce/core';
import { evaluateGroupAll, localizeGroupResult, teamAgenda } from '@coproduce/rules';
import { answersInFile } from '../src/controller';
import { createAdvisor } from '../src/create-advisor';
import { createAdvisor as createLazyAdvisor } from '../src/controller';
import { teamSupport, type TeamSupport } from '../src/team-support';
import { uiMessages } from '../src/messages';
import { persistAnswers } from '../src/persist';
import { buildTeamView } from '../src/team';

const en = uiMessages.en;
const a = { controversy: 'contested', conflictsOfInterest: 'hard', relationships: 'good-links' } as const;
const b = { controversy: 'widely-supported', conflictsOfInterest: 'hard', relationships: 'good-links' } as const;

function memoryStore() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}

describe('team mode in the controller', () => {
  it('adds respondents by name, refuses blank, duplicate (ignoring case) and the 51st, each with a plain message', () => {
    const adv = createAdvisor({ mode: 'team' });
    expect(adv.getState().team).toMatchObject({ names: [], current: undefined });
    expect(adv.addRespondent('  ')).toBe(false);
    expect(adv.getState().team!.notice).toBe(en.teamNameEmpty);
    expect(adv.addRespondent('Priya')).toBe(true);
    expect(adv.getState().team!.notice).toBeUndefined();
    expect(adv.addRespondent('PRIYA')).toBe(false);
    expect(adv.getState().team!.notice).toBe(en.teamNameTaken.replace('{name}', 'Priya'));
    expect(adv.addRespondent('__proto__')).toBe(false);
    for (let i = 1; i < MAX_RESPONDENTS; i++) expect(adv.addRespondent(`P${i}`)).toBe(true);
    expect(adv.addRespondent('One more')).toBe(false);
    expect(adv.getState().team!.notice).toBe(en.teamFull.replace('{max}', String(MAX_RESPONDENTS)));
    expect(adv.getState().team!.names).toHaveLength(MAX_RESPONDENTS);
  });

  it('keeps each respondent’s answers when switching, and the Team view is evaluateGroupAll’s', () => {
    const adv = createAdvisor({ mode: 'team' });
    adv.addRespondent('Priya');
    adv.setAnswers(a);
    adv.addRespondent('Sam');
    expect(adv.getState().answers).toEqual({});
    adv.setAnswers(b);
    adv.selectRespondent('Priya');
    expect(adv.getState().answers).toEqual(a);
    expect(adv.getTeam()).toEqual({ respondents: [{ name: 'Priya', answers: a }, { name: 'Sam', answers: b }], current: 'Priya' });

    const view = adv.getState().team!.view!;
    const raw = evaluateGroupAll({ Priya: a, Sam: b });
    expect(view.respondents.map((r) => r.verdicts.map((v) => v.label))).toEqual([0, 1].map((i) => Object.values(raw).map((g) => g.respondents[i]!.verdict.label)));
    expect(view.agenda.map((x) => x.question)).toEqual(teamAgenda(raw).map((x) => x.question));
    const controversy = view.rows.find((r) => r.question === 'controversy')!;
    expect(controversy.status).toBe('contested');
    expect(view.rows[0]!.changes.length).toBeGreaterThan(0);
  });

  it('is localised with localizeGroupResult', () => {
    const team = [['Priya', a], ['Sam', b]] as const;
    const fr = buildTeamView(team, ['criteria', 'costs', 'brokering'], 'fr')!;
    const raw = evaluateGroupAll({ Priya: a, Sam: b });
    const sentences = Object.values(raw).flatMap((g) => localizeGroupResult(g, 'fr').disagreements.flatMap((d) => d.adoptions.map((x) => x.sentence)));
    expect(fr.agenda.flatMap((x) => x.adoptions.flatMap((y) => y.items.map((i) => i.sentence))).sort()).toEqual(sentences.sort());
  });

  it('imports a decision record or a JSON profile for the current respondent; anything else changes nothing', () => {
    expect(answersInFile('{ nope')).toBeUndefined();
    expect(answersInFile('[1]')).toBeUndefined();
    expect(answersInFile('{"format":"something-else","answers":{"controversy":"contested"}}')).toBeUndefined();
    expect(answersInFile('{"hello":1}')).toBeUndefined();
    expect(answersInFile(JSON.stringify(a))).toEqual(a);
    const adv = createAdvisor({ mode: 'team' });
    adv.addRespondent('Ana');
    adv.setAnswers(b);
    expect(adv.importRespondent('not json')).toBe(false);
    expect(adv.getState().team!.notice).toBe(en.teamBadFile);
    expect(adv.getState().answers).toEqual(b);
    expect(adv.importRespondent(JSON.stringify({ format: 'coproduce/decision-record@1', answers: a, ruleSets: [] }))).toBe(true);
    expect(adv.getState().answers).toEqual(a);
  });

  it('"Start again" clears the whole team; undo brings it back', () => {
    const adv = createAdvisor({ mode: 'team' });
    adv.addRespondent('Ana');
    adv.setAnswers(a);
    adv.addRespondent('Ben');
    adv.reset();
    expect(adv.getState().team!.names).toEqual([]);
    expect(adv.getState().canUndo).toBe(true);
    adv.undo();
    expect(adv.getTeam()).toEqual({ respondents: [{ name: 'Ana', answers: a }, { name: 'Ben', answers: {} }], current: 'Ben' });
  });

  it('persist saves and restores the whole team; unusable saved names are left out with a notice', () => {
    const store = memoryStore();
    const one = createAdvisor({ mode: 'team' });
    persistAnswers(one, store, 'k');
    one.addRespondent('Ana');
    one.setAnswers(a);
    one.addRespondent('Ben');
    one.setAnswers(b);
    const two = createAdvisor({ mode: 'team' });
    persistAnswers(two, store, 'k');
    expect(two.getTeam()).toEqual(one.getTeam());
    expect(two.getState().answers).toEqual(b);

    const saved = JSON.parse(store.m.get('k')!);
    store.setItem('k', JSON.stringify({ ...saved, respondents: [...saved.respondents, { name: 'ana', answers: {} }, { name: '', answers: {} }] }));
    const three = createAdvisor({ mode: 'team' });
    persistAnswers(three, store, 'k');
    expect(three.getState().team!.names).toEqual(['Ana', 'Ben']);
    expect(three.getState().team!.notice).toBe(en.teamRestoreSkipped.replace('{names}', 'ana, '));
  });
});

describe('the report in team mode', () => {
  it('is the shared team report of the team’s answers (who answered, where they agree, what to discuss)', async () => {
    const { reportFor } = await import('../src/report');
    const { buildTeamReport, renderText } = await import('@coproduce/rules/report');
    const adv = createAdvisor({ mode: 'team' });
    adv.addRespondent('Priya');
    adv.setAnswers(a);
    adv.addRespondent('Sam');
    adv.setAnswers(b);
    const s = adv.getState();
    const team = evaluateGroupAll({ Priya: a, Sam: b });
    const keys = Object.keys(s.team!.view!.canonical) as (keyof typeof team)[];
    const expected = buildTeamReport({ results: Object.fromEntries(keys.map((k) => [k, team[k]])), locale: s.locale });
    const mine = reportFor(s);
    expect({ ...mine, date: expected.date }).toEqual(expected);
    const text = renderText(mine);
    for (const name of ['Priya', 'Sam']) expect(text).toContain(name);
  });

  it('loads team mode’s evaluation on first use when it is not given: the view once it arrives; a failed load says so plainly, keeps the team, and is tried again on the next team action', async () => {
    let calls = 0;
    let fail = true;
    const load = (): Promise<TeamSupport> => (calls++, fail ? Promise.reject(new Error('offline')) : Promise.resolve(teamSupport));
    const adv = createLazyAdvisor({ mode: 'team', team: { respondents: [{ name: 'Priya', answers: a }] }, teamSupport: load });
    const settled = () => new Promise<void>((r) => setTimeout(r, 0));
    expect(adv.getState().team!.view).toBeUndefined();
    await settled();
    expect(calls).toBe(1);
    expect(adv.getState().problems).toEqual([en.partFailed]);
    expect(adv.getTeam()).toEqual({ respondents: [{ name: 'Priya', answers: a }], current: 'Priya' });
    // Not tried again in a loop: only on the person's next team action.
    adv.selectRespondent('Priya');
    adv.setAnswers({ conflictsOfInterest: 'soft' });
    await settled();
    expect(calls).toBe(1);
    fail = false;
    expect(adv.addRespondent('Sam')).toBe(true);
    await settled();
    expect(calls).toBe(2);
    expect(adv.getState().problems).toEqual([]);
    const view = adv.getState().team!.view!;
    expect(view.respondents.map((r) => r.name)).toEqual(['Priya', 'Sam']);
    expect(view).toEqual(createAdvisor({ mode: 'team', team: adv.getTeam() }).getState().team!.view);
    // The team's report, once the view is there, is the shared team report's.
    expect(adv.toReport().title).toBe(createAdvisor({ mode: 'team', team: adv.getTeam() }).toReport().title);
    // Loaded once: later team actions reuse it.
    adv.selectRespondent('Priya');
    await settled();
    expect(calls).toBe(2);
  });
});
