// Runs the coproduce CLI in this process and prints, on stderr at exit, its peak RSS and
// the CPU time it used: `node cli-peak-rss.mjs screen …`. The CLI's worker threads live in
// this process, so both figures are the whole command's (it starts no child processes).
import { readFileSync } from 'node:fs';

/**
 * Peak RSS in MB. On Linux, from the process's own memory map (VmHWM): `maxRSS` of a child
 * process starts at its parent's RSS, which exec carries over, so under a bench that holds
 * a few hundred MB every child read as that much (154 MB whatever it did).
 */
function peakRssMB() {
  const hwm = process.platform === 'linux' ? /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8')) : null;
  return Math.round(hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024);
}

process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\npeak-rss-mb ${peakRssMB()} cpu-s ${((u.userCPUTime + u.systemCPUTime) / 1e6).toFixed(2)}\n`);
});
await import(new URL('../packages/cli/dist/cli.js', import.meta.url).href);
