import { defineConfig } from 'vitest/config';
import { hasChromium } from '../scripts/chromium.mjs';

// The site tests drive Chromium; without it they are left out (the test command then fails
// at the end with one line saying how to get Chromium).
export default defineConfig({
  test: { include: hasChromium() ? ['test/**/*.test.ts'] : [], passWithNoTests: true, environment: 'node', testTimeout: 120_000, hookTimeout: 120_000 },
});
