import { defineConfig } from 'vite';

// No React plugin needed: Vite compiles JSX itself. The advisor makes no network requests.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  // React, zod and the cited rule sets with both languages: about 560 kB before gzip.
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 800 },
  logLevel: 'warn',
});
