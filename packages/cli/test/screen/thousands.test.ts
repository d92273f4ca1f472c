import { describe, expect, it } from 'vitest';
import { thousands } from '../../src/screen/thousands';

describe('thousands', () => {
  it("writes whole numbers as toLocaleString('en') does", () => {
    const cases = [0, 7, 999, 1000, 1001, 12_345, 999_999, 1_000_000, 1_234_567_890, -1, -1234, 1234.4, 1234.6, 56_371.5];
    for (const x of cases) expect(thousands(x), String(x)).toBe(Math.round(x).toLocaleString('en'));
  });
});
