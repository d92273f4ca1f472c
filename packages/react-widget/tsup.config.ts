import { defineConfig, type Options } from 'tsup';

// The standalone builds bundle everything. @coproduce/rules/dist/i18n.js starts with bare
// imports of shared chunks (esbuild keeps them for evaluation order). The package is
// side-effect free apart from its locale packs, so dropping them is correct, and esbuild's
// warning about it is noise on every build.
const standalone: Options = {
  format: ['esm'],
  dts: false,
  clean: false,
  minify: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'browser',
  noExternal: [/.*/],
  // One file per entry: a dynamic import is either the sibling pack file or inlined.
  splitting: false,
};
const quiet = (options: { logOverride?: Record<string, unknown>; charset?: 'utf8' | 'ascii' }) => {
  options.logOverride = { ...options.logOverride, 'ignored-bare-import': 'silent' };
  // Accented text as UTF-8, not \xE9 escapes (a third smaller for French); module scripts are always UTF-8.
  options.charset = 'utf8';
};

/**
 * In the standalone element, the French pack is the sibling file `coproduce-advisor.fr.js`:
 * both dynamic imports of a French pack (the widget's and the rules') become a relative
 * import of it, resolved against the element's own URL (same origin, so `script-src 'self'`
 * holds), and the pack stays out of the element.
 */
const frenchSibling = {
  name: 'french-pack-sibling',
  setup(build: { onResolve: (o: { filter: RegExp }, cb: (a: { path: string; kind: string }) => { path: string; external: boolean } | undefined) => void }) {
    build.onResolve({ filter: /(^|\/)i18n\/fr(\.js|\.ts)?$/ }, (a) => (a.kind === 'dynamic-import' ? { path: './coproduce-advisor.fr.js', external: true } : undefined));
  },
};

/** The document schemas in the standalone element: the sibling `coproduce-advisor.schemas.js` (see `src/element/schemas-pack.ts`). */
const schemasSibling = {
  name: 'schemas-sibling',
  setup(build: { onResolve: (o: { filter: RegExp }, cb: (a: { path: string; kind: string }) => { path: string; external: boolean } | undefined) => void }) {
    build.onResolve({ filter: /\/schemas-pack$/ }, (a) => (a.kind === 'dynamic-import' ? { path: './coproduce-advisor.schemas.js', external: true } : undefined));
  },
};

export default defineConfig([
  // Library entries: React stays external (a peer dependency); core and rules are dependencies.
  {
    entry: { index: 'src/index.ts', controller: 'src/controller-entry.ts', element: 'src/element.ts', 'i18n/fr': 'src/i18n/fr.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    external: ['react', 'react-dom', '@coproduce/core', '@coproduce/rules'],
  },
  // The standalone element: one ES module file for any page, English only; French loads from
  // its sibling when chosen, the document schemas from theirs when a host passes a document.
  { ...standalone, entry: { 'coproduce-advisor': 'src/element.ts' }, esbuildOptions: quiet, esbuildPlugins: [frenchSibling, schemasSibling] },
  // The document schemas (zod), for rule-set documents of a host's own.
  { ...standalone, entry: { 'coproduce-advisor.schemas': 'src/element/schemas-pack.ts' }, esbuildOptions: quiet },
  // Its French pack: the rules' French, the widget's French, and the registry they share.
  { ...standalone, entry: { 'coproduce-advisor.fr': 'src/i18n/fr.ts' }, esbuildOptions: quiet },
  // The one-file element, French and the schemas included: no sibling loads.
  { ...standalone, entry: { 'coproduce-advisor.all': 'src/element-all.ts' }, esbuildOptions: quiet },
]);
