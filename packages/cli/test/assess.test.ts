import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateAll, profileQuestions, ruleSets } from '@coproduce/rules';
import { examples } from '@coproduce/rules/examples';
import { buildReport, readDecisionRecord, renderText } from '@coproduce/rules/report';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './helpers';

const ex = examples[0]!;
const enumQ = profileQuestions.find((q) => q.type === 'enum')!;
const values = enumQ.type === 'enum' ? enumQ.options.map((o) => o.value) : [];

describe('coproduce assess', () => {
  it('prints the one-minute shared report for a profile file, the same text renderText gives', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.json'), JSON.stringify(ex.profile));
    const r = run(['assess', join(dir, 'p.json'), '--date', '2026-01-02']);
    expect(r.code, r.stderr).toBe(0);
    const expected = renderText(buildReport({ results: evaluateAll(ex.profile), date: '2026-01-02', locale: 'en', brief: true }), { color: false, width: 80 });
    expect(r.stdout.trimEnd()).toBe(expected.trimEnd());
    // Plain by default: no rule-set hashes, no guidance ids.
    for (const rs of Object.values(ruleSets)) expect(r.stdout).not.toContain(rs.hash.slice(0, 12));
    expect(r.stdout).not.toMatch(/\bcriteria\.[a-z-]+/);
  });

  it('--detail adds the technical details (versions and hashes)', () => {
    const r = run(['assess', '--example', ex.id, '--detail']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(ruleSets.criteria.hash.slice(0, 12));
  });

  it('--format json gives a decision record with the library verdicts; --example all gives one per example', () => {
    const one = run(['assess', '--example', ex.id, '--format', 'json']);
    const rec = readDecisionRecord(JSON.parse(one.stdout));
    const all = evaluateAll(ex.profile);
    for (const e of rec.ruleSets) expect(e.verdict.id).toBe(all[e.key as keyof typeof all].verdict.id);
    const many = JSON.parse(run(['assess', '--example', 'all', '--format', 'json']).stdout);
    expect(many).toHaveLength(examples.length);
    many.forEach((m: unknown, i: number) => expect(readDecisionRecord(m).answers).toEqual(JSON.parse(JSON.stringify(examples[i]!.profile))));
  });

  it('reads standard input, limits --rule-sets, writes Markdown, HTML and French', () => {
    const r = run(['assess', '-', '--rule-sets', 'costs', '--format', 'json'], JSON.stringify(ex.profile));
    expect(readDecisionRecord(JSON.parse(r.stdout)).ruleSets.map((e) => e.key)).toEqual(['costs']);
    expect(run(['assess', '--example', ex.id, '--format', 'md']).stdout).toMatch(/^# /m);
    const html = run(['assess', '--example', ex.id, '--format', 'html']).stdout;
    expect(html).toMatch(/^<!doctype html>/i);
    expect(run(['assess', '--example', ex.id, '--locale', 'fr']).stdout).not.toBe(run(['assess', '--example', ex.id]).stdout);
  });

  it('bad input: one line per problem, exit 1, the file named, no stack trace; --debug shows it', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ [enumQ.id]: values[0]!.slice(1), [`${enumQ.id}s`]: values[0] }, null, 1));
    const r = run(['assess', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}: 2 problems`);
    expect(r.stderr).toContain(`did you mean "${values[0]}"?`);
    expect(r.stderr).toContain(`did you mean "${enumQ.id}"?`);
    const notJson = join(dir, 'n.json');
    writeFileSync(notJson, '{\n  "a": 1,\n  oops\n}');
    const j = run(['assess', notJson]);
    expect(j.code).toBe(1);
    expect(j.stderr.trim()).toBe(`coproduce: ${notJson}: not valid JSON at line 3, column 3`);
    const m = run(['assess', join(dir, 'missing.json')]);
    expect(m.code).toBe(1);
    expect(m.stderr.trim().split('\n')).toHaveLength(1);
    expect(run(['assess', join(dir, 'missing.json'), '--debug']).stderr).toMatch(/\n\s+at /);
    expect(run(['assess', '-'], '[1]').code).toBe(1); // not an object
    const u = run(['assess', '--example', ex.id.slice(0, -1)]);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain(`did you mean "${ex.id}"?`);
    expect(run(['assess', '--example', ex.id, '--locale', 'xx']).code).toBe(2);
    expect(run(['assess']).code).toBe(2);
  });
});

describe('coproduce compare', () => {
  it('says what changed between two saved records, and nothing for the same one', () => {
    const dir = tempDir();
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    writeFileSync(a, run(['assess', '--example', ex.id, '--format', 'json']).stdout);
    const changed = { ...ex.profile, [enumQ.id]: values.find((v) => v !== (ex.profile as Record<string, unknown>)[enumQ.id]) };
    writeFileSync(join(dir, 'p.json'), JSON.stringify(changed));
    writeFileSync(b, run(['assess', join(dir, 'p.json'), '--format', 'json']).stdout);
    const r = run(['compare', a, b]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(enumQ.label);
    // Side by side: each rule set's verdict label and version in both records.
    const ra = readDecisionRecord(JSON.parse(readFileSync(a, 'utf8')));
    for (const e of ra.ruleSets) expect(r.stdout).toContain(`${e.verdict.label} (${e.version})`);
    const d = run(['compare', a, b, '--detail']);
    expect(d.stdout.split('\n').length).toBeGreaterThan(r.stdout.split('\n').length);
    const j = JSON.parse(run(['compare', a, b, '--json']).stdout);
    expect(j.same).toBe(false);
    expect(JSON.parse(run(['compare', a, a, '--json']).stdout).same).toBe(true);
    writeFileSync(join(dir, 'x.json'), '{"format":"nope"}');
    const bad = run(['compare', a, join(dir, 'x.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not a decision record/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    // No record at all is a usage error; one record is the re-check (see team.test.ts).
    expect(run(['compare']).code).toBe(2);
  });
});
