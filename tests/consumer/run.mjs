#!/usr/bin/env node
// The packages as users get them: `pnpm pack` each one (workspace: ranges become versions),
// install the tarballs into a fresh temporary project with npm, and use them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'coproduce-consumer-'));
const packs = join(work, 'packs');
mkdirSync(packs);
let passed = 0;
let failed = 0;
function step(name, fn) {
  const t = Date.now();
  try {
    const out = fn();
    passed++;
    console.log(`✓ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)${out ? `: ${String(out).trim().split('\n').slice(-1)[0]}` : ''}`);
  } catch (e) {
    failed++;
    console.log(`✗ ${name}\n${String(e.stdout ?? '')}${String(e.stderr ?? '')}${e.stdout || e.stderr ? '' : e.message}`);
  }
}
const sh = (cmd, args, cwd, env = {}) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
const pnpm = process.env.npm_execpath; // the pnpm running this script

const pkgs = { core: 'packages/core', rules: 'packages/rules', react: 'packages/react-widget', cli: 'packages/cli' };
const tarballs = {};
for (const [k, dir] of Object.entries(pkgs)) {
  step(`pack ${dir}`, () => {
    sh(process.execPath, [pnpm, 'pack', '--pack-destination', packs], join(root, dir));
    tarballs[k] = join(packs, readdirSync(packs).find((f) => f.includes(k === 'react' ? 'coproduce-react' : `coproduce-${k}`)));
    return tarballs[k];
  });
}

for (const [k, file] of Object.entries(tarballs)) {
  step(`publint ${k}`, () => sh(process.execPath, [join(here, 'node_modules/publint/src/cli.js'), file, '--strict'], work));
  // The CLI is a command (a bin), with no module entry points for types to describe.
  if (k !== 'cli') step(`arethetypeswrong ${k}`, () => sh(process.execPath, [join(here, 'node_modules/@arethetypeswrong/cli/dist/index.js'), file, '--format', 'table-flipped', ...(k === 'react' ? ['--exclude-entrypoints', './coproduce-advisor.js', './element'] : [])], work));
}

const app = join(work, 'app');
mkdirSync(join(app, 'src'), { recursive: true });
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { '@coproduce/core': `file:${tarballs.core}`, '@coproduce/rules': `file:${tarballs.rules}`, '@coproduce/react': `file:${tarballs.react}`, '@coproduce/cli': `file:${tarballs.cli}`, react: '^19.3.1', 'react-dom': '^19.3.1', typescript: '~6.0.3', vite: '^8.3.8' } }, null, 2));
step('npm install the tarballs into a fresh project', () => sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], app));

writeFileSync(join(app, 'esm.mjs'), `import { evaluate } from '@coproduce/core';\nimport { criteria } from '@coproduce/rules/criteria/v1';\nimport { evaluateAll, examples } from '@coproduce/rules';\nimport { createAdvisor } from '@coproduce/react/controller';\nconst r = evaluate(criteria, { controversy: 'contested', conflictsOfInterest: 'hard', relationships: 'good-links' });\nif (r.verdict.id !== 'less-emphasis') throw new Error(r.verdict.id);\nif (evaluateAll(examples[0].profile).brokering.verdict.id !== 'team') throw new Error('brokering');\nif (createAdvisor().getState().results.criteria.verdict.id !== 'insufficient-information') throw new Error('advisor');\nimport { buildReport, renderText, decisionRecord, readDecisionRecord } from '@coproduce/rules/report';\nconst rep = renderText(buildReport({ results: evaluateAll(examples[0].profile), date: '2026-12-01' }));\nif (!rep.includes('Embedded brokering team')) throw new Error('report');\nif (readDecisionRecord(JSON.stringify(decisionRecord({ criteria: r }))).ruleSets[0].verdict.id !== 'less-emphasis') throw new Error('record');\nconsole.log('esm ok', process.version);\n`);
writeFileSync(join(app, 'cjs.cjs'), `const { evaluate } = require('@coproduce/core');\nconst { criteria, costs } = require('@coproduce/rules');\nconst { messages } = require('@coproduce/rules/i18n');\nconst r = evaluate(costs, { engagementMode: 'partnership', publication: 'partner-approval', stakeholderGroups: 4 });\nif (r.verdict.id !== 'moderate') throw new Error(r.verdict.id);\nif (!messages('fr')['q.controversy.label']) throw new Error('fr');\nconst { buildReport, renderMarkdown } = require('@coproduce/rules/report');\nif (!renderMarkdown(buildReport({ results: { costs: r }, locale: 'fr' })).startsWith('# ')) throw new Error('report cjs');\nconsole.log('cjs ok', process.version, criteria.id);\n`);
const node20 = process.env.npm_node_execpath && existsSync(process.env.npm_node_execpath) ? process.env.npm_node_execpath : '/usr/bin/node';
for (const [label, bin] of [['toolchain Node', process.execPath], ['system Node', node20]]) {
  step(`Node ESM under the ${label}`, () => sh(bin, ['esm.mjs'], app));
  step(`Node CJS under the ${label}`, () => sh(bin, ['cjs.cjs'], app));
}

