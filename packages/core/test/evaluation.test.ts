import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as main from '../dist/index.js';
import * as evaluation from '../dist/evaluation.js';

const dist = (f: string) => pathToFileURL(join(__dirname, '..', 'dist', f)).href;

describe('@coproduce/core/evaluation', () => {
  it('loads no zod in Node, where the main entry does', () => {
    const run = (entry: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'coproduce-entry-'));
      writeFileSync(join(dir, 'hooks.mjs'), `export async function resolve(s, c, next) { if (/^zod(\\/|$)/.test(s)) throw new Error('zod was imported: ' + s); return next(s, c); }`);
      writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});`);
      try {
        execFileSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, '--input-type=module', '-e', `await import(${JSON.stringify(entry)})`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        return 'no zod';
      } catch (e) {
        return /zod was imported/.test(String((e as { stderr?: string }).stderr)) ? 'zod' : `failed: ${String((e as { stderr?: string }).stderr)}`;
      }
    };
    expect(run(dist('evaluation.js'))).toBe('no zod');
    // The hook works: the main entry, which defines and loads documents, does import zod.
    expect(run(dist('index.js'))).toBe('zod');
  });

  it('exports the same functions and classes as the main entry, not copies', () => {
    const names = Object.keys(evaluation);
    expect(names).toEqual(expect.arrayContaining(['evaluate', 'evaluateVerdict', 'trustRuleSet', 'isRuleSet', 'ValidationError', 'IntegrityError', 'parseAssessment', 'evaluateGroup', 'relevantQuestions', 'screen', 'checkAnswersObject', 'answerIssue']));
    for (const n of names) expect((main as Record<string, unknown>)[n], n).toBe((evaluation as Record<string, unknown>)[n]);
    expect(names).not.toContain('defineRuleSet');
    expect(names).not.toContain('loadRuleSet');
  });
});
