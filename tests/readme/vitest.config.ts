import { defineConfig } from 'vitest/config';

// Snippets run as subprocesses; the shell blocks run the demo and pack the packages.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], environment: 'node', testTimeout: 240_000, hookTimeout: 240_000 },
});
