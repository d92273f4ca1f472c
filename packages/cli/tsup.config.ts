import { defineConfig } from 'tsup';

// Two entries: the command, and the screening worker it starts in worker threads.
export default defineConfig({
  entry: { cli: 'src/cli.ts', 'screen-worker': 'src/screen/worker.ts' },
  format: ['esm'],
  dts: false,
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  splitting: true,
  banner: { js: '#!/usr/bin/env node' },
});
