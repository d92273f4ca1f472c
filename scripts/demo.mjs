#!/usr/bin/env node
// `pnpm demo`: install on first run and build only when sources changed, both quietly (their
// log is shown only if they fail), then `coproduce assess` on the worked examples. Standard
// output carries the report alone, so `pnpm demo -- --json > out.json` is valid JSON.
//   pnpm demo                                 all worked examples
//   pnpm demo -- --example telehealth-evaluation
//   pnpm demo -- --profile my-project.json    your own answers (or: pnpm demo -- my-project.json)
//   pnpm demo -- --json | --locale fr | --detail | --format md   any `coproduce assess` option
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtFromCurrentSources, writeStamp } from './build-stamp.mjs';

const root = new URL('..', import.meta.url).pathname;
const say = (s) => process.stderr.write(`demo: ${s}\n`);

/** pnpm itself, as it started us (so no global pnpm is needed). */
function pnpm(args, what) {
  const exec = process.env.npm_execpath;
  const [cmd, pre] = exec && /\.c?js$/.test(exec) ? [process.execPath, [exec]] : ['pnpm', []];
  const r = spawnSync(cmd, [...pre, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    say(`${what} failed (log above)`);
    process.exit(r.status || 1);
  }
}

// 1. Install, only when node_modules is missing or older than the lockfile.
const modules = join(root, 'node_modules/.modules.yaml');
if (!existsSync(modules) || statSync(modules).mtimeMs < statSync(join(root, 'pnpm-lock.yaml')).mtimeMs) {
  say('installing dependencies (first run; about a minute)…');
  pnpm(['install', '--frozen-lockfile', '--reporter=silent'], 'install');
}

// 2. Build core, rules and the CLI, only when their sources changed since the last build.
if (!builtFromCurrentSources()) {
  say('building (sources changed)…');
  pnpm(['--filter', '@coproduce/cli...', 'run', 'build'], 'build');
  writeStamp();
}

// 3. The report: `coproduce assess`, with the demo's older flags mapped onto its options.
const args = process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--'));
const assess = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--json') assess.push('--format', 'json');
  else if (args[i] === '--profile') assess.push(args[++i] ?? '');
  else assess.push(args[i]);
}
const positional = assess.some((a, i) => !a.startsWith('-') && !['--format', '--locale', '--rule-sets', '--name', '--date', '--example'].includes(assess[i - 1]));
if (!positional && !assess.includes('--example')) assess.push('--example', 'all');
const r = spawnSync(process.execPath, [join(root, 'packages/cli/dist/cli.js'), 'assess', ...assess], { stdio: 'inherit' });
process.exit(r.status ?? 1);
