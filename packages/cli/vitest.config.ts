import { defineConfig } from 'vitest/config';

// The tests run the built CLI as a subprocess; some screen thousands of rows.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
});
