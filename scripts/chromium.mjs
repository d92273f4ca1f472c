// Where the browser tests find Chromium, shared by the vitest configs and the test command.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = () => existsSync(chromiumPath);
export const howToGetChromium = `Browser tests did not run: no Chromium at ${chromiumPath}. Install Debian's or Ubuntu's "chromium" package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary, then run the tests again.`;
