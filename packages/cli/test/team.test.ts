// These tests read French in-process: register the pack, as the CLI does for --locale fr.
import '@coproduce/rules/i18n/fr';
import { evaluate, type EvaluationResult, type RuleSet } from '@coproduce/core';
import { evaluateGroupAll, profileFor, profileQuestions, ruleSets, type Profile } from '@coproduce/rules';
import { changelog } from '@coproduce/rules/changelog';
import { examples } from '@coproduce/rules/examples';
import { criteria as criteria1 } from '@coproduce/rules/criteria/v1';
import { decisionRecord, teamMessages } from '@coproduce/rules/report';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './helpers';

const base = examples[0]!.profile as Record<string, unknown>;
const flat = (s: string) => s.replace(/\s+/g, ' ');

/** Three people, one of whom answers one question so that a verdict changes (found, not assumed). */
function contested(): Profile[] {
  for (const q of profileQuestions)
    for (const v of q.type === 'boolean' ? [true, false] : q.type === 'enum' ? q.options.map((o) => o.value) : []) {
      if (base[q.id] === v) continue;
      const team = [base, { ...base, [q.id]: v }, base] as Profile[];
      const r = evaluateGroupAll({ a: team[0]!, b: team[1]!, c: team[2]! });
      if (Object.values(r).some((g) => g.counts.changingVerdict > 0)) return team;
    }
  throw new Error('no contested team');
}

const dir = tempDir();
const files = ['priya.json', 'sam.json', 'lee.json'].map((f) => join(dir, f));
const team = contested();
team.forEach((p, i) => writeFileSync(files[i]!, JSON.stringify(p)));

describe('coproduce team', () => {
  it('names from --names; each person, each verdict and every "if the team adopts" sentence', () => {
    const r = run(['team', ...files, '--names', 'Priya,Sam,Lee', '--date', '2026-12-01']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const expected = evaluateGroupAll({ Priya: team[0]!, Sam: team[1]!, Lee: team[2]! });
    const out = flat(r.stdout);
    for (const g of Object.values(expected)) {
      for (const p of g.respondents) expect(out).toContain(p.verdict.label);
      for (const d of g.disagreements) for (const a of d.adoptions) expect(out).toContain(flat(a.sentence));
    }
    expect(out).toContain('Priya, Sam and Lee');
  });

  it('names from the file names, or a saved record’s project name', () => {
    const rec = join(dir, 'record.json');
    writeFileSync(rec, JSON.stringify(decisionRecord({ criteria: evaluate(ruleSets.criteria as RuleSet, profileFor(ruleSets.criteria as RuleSet, team[1]!)) }, { projectName: 'Commissioner' })));
    const r = run(['team', files[0]!, rec, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.criteria.respondents.map((x: { name: string }) => x.name)).toEqual(['priya', 'Commissioner']);
  });

  it('--format json is the group result; md, html and fr use the same report', () => {
    const j = run(['team', ...files, '--format', 'json']);
    expect(JSON.parse(j.stdout)).toEqual(JSON.parse(JSON.stringify(evaluateGroupAll({ priya: team[0]!, sam: team[1]!, lee: team[2]! }))));
    expect(run(['team', ...files, '--format', 'md']).stdout.startsWith(`# ${teamMessages.en['team.title']}`)).toBe(true);
    const html = run(['team', ...files, '--format', 'html', '--names', '<b>P</b>,Sam,Lee']).stdout;
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toContain('<b>P</b>');
    expect(run(['team', ...files, '--locale', 'fr']).stdout).toContain(teamMessages.fr['team.title'].slice(0, 20));
  });

  it('bad input: one line naming the file, exit 1; usage mistakes exit 2', () => {
    const missing = run(['team', files[0]!, join(dir, 'nobody.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`coproduce: ${join(dir, 'nobody.json')}: no such file`);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...base, controversy: 'sometimes' }));
    const b = run(['team', files[0]!, bad]);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain(bad);
    expect(b.stderr).toContain('controversy');
    expect(run(['team', ...files, '--names', 'A,B']).code).toBe(2);
    expect(run(['team', ...files, '--names', 'A,,C']).code).toBe(2);
    const same = run(['team', files[0]!, files[0]!]);
    expect(same.code).toBe(2);
    expect(same.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('coproduce compare: the reviewer’s re-check of one record', () => {
  const now = join(dir, 'now.json');
  writeFileSync(now, run(['assess', files[0]!, '--format', 'json', '--date', '2026-12-01']).stdout);

  it('a current record: integrity checked, both versions named, exit 0 (also with --current)', () => {
    for (const args of [[now], [now, '--current']]) {
      const r = run(['compare', ...args]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      for (const rs of Object.values(ruleSets)) expect(r.stdout).toContain(teamMessages.en['rc.versions'].replace('{version}', rs.version).replace('{current}', rs.version));
    }
  });

  it('an older record: re-evaluated under the current version, with the changelog between the two', () => {
    const old = join(dir, 'old.json');
    const result = evaluate(criteria1 as unknown as RuleSet, profileFor(criteria1 as unknown as RuleSet, base as Profile)) as EvaluationResult;
    writeFileSync(old, JSON.stringify(decisionRecord({ criteria: result })));
    const r = run(['compare', old]);
    expect(r.code).toBe(0);
    const out = flat(r.stdout);
    expect(out).toContain(flat(teamMessages.en['rc.versions'].replace('{version}', criteria1.version).replace('{current}', ruleSets.criteria.version)));
    for (const e of changelog[criteria1.id]!.filter((x) => x.version !== criteria1.version)) for (const line of e.changes) expect(out).toContain(flat(line));
    const json = JSON.parse(run(['compare', old, '--json']).stdout);
    expect(json.ruleSets[0].current.verdict.id).toBe(evaluate(ruleSets.criteria as RuleSet, profileFor(ruleSets.criteria as RuleSet, base as Profile)).verdict.id);
  });

  it('a hash mismatch or an unknown version: said plainly, exit 1', () => {
    const rec = JSON.parse(run(['assess', files[0]!, '--format', 'json']).stdout);
    rec.ruleSets[0].hash = 'f'.repeat(64);
    const bad = join(dir, 'tampered.json');
    writeFileSync(bad, JSON.stringify(rec));
    const r = run(['compare', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(bad);
    expect(r.stdout).toContain('ffffffffffff');
    rec.ruleSets[0].hash = JSON.parse(run(['assess', files[0]!, '--format', 'json']).stdout).ruleSets[0].hash;
    rec.ruleSets[0].version = '99.0.0';
    writeFileSync(bad, JSON.stringify(rec));
    const u = run(['compare', bad]);
    expect(u.code).toBe(1);
    expect(u.stdout).toContain('99.0.0');
  });

  it('two records and --current is a usage error', () => {
    expect(run(['compare', now, now, '--current']).code).toBe(2);
  });
});
