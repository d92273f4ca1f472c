import { defineConfig } from 'tsup';

export default defineConfig({
  // `evaluation` and `schemas` are not public entries: with them, code splitting puts the
  // evaluation code and the zod code in separate chunks, so a bundle that imports only
  // `evaluate` from the main entry drops the zod chunk (the package is side-effect free).
  entry: ['src/index.ts', 'src/evaluation.ts', 'src/schemas.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
});
