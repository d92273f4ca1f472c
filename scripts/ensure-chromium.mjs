// The widget's and the docs' browser tests drive Debian's Chromium through playwright-core
// (never a downloaded browser).
//   --install  before the tests: on a fresh machine of ours (root, Debian) install it; never fails,
//              because without Chromium the other tests still run (the browser tests are left out).
//   --check    after the tests: without Chromium, one line saying how to get it, and exit 1.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, hasChromium, howToGetChromium } from './chromium.mjs';

if (process.argv.includes('--check')) {
  if (!hasChromium()) {
    console.error(howToGetChromium);
    process.exit(1);
  }
  process.exit(0);
}
if (hasChromium()) process.exit(0);
const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && existsSync('/usr/bin/apt-get')) {
  console.log('ensure-chromium: installing Debian chromium for the browser tests (apt-get, about a minute)…');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    // reported once, at the end of the run
  }
}
if (!hasChromium()) console.log(`ensure-chromium: no Chromium at ${chromiumPath}; the browser tests are left out and the run will fail at the end.`);
