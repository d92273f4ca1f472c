// Browser bundle sizes (minified + gzip), measured by bundling small entry files with esbuild.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const entries = {
  'core (evaluate, defineRuleSet, loadRuleSet)': "export { evaluate, defineRuleSet, loadRuleSet } from '@coproduce/core';",
  'core + criteria rule set': "export { evaluate } from '@coproduce/core'; export { criteria } from '@coproduce/rules/criteria/v1';",
  'core + all three rule sets (English)': "export { evaluate } from '@coproduce/core'; export { criteria } from '@coproduce/rules/criteria/v1'; export { costs } from '@coproduce/rules/costs/v1'; export { brokering } from '@coproduce/rules/brokering/v1';",
  'core + all rule sets + evaluateAll + French': "export { evaluate } from '@coproduce/core'; export { evaluateAll } from '@coproduce/rules'; export { messages } from '@coproduce/rules/i18n';",
  '@coproduce/react entry (React excluded)': "export { CoproductionAdvisor, useAssessment } from '@coproduce/react';",
};

export async function measureSizes() {
  const dir = new URL('./.generated/sizes/', import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  const rows = [];
  for (const [name, code] of Object.entries(entries)) {
    const file = `${dir}${rows.length}.js`;
    writeFileSync(file, code);
    const r = await build({ entryPoints: [file], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, external: ['react', 'react-dom', 'react/jsx-runtime'], logLevel: 'silent' });
    const bytes = r.outputFiles[0].contents;
    rows.push({ name, min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length });
  }
  const element = readFileSync(new URL('../packages/react-widget/dist/coproduce-advisor.js', import.meta.url));
  rows.push({ name: 'standalone <coproduce-advisor> element (everything included)', min: element.length, gz: gzipSync(element, { level: 9 }).length });
  return rows;
}
