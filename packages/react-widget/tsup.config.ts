import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
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
/**
 * V8's compile hint for a file whose functions nearly all run on load (Chromium 136+; other
 * engines read a comment): it compiles them on the background thread while the file is
 * parsed, instead of one by one on the main thread at first call. The element compiles its
 * rule sets, evaluates them and draws the form on load: measured in Chromium (15 fresh
 * loads), the controller's start went from 30-39 to 17-24 ms and drawing from 11 to 6-10 ms,
 * for 0-9 ms more before the element is defined. Not for the siblings, loaded when used.
 */
const calledOnLoad = { js: '//# allFunctionsCalledOnLoad' };
const quiet = (options: { logOverride?: Record<string, unknown>; charset?: 'utf8' | 'ascii' }) => {
  options.logOverride = { ...options.logOverride, 'ignored-bare-import': 'silent' };
  // Accented text as UTF-8, not \xE9 escapes (a third smaller for French); module scripts are always UTF-8.
  options.charset = 'utf8';
};

type Build = {
  esbuild: { build: (o: Record<string, unknown>) => Promise<{ metafile: { outputs: Record<string, { entryPoint?: string; exports: string[]; inputs: Record<string, { bytesInOutput: number }> }> } }> };
  onResolve: (o: { filter: RegExp; namespace?: string }, cb: (a: { path: string; kind: string; importer: string }) => { path: string; external?: boolean; namespace?: string } | undefined) => void;
  onLoad: (o: { filter: RegExp; namespace?: string }, cb: (a: { path: string }) => Promise<{ contents: string; loader: string; resolveDir: string } | undefined> | { contents: string; loader: string; resolveDir: string } | undefined) => void;
};
const widget = process.cwd();
const packages = resolve(widget, '..');
const version = (JSON.parse(readFileSync(join(widget, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The standalone element's sibling files, each loaded by a dynamic import, resolved against the
 * element's own URL (same origin, so `script-src 'self'` holds):
 * - `coproduce-advisor.fr.js`: the French pack (both dynamic imports of one, the widget's and the rules'), without team mode's words, which `coproduce-advisor.team.js` carries;
 * - `coproduce-advisor.schemas.js`: the document schemas (see `src/element/schemas-pack.ts`);
 * - `coproduce-advisor.team.js`: team mode (`src/element/team-pack.ts`, and the controller's team evaluation);
 * - `coproduce-advisor.recheck.js`: the re-check of a saved record (`src/element/recheck-pack.ts`);
 * - `coproduce-advisor.exports.js`: the HTML export (`src/element/export-pack.ts`).
 */
const siblingOf: [RegExp, string][] = [
  [/((^|\/)i18n\/fr(\.js|\.ts)?|^\.\/fr\/index)$/, 'coproduce-advisor.fr.js'],
  [/\/schemas-pack$/, 'coproduce-advisor.schemas.js'],
  [/\/(team-pack|team-support)$/, 'coproduce-advisor.team.js'],
  [/\/recheck-pack$/, 'coproduce-advisor.recheck.js'],
  [/\/export-pack$/, 'coproduce-advisor.exports.js'],
];
const siblings = {
  name: 'sibling-files',
  setup(build: Build) {
    for (const [filter, file] of siblingOf) build.onResolve({ filter }, (a) => (a.kind === 'dynamic-import' ? { path: `./${file}`, external: true } : undefined));
  },
};

/** The packages' sources, for the element and the siblings that share its modules (so both see the same files). */
const rulesEntries: Record<string, string> = { '': 'index.ts', '/report': 'report/index.ts', '/i18n': 'i18n/index.ts', '/i18n/fr': 'i18n/fr/index.ts', '/changelog': 'changelog.ts', '/catalogue': 'catalogue.ts', '/schemas': 'profile-schema.ts', '/examples': 'examples.ts', '/published': 'published.ts' };
for (const k of ['criteria', 'costs', 'brokering']) for (const v of ['v1', 'v2']) rulesEntries[`/${k}/${v}`] = `${k}/${v}.ts`;
const coreEntries: Record<string, string> = { '': 'index.ts', '/evaluation': 'evaluation.ts', '/schemas': 'schemas.ts' };
const fromSource = {
  name: 'packages-from-source',
  setup(build: Build) {
    build.onResolve({ filter: /^@coproduce\/(core|rules)(\/.*)?$/ }, (a) => {
      const [, pkg, sub = ''] = /^@coproduce\/(core|rules)(\/.*)?$/.exec(a.path)!;
      const file = (pkg === 'core' ? coreEntries : rulesEntries)[sub];
      if (!file) throw new Error(`tsup.config.ts: no source entry for ${a.path}`);
      return { path: join(packages, pkg!, 'src', file) };
    });
  },
};

/**
 * The siblings that carry logic (team, re-check, HTML export) take every module they share
 * with the element from the element itself, so nothing is downloaded or evaluated twice: the
 * element puts those modules on `globalThis` under a symbol named with this version (like the
 * locale-pack registry), and in a sibling each of them is a stub reading that. Which modules
 * are shared is measured, not listed: the modules of each sibling that the element's bundle
 * also carries. A sibling of another version, or loaded without the element, fails to load
 * with a plain error, which the element reports as "could not be loaded" (answers kept).
 */
const KIT = `@coproduce/react/element-kit@${version}`;
/** The symbol's name: the version and a digest of what is handed over, so a sibling from another build is refused. */
const kitKey = async (esbuild: Build['esbuild']) => `${KIT}#${createHash('sha256').update(JSON.stringify([...(await measureShared(esbuild)).used].map(([f, names]) => [kitId(f), names]))).digest('hex').slice(0, 12)}`;
const kitSiblings = ['src/element/team-pack.ts', 'src/element/recheck-pack.ts', 'src/element/export-pack.ts'];
/** Shared module (absolute path) → export names: all of them (`names`), and those the siblings use (`used`). */
type Shared = Map<string, string[]>;
let sharedModules: Promise<{ names: Shared; used: Shared }> | undefined;
function measureShared(esbuild: Build['esbuild']): Promise<{ names: Shared; used: Shared }> {
  return (sharedModules ??= (async () => {
    const common = { bundle: true, write: false, metafile: true, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'silent', absWorkingDir: widget, minify: true };
    const inputs = async (entry: string, plugins: unknown[]) => {
      const r = await esbuild.build({ ...common, entryPoints: [entry], plugins });
      return new Map(Object.entries(Object.values(r.metafile.outputs)[0]!.inputs).map(([k, v]) => [k.startsWith('element-kit-export:') ? k : resolve(widget, k), v.bytesInOutput]));
    };
    const element = await inputs('src/element.ts', [siblings, fromSource]);
    const shared = new Set<string>();
    // A module counts when both bundles keep code of it (not a bare re-export, not tree-shaken away).
    for (const entry of kitSiblings) for (const [file, bytes] of await inputs(entry, [siblings, fromSource])) if (bytes > 0 && (element.get(file) ?? 0) > 0) shared.add(file);
    // Each shared module's export names, from a split build with one entry per module.
    const r = await esbuild.build({ ...common, minify: false, entryPoints: [...shared].sort(), splitting: true, outdir: join(widget, 'dist/.kit'), plugins: [siblings, fromSource] });
    const names: Shared = new Map();
    for (const o of Object.values(r.metafile.outputs)) if (o.entryPoint) names.set(resolve(widget, o.entryPoint), o.exports);
    // Which of those names the siblings use: each name is a module of its own in a sibling, so
    // the names tree-shaking keeps are the ones used, and the element hands over only those.
    const used: Shared = new Map();
    for (const entry of kitSiblings)
      for (const [key, bytes] of await inputs(entry, [siblings, kitGuest(async () => names, async () => KIT), fromSource])) {
        if (!key.startsWith('element-kit-export:') || bytes === 0) continue;
        const [id, name] = key.slice(key.indexOf(KIT_PREFIX) + KIT_PREFIX.length).split('#') as [string, string];
        const file = join(packages, id);
        if (!used.get(file)?.includes(name)) used.set(file, [...(used.get(file) ?? []), name]);
      }
    // KIT_DEBUG=1 prints what is handed over (module, its size in the element, the names).
    if (process.env.KIT_DEBUG) for (const [f, n] of used) console.log('kit', element.get(f), relative(packages, f), n.join(' '));
    return { names, used };
  })());
}
const KIT_PREFIX = 'coproduce:kit/';
const kitId = (file: string) => relative(packages, file).split(sep).join('/');
/** In the files, a shared module is named by its place among them all (short; the symbol's digest pins the build). */
const kitIndex = (all: Shared, id: string) => [...all.keys()].map(kitId).sort().indexOf(id);
/** In the element: hand the shared modules' used exports to the siblings. */
const kitHost = {
  name: 'element-kit-host',
  setup(build: Build) {
    const entry = resolve(widget, 'src/element.ts');
    build.onLoad({ filter: /[\\/]src[\\/]element\.ts$/ }, (a) => (a.path === entry ? { contents: `${readFileSync(entry, 'utf8')}\nimport 'coproduce:element-kit';\n`, loader: 'ts', resolveDir: dirname(entry) } : undefined));
    build.onResolve({ filter: /^coproduce:element-kit$/ }, () => ({ path: 'element-kit', namespace: 'element-kit' }));
    build.onLoad({ filter: /.*/, namespace: 'element-kit' }, async () => {
      const { names: all, used: usedMap } = await measureShared(build.esbuild);
      const used = [...usedMap];
      const imports = used.map(([f, names], i) => `import { ${names.map((n) => `${n} as m${i}_${n}`).join(', ')} } from ${JSON.stringify(f)};`).join('\n');
      const table = used.map(([f, names], i) => `${kitIndex(all, kitId(f))}: { ${names.map((n) => `${n}: m${i}_${n}`).join(', ')} }`).join(',\n');
      return { contents: `${imports}\nglobalThis[Symbol.for(${JSON.stringify(await kitKey(build.esbuild))})] ??= Object.freeze({\n${table}\n});\n`, loader: 'js', resolveDir: widget };
    });
  },
};
/** In a sibling: each module the element carries is read from it, one export at a time. */
const kitGuest = (shared: () => Promise<Shared>, kitKey: () => Promise<string>) => ({
  name: 'element-kit-guest',
  setup(build: Build) {
    build.onResolve({ filter: /^coproduce:element-kit-client$/ }, () => ({ path: 'element-kit-client', namespace: 'element-kit-client' }));
    build.onLoad({ filter: /.*/, namespace: 'element-kit-client' }, async () => ({
      contents: `export function kitExport(id, name) {\n  const m = globalThis[Symbol.for(${JSON.stringify(await kitKey())})]?.[id];\n  if (!m || !(name in m)) throw new Error(${JSON.stringify(`coproduce-advisor: this file is part of the standalone element ${version} and needs coproduce-advisor.js of the same version, beside it and loaded first`)});\n  return m[name];\n}\n`,
      loader: 'js',
      resolveDir: widget,
    }));
    build.onResolve({ filter: /^coproduce:kit\// }, (a) => ({ path: a.path, namespace: 'element-kit-export' }));
    build.onLoad({ filter: /.*/, namespace: 'element-kit-export' }, async (a) => {
      const [path, name] = a.path.slice(KIT_PREFIX.length).split('#') as [string, string];
      const id = kitIndex(await shared(), path);
      // Pure: a name no code of the sibling uses is dropped, which is how the used names are measured.
      return { contents: `import { kitExport } from 'coproduce:element-kit-client';\n${name === 'default' ? 'export default' : `export const ${name} =`} /* @__PURE__ */ kitExport(${JSON.stringify(id)}, ${JSON.stringify(name)});\n`, loader: 'js', resolveDir: widget };
    });
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (a) => {
      const names = (await shared()).get(a.path);
      if (!names) return undefined;
      return { contents: names.map((n) => `export { ${n} } from ${JSON.stringify(`${KIT_PREFIX}${kitId(a.path)}#${n}`)};`).join('\n'), loader: 'js', resolveDir: dirname(a.path) };
    });
  },
});
const kitGuestBuilt = {
  name: 'element-kit-guest',
  setup(build: Build) {
    kitGuest(async () => (await measureShared(build.esbuild)).names, () => kitKey(build.esbuild)).setup(build);
  },
};

/**
 * The element's stylesheet minified at build time (the standalone builds): `styles.ts` keeps
 * readable CSS with comments; the file ships about 2 KB less of it. Each template literal is
 * minified as CSS, its `${…}` interpolations kept in place through unique custom properties.
 */
const minifiedStyles = {
  name: 'minified-styles',
  setup(build: Build & { esbuild: { transform: (code: string, o: Record<string, unknown>) => Promise<{ code: string }> } }) {
    build.onLoad({ filter: /[\\/]src[\\/]element[\\/]styles\.ts$/ }, async (a) => {
      let source = readFileSync(a.path, 'utf8');
      const literals = [...source.matchAll(/`([^`]*)`/g)];
      for (const [whole, body] of literals.reverse()) {
        const slots: string[] = [];
        const marked = body!.replace(/\$\{(\w+)\}/g, (_, name: string) => `--coproduce-slot-${slots.push(name) - 1}:0`);
        // A list of declarations (the dark theme's variables) is minified inside a rule.
        const bare = !/[{}]/.test(marked);
        let min = (await build.esbuild.transform(bare ? `a{${marked}}` : marked, { loader: 'css', minify: true, charset: 'utf8' })).code.trim();
        if (bare) min = min.replace(/^a\{|\}$/g, '');
        min = min.replace(/--coproduce-slot-(\d+):0;?/g, (_, i: string) => `\${${slots[Number(i)]}};`);
        min = min.replace(/\\/g, '\\\\');
        if (min.includes('`') || min.includes('--coproduce-slot-')) throw new Error('styles.ts: could not minify a template literal safely');
        const at = source.lastIndexOf(whole);
        source = `${source.slice(0, at)}\`${min}\`${source.slice(at + whole.length)}`;
      }
      return { contents: source, loader: 'ts', resolveDir: dirname(a.path) };
    });
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
  // The standalone element: one ES module file for any page, English only, built from the
  // packages' sources so its siblings can share its modules. French loads from its sibling when
  // chosen, the document schemas when a host passes a document, team mode, the re-check and
  // the HTML export when used.
  { ...standalone, entry: { 'coproduce-advisor': 'src/element.ts' }, banner: calledOnLoad, esbuildOptions: quiet, esbuildPlugins: [siblings, kitHost, minifiedStyles, fromSource] },
  { ...standalone, entry: { 'coproduce-advisor.team': 'src/element/team-pack.ts' }, esbuildOptions: quiet, esbuildPlugins: [siblings, kitGuestBuilt, fromSource] },
  { ...standalone, entry: { 'coproduce-advisor.recheck': 'src/element/recheck-pack.ts' }, esbuildOptions: quiet, esbuildPlugins: [siblings, kitGuestBuilt, fromSource] },
  { ...standalone, entry: { 'coproduce-advisor.exports': 'src/element/export-pack.ts' }, esbuildOptions: quiet, esbuildPlugins: [siblings, kitGuestBuilt, fromSource] },
  // The document schemas (zod), for rule-set documents of a host's own: a copy of their own
  // (plain data crosses back), so they share nothing with the element.
  { ...standalone, entry: { 'coproduce-advisor.schemas': 'src/element/schemas-pack.ts' }, esbuildOptions: quiet },
  // Its French pack: the rules' French, the widget's French, and the registry they share.
  { ...standalone, entry: { 'coproduce-advisor.fr': 'src/element/fr-pack.ts' }, esbuildOptions: quiet },
  // The one-file element, French, the schemas and every pack included: no sibling loads.
  { ...standalone, entry: { 'coproduce-advisor.all': 'src/element-all.ts' }, banner: calledOnLoad, esbuildOptions: quiet, esbuildPlugins: [minifiedStyles] },
]);