// The packed CLI, as `npx coproduce` would run it, under both Nodes.
writeFileSync(join(app, 'projects.csv'), 'controversy,decisionSpace,stakeholders\ncontested,yes,policy-makers;practitioners\n"widely-supported",no,\n');
for (const [label, bin] of [['toolchain Node', process.execPath], ['system Node', node20]]) {
  const cli = join(app, 'node_modules/@coproduce/cli/dist/cli.js');
  step(`coproduce --help under the ${label}`, () => {
    const out = sh(bin, [cli, '--help'], app);
    if (!/assess/.test(out) || !/screen/.test(out)) throw new Error(out);
    return out.split('\n')[0];
  });
  step(`coproduce assess and screen under the ${label}`, () => {
    const records = JSON.parse(sh(bin, [cli, 'assess', '--example', 'all', '--format', 'json'], app));
    if (!Array.isArray(records) || records.length === 0) throw new Error('no decision records');
    const rows = sh(bin, [cli, 'screen', 'projects.csv', '--jobs', '2', '-q'], app).trim().split('\n');
    if (rows.length !== 3) throw new Error(rows.join('\n'));
    return `${records.length} records, ${rows.length - 1} rows screened`;
  });
}

writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, jsx: 'react-jsx', lib: ['ES2022', 'DOM'] }, include: ['src'] }, null, 2));
writeFileSync(join(app, 'src', 'consumer.ts'), `import { evaluate, type AnswersFor } from '@coproduce/core';\nimport { criteria } from '@coproduce/rules';\ntype A = AnswersFor<typeof criteria>;\nconst ok: A = { controversy: 'contested', decisionSpace: true, motivations: ['political'] };\nexport const verdict: string = evaluate(criteria, ok).verdict.id;\nimport { buildReport, renderHtml, type Report } from '@coproduce/rules/report';\nexport const report: Report = buildReport({ results: { criteria: evaluate(criteria, ok) }, locale: 'fr' });\nexport const html: string = renderHtml(report, { standalone: true });\n// @ts-expect-error: "sometimes" is not an answer to "controversy"\nevaluate(criteria, { controversy: 'sometimes' });\n// @ts-expect-error: decisionSpace is a boolean\nevaluate(criteria, { decisionSpace: 'yes' });\n`);
step('TypeScript consumer type-checks, and wrong answers fail to compile', () => sh(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app));
writeFileSync(join(app, 'src', 'wrong.ts'), `import { evaluate } from '@coproduce/core';\nimport { criteria } from '@coproduce/rules';\nevaluate(criteria, { controversy: 'sometimes' });\n`);
step('a wrong answer type is a compile error', () => {
  try {
    sh(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
  } catch (e) {
    if (String(e.stdout).includes('wrong.ts')) return 'tsc rejected src/wrong.ts';
    throw e;
  }
  throw new Error('tsc accepted a wrong answer');
});

writeFileSync(join(app, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>c</title></head><body><coproduce-advisor></coproduce-advisor><script type="module" src="/src/main.js"></script></body></html>');
writeFileSync(join(app, 'src', 'main.js'), `import '@coproduce/react/coproduce-advisor.js';\nimport { evaluate } from '@coproduce/core';\nimport { criteria } from '@coproduce/rules/criteria/v1';\nconsole.log(evaluate(criteria, {}).verdict.id);\n`);
step('Vite browser build', () => sh(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], app));

// --- Bundle checks on the built packages -------------------------------------------------
const { build } = await import('esbuild');
const { gzipSync } = await import('node:zlib');
const bundle = async (code) => {
  const file = join(work, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(file, code);
  const r = await build({ entryPoints: [file], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent', nodePaths: [join(here, 'node_modules')], external: ['react', 'react-dom', 'react/jsx-runtime'] });
  const bytes = r.outputFiles[0].contents;
  return { text: Buffer.from(bytes).toString('utf8'), gz: gzipSync(bytes, { level: 9 }).length };
};
for (const [key, id, others] of [['criteria', 'coproduction-criteria', ['brokering-model', 'coproduction-costs']], ['costs', 'coproduction-costs', ['brokering-model', 'coproduction-criteria']], ['brokering', 'brokering-model', ['coproduction-costs', 'coproduction-criteria']]]) {
  const b = await bundle(`export { ${key} } from '@coproduce/rules/${key}/v1';`);
  step(`importing @coproduce/rules/${key}/v1 pulls in no other rule set`, () => {
    if (!b.text.includes(id)) throw new Error(`${id} missing from its own bundle`);
    const leaked = others.filter((o) => b.text.includes(o));
    if (leaked.length) throw new Error(`bundle also contains ${leaked.join(', ')}`);
    return `${(b.gz / 1024).toFixed(1)} KB min+gzip with core`;
  });
}
// Regression budgets at today's sizes plus about 2 KB (KB, min + gzip). The performance
// issue's targets (12 KB and 45 KB) are not met: the English text of the three rule sets
// alone is about 22 KB gzipped (see the note on the docs Performance page). These stop
// things getting worse meanwhile; lower them whenever a change makes the bundles smaller.
const budgets = [
  // Rule-set format 2 (no clear fit, band conditions, flag counts, notes) added about 1 KB to
  // core; the 2.0.0 rule sets carry more text (notes, caveats, the guidance text of each
  // citation, about 8 KB: the guidance catalogue now ships with them) than 1.0.0. Issue 16's
  // evaluate speed-up (what-if bounds, per-rule-set tables) added about 0.7 KB to core.
  ['core', "export { evaluate, defineRuleSet, loadRuleSet } from '@coproduce/core';", 25],
  ['core + all rule sets (English)', "export { evaluate } from '@coproduce/core'; export { criteria } from '@coproduce/rules/criteria/v2'; export { costs } from '@coproduce/rules/costs/v2'; export { brokering } from '@coproduce/rules/brokering/v2';", 55],
];
for (const [name, code, kb] of budgets) {
  const b = await bundle(code);
  step(`size budget: ${name} <= ${kb} KB`, () => {
    if (b.gz > kb * 1024) throw new Error(`${(b.gz / 1024).toFixed(1)} KB > ${kb} KB`);
    return `${(b.gz / 1024).toFixed(1)} KB`;
  });
}
const element = readFileSync(join(root, 'packages/react-widget/dist/coproduce-advisor.js'));
// 97 KB since the guided flow and the Report view (issue 12): the shared report module (its
// wording in English and French, Markdown/HTML/DOM renderers, decision records) is ~9 KB of it.
// 106 KB since rule sets 2.0.0 (issue 11): every citation now carries the guidance text it
// encodes, so the guidance catalogue (English; French was in already) ships with the rule
// sets, and the rule sets carry their notes and caveats. Issue 16 moves French to a pack.
// 118 KB since team mode (issue 15): group evaluation, the Team view and the team report,
// about 11 KB; loading them only for mode="team" is a candidate for issue 16. 122 KB with the
// reviewer's re-check of a saved record (the rule-set changelogs ship with it), about 4 KB.
// 123 KB with issue 16's evaluate speed-up (what-if bounds and per-rule-set tables), about
// 0.7 KB of core; issue 16's own size targets (zod and French out) take it far below.
step('size budget: standalone element <= 123 KB', () => {
  const gz = gzipSync(element, { level: 9 }).length;
  if (gz > 123 * 1024) throw new Error(`${(gz / 1024).toFixed(1)} KB > 123 KB`);
  return `${(gz / 1024).toFixed(1)} KB`;
});

console.log(`consumer: ${passed} passed, ${failed} failed`);
// Same shape as vitest's JSON report, so the root summary counts these checks too.
writeFileSync(join(here, 'test-results.json'), JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numPendingTests: 0 }));
process.exit(failed ? 1 : 0);
