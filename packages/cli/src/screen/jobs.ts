import { availableParallelism } from 'node:os';
import { CliError, EXIT } from '../exit';

/** `--jobs`: a whole number of worker threads; all cores when not given. */
export function parseJobs(v: string | undefined): number {
  if (v === undefined) return availableParallelism();
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new CliError(`--jobs must be a whole number from 1 to 256, not "${v}"`, EXIT.usage);
  return n;
}

/**
 * The jobs a `coproduce screen` command line asks for, read before the argument parser is
 * even loaded, so the workers can start early; undefined for any other command, for help,
 * or when --jobs is not valid (the parser then says why). Options before the command are
 * the global ones, none of which takes a value, so the command is the first word.
 */
export function screenJobs(args: readonly string[]): number | undefined {
  if (args.find((a) => !a.startsWith('-')) !== 'screen' || args.includes('-h') || args.includes('--help')) return undefined;
  let v: string | undefined;
  args.forEach((a, i) => {
    if (a === '--jobs') v = args[i + 1];
    else if (a.startsWith('--jobs=')) v = a.slice('--jobs='.length);
  });
  try {
    return parseJobs(v);
  } catch {
    return undefined;
  }
}
