import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Polls wait up to 10 s: the shared machine can be slow, and a poll that passes later is still a pass.
  test: { include: ['test/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000, expect: { poll: { timeout: 10_000 } } },
});
