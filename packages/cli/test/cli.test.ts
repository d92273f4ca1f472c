// These tests read French in-process: register the pack, as the CLI does for --locale fr.
import '@coproduce/rules/i18n/fr';
import { profileQuestions, localizeQuestion } from '@coproduce/rules';
import { profileJsonSchema } from '@coproduce/rules/schemas';
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

describe('coproduce (commands, help, usage errors)', () => {
  it('prints help with the exit codes, and exits 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['assess', 'screen', 'questions', 'team', 'compare']) expect(r.stdout).toContain(c);
    expect(r.stdout).toMatch(/Exit codes: 0 ok, 1 bad input.*2 usage/);
  });

  it('a misspelt command or option exits 2 with one line and a did-you-mean', () => {
    const c = run(['asess']);
    expect(c.code).toBe(2);
    expect(c.stderr.trim()).toBe("coproduce: unknown command 'asess' (did you mean assess?)");
    const o = run(['questions', '--formt', 'md']);
    expect(o.code).toBe(2);
    expect(o.stderr.trim().split('\n')).toHaveLength(1);
    expect(o.stderr).toContain('--format');
    const l = run(['questions', '--locale', 'xx']);
    expect(l.code).toBe(2);
    expect(l.stderr).toMatch(/en, fr/);
  });

  it('questions: an empty CSV template, the JSON Schema, and a Markdown questionnaire in each locale', () => {
    const t = run(['questions', '--format', 'csv-template']);
    expect(t.code).toBe(0);
    expect(t.stdout).toBe(`${profileQuestions.map((q) => q.id).join(',')}\n`);
    const s = run(['questions', '--format', 'json-schema']);
    expect(JSON.parse(s.stdout)).toEqual(JSON.parse(JSON.stringify(profileJsonSchema())));
    for (const locale of ['en', 'fr'] as const) {
      const md = run(['questions', '--locale', locale]).stdout;
      for (const q of profileQuestions) {
        const l = localizeQuestion(q, locale);
        expect(md).toContain(`## ${l.label}`);
        if (l.type === 'enum' || l.type === 'multi-select') for (const o of l.options) expect(md).toContain(`- \`${o.value}\`: ${o.label}`);
      }
    }
  });
});
