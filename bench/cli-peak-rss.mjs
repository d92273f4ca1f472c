// Runs the coproduce CLI in this process and prints its peak RSS (worker threads included)
// on stderr at exit: `node cli-peak-rss.mjs screen …`.
process.on('exit', () => process.stderr.write(`\npeak-rss-mb ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`));
await import(new URL('../packages/cli/dist/cli.js', import.meta.url).href);
