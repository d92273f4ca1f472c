// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig, passthroughImageService } from 'astro/config';
import { createStarlightTypeDocPlugin } from 'starlight-typedoc';

const [coreTypeDoc, coreSidebar] = createStarlightTypeDocPlugin();
const [reactTypeDoc, reactSidebar] = createStarlightTypeDocPlugin();
const typedocOptions = { disableSources: true, excludePrivate: true, excludeInternal: true, readme: 'none', skipErrorChecking: true, parametersFormat: 'table' };

export default defineConfig({
  site: 'https://coproduce.example.org',
  image: { service: passthroughImageService() },
  integrations: [
    starlight({
      title: 'coproduce',
      description: 'When to co-produce research, what it costs, and which knowledge-brokering model fits: cited, versioned rule sets with a typed evaluate() API and an embeddable widget.',
      plugins: [
        coreTypeDoc({ entryPoints: ['../packages/core/src/index.ts'], tsconfig: '../packages/core/tsconfig.json', output: 'api/core', sidebar: { label: '@coproduce/core', collapsed: true }, typeDoc: typedocOptions }),
        reactTypeDoc({ entryPoints: ['../packages/react-widget/src/index.ts'], tsconfig: '../packages/react-widget/tsconfig.json', output: 'api/react', sidebar: { label: '@coproduce/react', collapsed: true }, typeDoc: typedocOptions }),
      ],
      customCss: ['./src/styles/custom.css'],
      // Wrap long code lines: a horizontally scrolling code block is a keyboard trap for some users (axe: scrollable-region-focusable).
      expressiveCode: { defaultProps: { wrap: true } },
      sidebar: [
        { label: 'Getting started', items: ['start/developers', 'start/funders', 'start/researchers'] },
        { label: 'Worked examples', items: [{ autogenerate: { directory: 'examples' } }] },
        { label: 'Playground', link: '/playground/' },
        { label: 'Rule reference', items: [{ autogenerate: { directory: 'reference' } }] },
        { label: 'Performance', link: '/performance/' },
        { label: 'API reference', items: [coreSidebar, reactSidebar] },
      ],
    }),
  ],
});
