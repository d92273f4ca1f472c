import { defineConfig } from 'tsup';

// One entry per rule-set version, so importing one rule set does not pull in the others,
// and published versions stay importable by path (e.g. `@coproduce/rules/criteria/v1`).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'criteria/v1': 'src/criteria/v1.ts',
    'costs/v1': 'src/costs/v1.ts',
    'brokering/v1': 'src/brokering/v1.ts',
    'criteria/v2': 'src/criteria/v2.ts',
    'costs/v2': 'src/costs/v2.ts',
    'brokering/v2': 'src/brokering/v2.ts',
    i18n: 'src/i18n/index.ts',
    // Locale packs: words only, loaded on demand by loadLocale (or imported to register).
    'i18n/fr': 'src/i18n/fr/index.ts',
    // Heavy or rarely needed data, kept out of the main entry.
    examples: 'src/examples.ts',
    changelog: 'src/changelog.ts',
    catalogue: 'src/catalogue.ts',
    report: 'src/report/index.ts',
    published: 'src/published.ts',
    schemas: 'src/profile-schema.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
});
