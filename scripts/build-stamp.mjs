// A fingerprint of the sources the demo runs (core, rules, CLI), so that `pnpm demo` builds
// only when they changed. `pnpm run build` records it too (node build-stamp.mjs --write), so
// the demo after a full build (e.g. inside the test command) never rebuilds under running tests.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const inputs = ['packages/core', 'packages/rules', 'packages/cli'];
const stampFile = join(root, 'node_modules/.cache/coproduce-demo/build-stamp');

function files(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', 'test'].includes(e.name) || e.name.startsWith('.') || e.name === 'test-results.json') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

export function sourcesStamp() {
  const hash = createHash('sha256');
  for (const f of inputs.flatMap((d) => files(join(root, d))).sort()) hash.update(`${f}\0`).update(readFileSync(f)).update('\0');
  return hash.digest('hex');
}

/** True when every package the demo needs is built from the current sources. */
export function builtFromCurrentSources() {
  return inputs.every((d) => existsSync(join(root, d, 'dist'))) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sourcesStamp();
}

export function writeStamp() {
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, sourcesStamp());
}

if (process.argv[2] === '--write') writeStamp();
