// Browser bundle sizes (minified + gzip), measured by bundling small entry files with esbuild.
// With code splitting, as a bundler does: a figure counts what a page downloads when it imports
// the entry (the entry chunk and its static imports), not a pack behind a dynamic import.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const entries = {
  'core (evaluate, defineRuleSet, loadRuleSet)': "export { evaluate, defineRuleSet, loadRuleSet } from '@coproduce/core';",
  'core + criteria rule set': "export { evaluate } from '@coproduce/core'; export { criteria } from '@coproduce/rules/criteria/v1';",
  'core + all three rule sets (English)': "export { evaluate } from '@coproduce/core'; export { criteria } from '@coproduce/rules/criteria/v1'; export { costs } from '@coproduce/rules/costs/v1'; export { brokering } from '@coproduce/rules/brokering/v1';",
  "import * from '@coproduce/rules' with core (French loads on demand)": "import * as r from '@coproduce/rules'; console.log(r);",
  "French pack ('@coproduce/rules/i18n/fr')": "import '@coproduce/rules/i18n/fr';",
  '@coproduce/react entry (React excluded)': "export { CoproductionAdvisor, useAssessment } from '@coproduce/react';",
};

export async function measureSizes() {
  const dir = new URL('./.generated/sizes/', import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  const rows = [];
  for (const [name, code] of Object.entries(entries)) {
    const file = `${dir}${rows.length}.js`;
    writeFileSync(file, code);
    const r = await build({ entryPoints: [file], bundle: true, minify: true, format: 'esm', platform: 'browser', splitting: true, outdir: `${dir}out-${rows.length}`, write: false, metafile: true, absWorkingDir: dir, external: ['react', 'react-dom', 'react/jsx-runtime'], logLevel: 'silent' });
    const outs = r.metafile.outputs;
    const content = new Map(r.outputFiles.map((f) => [f.path, f.contents]));
    const eager = new Set();
    const walk = (k) => eager.has(k) || (eager.add(k), outs[k].imports.filter((i) => i.kind === 'import-statement' && !i.external).forEach((i) => walk(i.path)));
    walk(Object.keys(outs).find((k) => outs[k].entryPoint));
    const bytes = Buffer.concat([...eager].map((k) => content.get(join(dir, k))));
    rows.push({ name, min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length });
  }
  for (const [name, f] of [
    ['standalone <coproduce-advisor> element (English; French, team mode, the re-check and the HTML export load from siblings)', 'coproduce-advisor.js'],
    ['its French pack (coproduce-advisor.fr.js)', 'coproduce-advisor.fr.js'],
    ['its team mode (coproduce-advisor.team.js)', 'coproduce-advisor.team.js'],
    ['its re-check of a saved record (coproduce-advisor.recheck.js)', 'coproduce-advisor.recheck.js'],
    ['its HTML export (coproduce-advisor.exports.js)', 'coproduce-advisor.exports.js'],
    ['one-file element, French included (coproduce-advisor.all.js)', 'coproduce-advisor.all.js'],
  ]) {
    const b = readFileSync(new URL(`../packages/react-widget/dist/${f}`, import.meta.url));
    rows.push({ name, min: b.length, gz: gzipSync(b, { level: 9 }).length });
  }
  return rows;
}
