// Runs the coproduce CLI in this process and prints, on stderr at exit, its peak RSS and
// the CPU time it used: `node cli-peak-rss.mjs screen …`. The CLI's worker threads live in
// this process, so both figures are the whole command's (it starts no child processes).
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\npeak-rss-mb ${Math.round(u.maxRSS / 1024)} cpu-s ${((u.userCPUTime + u.systemCPUTime) / 1e6).toFixed(2)}\n`);
});
await import(new URL('../packages/cli/dist/cli.js', import.meta.url).href);
