import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { CliError, EXIT } from '../../src/exit';
import { parseJobs, screenJobs } from '../../src/screen/jobs';

describe('parseJobs', () => {
  it('takes a whole number from 1 to 256, all cores when not given', () => {
    expect(parseJobs(undefined)).toBe(availableParallelism());
    expect(parseJobs('1')).toBe(1);
    expect(parseJobs('256')).toBe(256);
  });

  it('refuses anything else with a usage error naming the value', () => {
    for (const v of ['0', '257', '1.5', 'two', '']) {
      const e = (() => {
        try {
          parseJobs(v);
        } catch (x) {
          return x;
        }
      })();
      expect(e).toBeInstanceOf(CliError);
      expect((e as CliError).code).toBe(EXIT.usage);
      expect((e as CliError).message).toContain(`not "${v}"`);
    }
  });
});

describe('screenJobs (read before the argument parser loads, to start the workers early)', () => {
  it('reads the jobs of a screen command, wherever --jobs is and in either spelling', () => {
    expect(screenJobs(['screen', 'in.csv'])).toBe(availableParallelism());
    expect(screenJobs(['screen', 'in.csv', '--jobs', '3'])).toBe(3);
    expect(screenJobs(['screen', '--jobs=2', 'in.csv'])).toBe(2);
    expect(screenJobs(['--debug', 'screen', '-', '--jobs', '1'])).toBe(1);
  });

  it('starts nothing for other commands, for help, or for jobs the parser will refuse', () => {
    expect(screenJobs(['assess', 'screen'])).toBeUndefined();
    expect(screenJobs([])).toBeUndefined();
    expect(screenJobs(['screen', '--help'])).toBeUndefined();
    expect(screenJobs(['screen', 'in.csv', '-h'])).toBeUndefined();
    expect(screenJobs(['screen', 'in.csv', '--jobs', '0'])).toBeUndefined();
    expect(screenJobs(['screen', 'in.csv', '--jobs'])).toBe(availableParallelism());
  });
});
