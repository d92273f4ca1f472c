import cliProgress from 'cli-progress';
import { thousands } from './thousands';

/** A progress bar on stderr (rows, rate, ETA) when it is a terminal; nothing otherwise. */
export function progressBar(enabled: boolean, sized: boolean) {
  if (!enabled) return { update: (_rows: number, _done: number | undefined) => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: sized ? ' {bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}' : ' {rows} rows | {rate} rows/s',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 20,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const start = performance.now();
  bar.start(1000, 0, { rows: '0', rate: '0' });
  return {
    update(rows: number, done: number | undefined) {
      const secs = (performance.now() - start) / 1000;
      bar.update(done === undefined ? 0 : Math.round(done * 1000), { rows: thousands(rows), rate: secs > 0 ? thousands(rows / secs) : '0' });
    },
    stop: () => bar.stop(),
  };
}
