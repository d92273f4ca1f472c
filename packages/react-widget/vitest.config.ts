import { defineConfig } from 'vitest/config';
import { hasChromium } from '../../scripts/chromium.mjs';

// Without Chromium the browser (e2e) tests are left out, so the unit tests still run; the
// test command then fails at the end with one line saying how to get Chromium.
export default defineConfig({
  // Polls wait up to 10 s: the shared machine can be slow, and a poll that passes later is still a pass.
  test: { include: ['test/**/*.test.{ts,tsx}'], exclude: hasChromium() ? [] : ['test/**/*.e2e.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000, expect: { poll: { timeout: 10_000 } } },
});
