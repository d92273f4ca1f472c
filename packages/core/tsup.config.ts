import { defineConfig } from 'tsup';

export default defineConfig({
  // Code splitting keeps the evaluation code and the zod code in separate chunks: a bundle
  // that imports only `evaluate` from the main entry drops the zod chunk (the package is
  // side-effect free), and `@coproduce/core/evaluation` loads no zod at all (for Node, which
  // drops nothing).
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
