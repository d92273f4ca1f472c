import { describe, expect, it } from 'vitest';
import { ruleSets } from '../src';
import { changelog } from '../src/changelog';

describe('rule-set changelogs', () => {
  for (const rs of Object.values(ruleSets)) {
    it(`${rs.id} has an entry for its current version ${rs.version}, newest first`, () => {
      const entries = changelog[rs.id]!;
      expect(entries[0]!.version).toBe(rs.version);
      expect(entries[0]!.changes.length).toBeGreaterThan(0);
      expect(entries.map((e) => e.date)).toEqual([...entries.map((e) => e.date)].sort().reverse());
    });
  }
});
