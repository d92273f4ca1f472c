// Every code block in the README and the package READMEs, run as written against the built
// packages: TypeScript is type-checked and run (what a `//=>` line claims must be printed, in order),
// TSX components are rendered, shell blocks run in bash, HTML embeds are checked against
// the built element. A snippet that crashes or claims a wrong result fails here.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { locales, ruleSets } from '@coproduce/rules';
import { examples } from '@coproduce/rules/examples';
import { blocksOf, claims, type Block } from './blocks';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const here = fileURLToPath(new URL('..', import.meta.url));
const snippets = join(here, '.snippets');
const readmes = ['README.md', ...readdirSync(join(root, 'packages')).map((p) => `packages/${p}/README.md`).filter((f) => existsSync(join(root, f)))];
const blocks = readmes.flatMap((f) => blocksOf(root, f));
const name = (b: Block) => `${b.file}:${b.line}`;
const slug = (b: Block) => `${b.file.replace(/[/.]/g, '_')}_${b.line}`;

// Shell lines not run here, and why: they are what runs this test, or a server that never ends.
const notRun: Record<string, string> = {
  'npx -y pnpm@10.34.9 test': 'the test command itself (this test is part of it)',
  'npx -y pnpm@10.34.9 docs': 'serves the docs until stopped; the test command builds the same site',
};

const ts = blocks.filter((b) => b.lang === 'ts' || b.lang === 'tsx');
rmSync(snippets, { recursive: true, force: true });
mkdirSync(snippets, { recursive: true });
for (const b of ts) writeFileSync(join(snippets, `${slug(b)}.${b.lang}`), b.code);

