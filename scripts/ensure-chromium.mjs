// The widget's end-to-end tests drive Debian's Chromium through playwright-core (never a
// downloaded browser). On a fresh machine of ours (root, Debian) this installs it; elsewhere
// it says what to do. CHROMIUM_PATH points the tests at another Chromium.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && existsSync('/usr/bin/apt-get')) {
  console.log('ensure-chromium: installing Debian chromium for the browser tests (apt-get, about a minute)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (existsSync(path)) process.exit(0);
}
console.error(`ensure-chromium: no Chromium at ${path}. Install Debian's "chromium" package (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`);
process.exit(1);
