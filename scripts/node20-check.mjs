// The packages promise Node >= 20, but the toolchain runs on Node 24 (see README). This
// runs the built packages, ESM and CJS, under the Node that launched pnpm (the system
// Node 20 on our machines), so a Node 22+ only API in the output fails CI.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.COPRODUCE_NODE20, process.env.npm_node_execpath, '/usr/bin/node'].filter(Boolean);
const node = candidates.find((p) => existsSync(p) && /\bnode(\.exe)?$/.test(p));
if (!node) {
  console.log('node20-check: no system Node found; skipped (set COPRODUCE_NODE20 to run it)');
  process.exit(0);
}
const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
const major = Number(version.slice(1).split('.')[0]);

const esm = `
  const core = await import('@coproduce/core');
  const rules = await import('@coproduce/rules');
  const { examples } = await import('@coproduce/rules/examples');
  const all = rules.evaluateAll(examples[0].profile);
  for (const r of Object.values(all)) if (!r.verdict.id) throw new Error('no verdict');
  const v2 = await import('@coproduce/rules/criteria/v2');
  if (v2.criteria.hash !== rules.criteria.hash) throw new Error('criteria/v2 differs from the main export');
  // The published 1.0.0 rule set, byte for byte: its hash is its identity.
  const v1 = await import('@coproduce/rules/criteria/v1');
  if (v1.criteria.hash !== '647422fd4cc3a3497405043a88ea9190f0f79adbc2568eb59f9d2f8f1838d3de') throw new Error('criteria/v1 is not the published 1.0.0');
  const i18n = await import('@coproduce/rules/i18n');
  await i18n.loadLocale('fr');
  if (!i18n.messages('fr')['q.controversy.label']) throw new Error('no French');
  const report = await import('@coproduce/rules/report');
  const text = report.renderText(report.buildReport({ results: all, locale: 'fr', date: '2026-12-01' }));
  if (!text.includes('1 décembre 2026')) throw new Error('report: no French date');
  console.log('esm ok', Object.keys(all).join(','), core.sha256Hex('abc').slice(0, 8));
`;
const cjs = `
  const core = require('@coproduce/core');
  const rules = require('@coproduce/rules');
  const { examples } = require('@coproduce/rules/examples');
  const r = core.evaluate(rules.criteria, rules.profileFor(rules.criteria, examples[0].profile));
  if (r.verdict.id !== 'favour') throw new Error('unexpected verdict ' + r.verdict.id);
  const report = require('@coproduce/rules/report');
  const rec = report.readDecisionRecord(JSON.stringify(report.decisionRecord({ criteria: r })));
  if (!report.renderHtml(report.buildReport({ results: { criteria: r } }), { standalone: true }).startsWith('<!doctype html>') || rec.ruleSets[0].hash !== r.ruleSet.hash) throw new Error('report cjs');
  console.log('cjs ok', r.verdict.id);
`;
const cwd = new URL('../packages/rules/', import.meta.url);
const out1 = execFileSync(node, ['--input-type=module', '-e', esm], { cwd, encoding: 'utf8' });
const out2 = execFileSync(node, ['-e', cjs], { cwd, encoding: 'utf8' });
// The CLI, too: its report and a two-job screen (worker threads) under this Node.
const cli = new URL('../packages/cli/dist/cli.js', import.meta.url).pathname;
const record = JSON.parse(execFileSync(node, [cli, 'assess', '--example', 'bristol-km-team', '--format', 'json'], { encoding: 'utf8' }));
if (!record.ruleSets?.length) throw new Error('coproduce assess gave no decision record');
const screened = execFileSync(node, [cli, 'screen', '-', '--input-format', 'jsonl', '--jobs', '2', '-q'], { input: '{"controversy":"contested"}\n{}\n', encoding: 'utf8' }).trim().split('\n');
if (screened.length !== 2) throw new Error(`coproduce screen gave ${screened.length} rows`);
const out3 = `cli ok ${record.ruleSets.map((e) => e.verdict.id).join(',')}\n`;
process.stdout.write(`node20-check under ${version} (${node}):\n${out1}${out2}${out3}`);
if (major < 20) throw new Error(`expected Node >= 20, found ${version}`);