describe('README code blocks', () => {
  it('finds the blocks of every README, and knows every language', () => {
    expect(readmes).toContain('packages/cli/README.md');
    expect(ts.length).toBeGreaterThan(0);
    for (const b of blocks) expect(['ts', 'tsx', 'sh', 'html'], name(b)).toContain(b.lang);
  });

  it('TypeScript blocks type-check as written', () => {
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const r = spawnSync(process.execPath, [existsSync(tsc) ? tsc : join(here, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(here, 'tsconfig.json')], { encoding: 'utf8' });
    expect(r.stdout + r.stderr, 'type errors in README snippets').toBe('');
    expect(r.status).toBe(0);
  });

  for (const b of ts)
    it(`${name(b)} runs and prints what it claims`, () => {
      const js = transformSync(b.code, { loader: b.lang as 'ts' | 'tsx', format: 'esm', jsx: 'automatic' }).code;
      const file = join(snippets, `${slug(b)}.mjs`);
      writeFileSync(file, js);
      let entry = file;
      if (b.lang === 'tsx') {
        // Render every exported component on the server: hooks and props must work, not just parse.
        entry = join(snippets, `${slug(b)}.render.mjs`);
        writeFileSync(
          entry,
          // The React package registers the custom element on import, so it needs a DOM (happy-dom).
          `import { Window } from 'happy-dom';\nconst w = new Window({ url: 'https://portal.example/' });\n` +
            `for (const k of ['window', 'document', 'HTMLElement', 'customElements', 'Node', 'Event', 'CustomEvent', 'CSSStyleSheet', 'navigator']) if (!(k in globalThis) || k === 'navigator') Object.defineProperty(globalThis, k, { value: k === 'window' ? w : w[k], configurable: true });\n` +
            `const m = await import('./${slug(b)}.mjs');\nconst { createElement } = await import('react');\nconst { renderToString } = await import('react-dom/server');\n` +
            `const names = Object.keys(m).filter((k) => /^[A-Z]/.test(k) && typeof m[k] === 'function');\nif (!names.length) throw new Error('no exported component to render');\n` +
            `for (const k of names) if (!renderToString(createElement(m[k])).includes('<')) throw new Error(k + ' rendered nothing');\n`,
        );
      }
      const r = spawnSync(process.execPath, [entry], { cwd: here, encoding: 'utf8' });
      expect(r.stderr, `${name(b)} failed`).not.toMatch(/Error/);
      expect(r.status, r.stderr).toBe(0);
      // Each claim must be printed, in order (a snippet may print more than it claims).
      const printed = r.stdout.split('\n').map((l) => l.trimEnd());
      let at = 0;
      for (const c of claims(b.code)) {
        const i = printed.indexOf(c, at);
        expect(i, `${name(b)} claims "${c}" but printed:\n${printed.slice(at, at + 20).join('\n')}`).toBeGreaterThanOrEqual(0);
        at = i + 1;
      }
    });

  it('shell blocks run in bash (the demo from the repository root, the CLI on real files)', () => {
    const sh = blocks.filter((b) => b.lang === 'sh');
    const skipped = new Set<string>();
    const work = mkdtempSync(join(tmpdir(), 'coproduce-readme-'));
    // The files the CLI examples name, made with the CLI itself.
    const bin = join(work, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'coproduce'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'packages/cli/dist/cli.js')}" "$@"\n`);
    chmodSync(join(bin, 'coproduce'), 0o755);
    writeFileSync(join(work, 'my-project.json'), JSON.stringify(examples[1]!.profile));
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1' };
    const cli = (args: string[]) => execFileSync(process.execPath, [join(root, 'packages/cli/dist/cli.js'), ...args], { cwd: work, encoding: 'utf8' });
    writeFileSync(join(work, 'decision-2025.json'), cli(['assess', '--example', examples[0]!.id, '--format', 'json']));
    writeFileSync(join(work, 'decision-2026.json'), cli(['assess', '--example', examples[1]!.id, '--format', 'json']));
    for (const b of sh) {
      const lines = b.code.split('\n').filter((l) => {
        const cmd = l.replace(/\s+#.*$/, '').trim();
        if (cmd in notRun) skipped.add(cmd);
        return !(cmd in notRun);
      });
      const inRepo = /pnpm/.test(b.code);
      const before = new Set(readdirSync(root));
      const r = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', lines.join('\n')], { cwd: inRepo ? root : work, env, encoding: 'utf8', maxBuffer: 1 << 26 });
      // Files a block writes in the repository (demo -- --json > decisions.json) are checked and removed.
      for (const f of readdirSync(root))
        if (!before.has(f)) {
          if (f.endsWith('.json')) expect(() => JSON.parse(execFileSync('cat', [join(root, f)], { encoding: 'utf8' })), `${f} from ${name(b)}`).not.toThrow();
          rmSync(join(root, f), { recursive: true, force: true });
        }
      expect(r.status, `${name(b)}:\n${r.stderr.slice(-2000)}`).toBe(0);
    }
    expect([...skipped].sort()).toEqual(Object.keys(notRun).sort());
  });

  it('HTML embeds name the built element file and valid attributes', () => {
    const html = blocks.filter((b) => b.lang === 'html');
    expect(html.length).toBeGreaterThan(0);
    const dist = join(root, 'packages/react-widget/dist');
    for (const b of html) {
      for (const m of b.code.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) expect(existsSync(join(dist, m[1]!.split('/').pop()!)), `${name(b)}: ${m[1]}`).toBe(true);
      for (const m of b.code.matchAll(/<coproduce-advisor([^>]*)>/g)) {
        const attrs = Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
        for (const k of (attrs['rule-sets'] ?? '').split(/\s+/).filter(Boolean)) expect(Object.keys(ruleSets), name(b)).toContain(k);
        if (attrs.locale) expect(locales, name(b)).toContain(attrs.locale);
        if (attrs.theme) expect(['light', 'dark'], name(b)).toContain(attrs.theme);
      }
      // Inline module scripts must at least be valid JavaScript.
      for (const m of b.code.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) expect(() => transformSync(m[1]!, { loader: 'js' }), name(b)).not.toThrow();
    }
  });
});
