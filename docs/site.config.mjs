// Where the site is published and where its source lives, read by astro.config.mjs and
// scripts/generate.mjs. Override both when you publish a fork, e.g.
//   COPRODUCE_SITE_URL=https://you.github.io COPRODUCE_REPO_URL=https://github.com/you/coproduce
// The site URL must be the root of a host: every page links with absolute paths.
export const site = (process.env.COPRODUCE_SITE_URL || 'https://coproduce.github.io').replace(/\/+$/, '');
export const repo = (process.env.COPRODUCE_REPO_URL || 'https://github.com/coproduce/coproduce').replace(/\/+$/, '');
