import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, evaluateVerdict, type RuleSet } from '@coproduce/core';
import { profileFor, profileQuestions, ruleSets, type RuleSetKey } from '@coproduce/rules';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { statusOf } from '../src/screen/row';
import { profiles, run, tempDir, toCsv } from './helpers';

const keys = Object.keys(ruleSets) as RuleSetKey[];
const expected = (p: Record<string, unknown>, k: RuleSetKey) => evaluateVerdict(ruleSets[k] as RuleSet, profileFor(ruleSets[k] as RuleSet, p));
const enumQ = profileQuestions.find((q) => q.type === 'enum')!;
const boolQ = profileQuestions.find((q) => q.type === 'boolean')!;
const multiQ = profileQuestions.find((q) => q.type === 'multi-select')!;
const enumValues = enumQ.type === 'enum' ? enumQ.options.map((o) => o.value) : [];

describe('coproduce screen', () => {
  it('screens 10,000 JSONL rows in worker threads (--jobs 3) equal to evaluateVerdict row by row, in input order', () => {
    const dir = tempDir();
    const rows = profiles(10_000);
    writeFileSync(join(dir, 'in.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const r = run(['screen', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl'), '--jobs', '3']);
    expect(r.code, r.stderr).toBe(0);
    const out = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(rows.length);
    out.forEach((o, i) => {
      expect(o.line).toBe(i + 1);
      for (const k of keys) {
        const v = expected(rows[i]!, k);
        expect(o.verdicts[k].id).toBe(v.id);
        expect(o.verdicts[k].status).toBe(statusOf(v));
      }
    });
    // The summary (stdout, since rows went to a file) counts every row.
    expect(r.stdout).toContain('Screened 10,000 rows');
  });

  it('gives the status a full evaluation gives, and its verdict label', () => {
    for (const p of profiles(300, 99))
      for (const k of keys) {
        const rs = ruleSets[k] as RuleSet;
        const full = evaluate(rs, profileFor(rs, p));
        const v = expected(p, k);
        expect(statusOf(v)).toBe(full.status);
        expect(v.id).toBe(full.verdict.id);
      }
    const dir = tempDir();
    const rows = profiles(50, 3);
    writeFileSync(join(dir, 'in.jsonl'), rows.map((x) => JSON.stringify(x)).join('\n'));
    const out = run(['screen', join(dir, 'in.jsonl'), '-q', '--jobs', '1']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    out.forEach((o, i) => {
      for (const k of keys) expect(o.verdicts[k].label).toBe(evaluate(ruleSets[k] as RuleSet, profileFor(ruleSets[k] as RuleSet, rows[i]!)).verdict.label);
    });
  });

  it('reads CSV with a BOM, CRLF, quoted commas, quoted line breaks and blank lines; line numbers count blank lines', () => {
    const rows = profiles(40, 11);
    const body = toCsv(rows).split('\n');
    // An id column with quoted commas and a quoted line break, carried with --id.
    const lines = [`project,${body[0]!}`, ...rows.map((_, i) => `"Project ${i}, ""phase"" ${i % 3 === 0 ? '\nwith a note' : 'one'}",${body[i + 1]!}`)];
    lines.splice(5, 0, '', ''); // two blank lines before the fifth record
    const text = '\uFEFF' + lines.join('\r\n') + '\r\n';
    const r = run(['screen', '-', '--input-format', 'csv', '--id', 'project', '--jobs', '1', '-q'], text);
    expect(r.code, r.stderr).toBe(0);
    const out = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(out).toHaveLength(rows.length);
    // Editor line numbers: header on 1, each record one line, or two with the quoted break.
    let line = 2;
    out.forEach((o, i) => {
      if (i === 4) line += 2;
      expect(Number(o.line)).toBe(line);
      line += i % 3 === 0 ? 2 : 1;
      expect(o.id).toBe(`Project ${i}, "phase" ${i % 3 === 0 ? '\nwith a note' : 'one'}`);
      for (const k of keys) expect(o[`${k}_verdict`]).toBe(expected(rows[i]!, k).id);
      expect(o.problems).toBe('');
    });
  });

  it('CSV and JSONL of the same profiles give the same verdicts, also through workers', () => {
    const dir = tempDir();
    const rows = profiles(3000, 5);
    writeFileSync(join(dir, 'in.csv'), toCsv(rows));
    const r = run(['screen', join(dir, 'in.csv'), '--out', join(dir, 'out.csv'), '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    const out = parse(readFileSync(join(dir, 'out.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(out).toHaveLength(rows.length);
    out.forEach((o, i) => {
      expect(Number(o.line)).toBe(i + 2);
      for (const k of keys) expect(o[`${k}_verdict`]).toBe(expected(rows[i]!, k).id);
    });
  });

  it('reports bad rows with line, field, allowed values and did-you-mean, and screens the rest', () => {
    const good = profiles(3, 1);
    const near = enumValues[0]!.slice(0, -1) + 'x';
    const lines = [
      JSON.stringify(good[0]),
      '',
      JSON.stringify({ [enumQ.id + 'e']: enumValues[0] }), // line 3: unknown key, near a question id
      JSON.stringify({ [enumQ.id]: near }), // line 4: near-miss value
      '{"not json',
      JSON.stringify([1, 2]),
      JSON.stringify({ [boolQ.id]: 'maybe', [multiQ.id]: ['nope'] }),
      JSON.stringify(good[1]),
    ];
    const r = run(['screen', '-', '--format', 'jsonl', '--jobs', '1'], lines.join('\n'));
    expect(r.code).toBe(1); // some rows invalid; every row still in the output
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.line)).toEqual([1, 3, 4, 5, 6, 7, 8]);
    expect(out[0].verdicts).toBeDefined();
    expect(out[6].verdicts).toBeDefined();
    expect(out[1].problems[0]).toMatchObject({ field: enumQ.id + 'e', suggestion: enumQ.id });
    expect(out[2].problems[0].field).toBe(enumQ.id);
    expect(out[2].problems[0].suggestion).toBe(enumValues[0]);
    for (const v of enumValues) expect(out[2].problems[0].expected).toContain(v);
    expect(out[3].problems[0].message).toMatch(/not valid JSON/);
    expect(out[4].problems[0].message).toMatch(/object/);
    expect(out[5].problems.map((p: { field: string }) => p.field).sort()).toEqual([boolQ.id, `${multiQ.id}[0]`].sort());
    // The summary on stderr counts them and shows the first problems with their lines.
    expect(r.stderr).toMatch(/Invalid rows \(not screened\)\s+5/);
    expect(r.stderr).toContain(`line 4: ${enumQ.id}:`);
    expect(r.stderr).toContain(`did you mean "${enumValues[0]}"?`);
  });

  it('checks CSV cells by question type: booleans, numbers, multi-select a;b', () => {
    const numQ = profileQuestions.find((q) => q.type === 'number')!;
    const opts = multiQ.type === 'multi-select' ? multiQ.options.map((o) => o.value) : [];
    const csv = [`${boolQ.id},${numQ.id},${multiQ.id}`, `yes,12,${opts[0]};${opts[1]}`, `perhaps,twelve,${opts[0]}`].join('\n');
    const r = run(['screen', '-', '--input-format', 'csv', '--format', 'jsonl', '--jobs', '1', '-q'], csv);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out[0].verdicts).toBeDefined();
    const p = { [boolQ.id]: true, [numQ.id]: 12, [multiQ.id]: [opts[0], opts[1]] };
    for (const k of keys) expect(out[0].verdicts[k].id).toBe(expected(p, k).id);
    expect(out[1].line).toBe(3);
    expect(out[1].problems.map((x: { field: string }) => x.field)).toEqual([boolQ.id, numQ.id]);
  });

  it('stops before screening when a CSV column is not a question, with the nearest id', () => {
    const r = run(['screen', '-', '--input-format', 'csv', '-q'], `${enumQ.id.toUpperCase()}x\n${enumValues[0]}\n`);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`did you mean "${enumQ.id}"?`);
  });

  it('usage errors exit 2; a missing file exits 1 in one line without a stack trace', () => {
    const jobs = run(['screen', 'x.csv', '--jobs', '0']);
    expect(jobs.code).toBe(2);
    expect(jobs.stderr).toMatch(/--jobs/);
    const rs = run(['screen', 'x.csv', '--rule-sets', 'critera']);
    expect(rs.code).toBe(2);
    expect(rs.stderr).toContain('did you mean "criteria"?');
    const missing = run(['screen', join(tempDir(), 'nope.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.csv: no such file/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--rule-sets limits the columns; --reasons adds plain reasons', () => {
    const rows = profiles(20, 8);
    const r = run(['screen', '-', '--input-format', 'jsonl', '--format', 'csv', '--rule-sets', 'costs', '--reasons', '-q'], rows.map((x) => JSON.stringify(x)).join('\n'));
    const out = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(out[0]!)).toEqual(['line', 'costs_verdict', 'costs_label', 'costs_status', 'costs_reasons', 'problems']);
    out.forEach((o, i) => {
      const full = evaluate(ruleSets.costs as RuleSet, profileFor(ruleSets.costs as RuleSet, rows[i]!));
      const risks = full.risks.map((f) => f.label);
      for (const reason of o.costs_reasons!.split('; ').filter(Boolean)) expect(risks).toContain(reason);
    });
  });
});
