import { defineConfig } from 'tsup';

export default defineConfig([
  // Library entries: React stays external (a peer dependency); core and rules are dependencies.
  {
    entry: { index: 'src/index.ts', controller: 'src/controller-entry.ts', element: 'src/element.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    external: ['react', 'react-dom', '@coproduce/core', '@coproduce/rules'],
  },
  // The standalone element: one ES module file with everything included, for any page.
  {
    entry: { 'coproduce-advisor': 'src/element.ts', 'coproduce-advisor.schemas': 'src/element/schemas-pack.ts' },
    format: ['esm'],
    // Each file self-contained: the element, and beside it the document schemas it imports
    // only when a host passes a rule-set document of its own.
    splitting: false,
    esbuildPlugins: [
      {
        name: 'schemas-beside-the-element',
        setup(b) {
          b.onResolve({ filter: /\/schemas-pack$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './coproduce-advisor.schemas.js', external: true } : undefined));
        },
      },
    ],
    dts: false,
    clean: false,
    minify: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
    // @coproduce/rules/dist/i18n.js starts with bare imports of shared chunks (esbuild keeps
    // them for evaluation order). The package is side-effect free ("sideEffects": false), so
    // dropping them is correct, and esbuild's warning about it is noise on every build.
    esbuildOptions(options) {
      options.logOverride = { ...options.logOverride, 'ignored-bare-import': 'silent' };
    },
  },
]);
