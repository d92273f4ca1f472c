// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig, passthroughImageService } from 'astro/config';
import { createStarlightTypeDocPlugin } from 'starlight-typedoc';
import { repo, site } from './site.config.mjs';

const [coreTypeDoc, coreSidebar] = createStarlightTypeDocPlugin();
const [reactTypeDoc, reactSidebar] = createStarlightTypeDocPlugin();
const typedocOptions = { disableSources: true, excludePrivate: true, excludeInternal: true, readme: 'none', skipErrorChecking: true, parametersFormat: 'table', excludeExternals: true };

export default defineConfig({
  site,
  image: { service: passthroughImageService() },
  integrations: [
    starlight({
      title: 'coproduce',
      description: 'When to co-produce research, what it costs, and which knowledge-brokering model fits: cited, versioned rule sets with a typed evaluate() API and an embeddable widget.',
      plugins: [
        coreTypeDoc({ entryPoints: ['../packages/core/src/index.ts'], tsconfig: '../packages/core/tsconfig.json', output: 'api/core', sidebar: { label: '@coproduce/core', collapsed: true }, typeDoc: typedocOptions }),
        reactTypeDoc({ entryPoints: ['../packages/react-widget/src/index.ts'], tsconfig: '../packages/react-widget/tsconfig.json', output: 'api/react', sidebar: { label: '@coproduce/react', collapsed: true }, typeDoc: typedocOptions }),
      ],
      social: [{ icon: 'github', label: 'Source code', href: repo }],
      // Starlight's search button shows "Search Ctrl K" but is named "Search" (axe:
      // label-content-name-mismatch); ours names it with its visible shortcut.
      components: { Search: './src/components/Search.astro' },
      // The embedded widget follows the docs' light / dark theme.
      head: [{ tag: 'script', attrs: { src: '/theme-sync.js', defer: true } }],
      customCss: ['./src/styles/custom.css'],
      // Wrap long code lines: a horizontally scrolling code block is a keyboard trap for some users (axe: scrollable-region-focusable).
      expressiveCode: { defaultProps: { wrap: true } },
      sidebar: [
        { label: 'Getting started', items: ['start/developers', 'start/funders', 'start/researchers'] },
        { label: 'Worked examples', items: [{ autogenerate: { directory: 'examples' } }] },
        { label: 'Playground', link: '/playground/' },
        { label: 'Guides', items: ['guides/team-discussion'] },
        { label: 'Rule reference', items: [{ autogenerate: { directory: 'reference' } }] },
        { label: 'About the evidence', link: '/about-evidence/' },
        { label: 'Performance', link: '/performance/' },
        { label: 'API reference', items: [coreSidebar, reactSidebar] },
      ],
    }),
  ],
});
