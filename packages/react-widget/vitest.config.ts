import { defineConfig } from 'vitest/config';
import { hasChromium } from '../../scripts/chromium.mjs';

// Without Chromium the browser (e2e) tests are left out, so the unit tests still run; the
// test command then fails at the end with one line saying how to get Chromium.
export default defineConfig({
  test: { include: ['test/**/*.test.{ts,tsx}'], exclude: hasChromium() ? [] : ['test/**/*.e2e.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 60_000 },
});
