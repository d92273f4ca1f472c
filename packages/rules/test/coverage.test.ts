import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brokering, costs, criteria, guidanceText } from '../src';
import { catalogue, citationsIn } from '../src/catalogue';
import { inventoryIds } from './inventory-ids';

const ruleSets = [criteria, costs, brokering];

/** ../shared/INVENTORY.md beside the repository, when this checkout has one. */
function sharedInventory(): string[] | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, '..', 'shared', 'INVENTORY.md');
    if (existsSync(candidate)) {
      const ids: string[] = [];
      for (const line of readFileSync(candidate, 'utf8').split('\n')) {
        const m = /^\|\s*([a-z]+(?:\.[a-z0-9-]+)+)\s*\|/.exec(line);
        if (m && !ids.includes(m[1]!)) ids.push(m[1]!);
      }
      return ids;
    }
    dir = resolve(dir, '..');
  }
  return undefined;
}

describe('guidance coverage', () => {
  it('has the inventory list in step with ../shared/INVENTORY.md when it is present', () => {
    const shared = sharedInventory();
    if (shared) expect([...inventoryIds].sort()).toEqual([...shared].sort());
    expect(inventoryIds.length).toBeGreaterThan(100);
  });

  it('has catalogue text for every inventory id, and no other ids', () => {
    expect(Object.keys(guidanceText).sort()).toEqual([...inventoryIds].sort());
    for (const e of catalogue) expect(e.text.length, e.id).toBeGreaterThan(20);
  });

  it('uses every inventory id in at least one rule set entry (100% coverage)', () => {
    const unused = catalogue.filter((e) => e.usedIn.length === 0).map((e) => e.id);
    expect(unused).toEqual([]);
    const used = catalogue.filter((e) => e.usedIn.length > 0).length;
    expect(used / inventoryIds.length).toBe(1);
  });

  it('cites only inventory ids', () => {
    const known = new Set(inventoryIds);
    const strays = ruleSets.flatMap(citationsIn).filter((x) => !known.has(x.citation.guidance));
    expect(strays.map((x) => `${x.use.ruleSet}/${x.use.entry}/${x.use.id}: ${x.citation.guidance}`)).toEqual([]);
  });

  it('gives every rule, question and outcome at least one citation to a declared source', () => {
    for (const rs of ruleSets) {
      for (const entry of [...rs.rules, ...rs.questions, ...rs.outcomes]) {
        expect(entry.citations.length, `${rs.id}/${entry.id}`).toBeGreaterThan(0);
        for (const c of entry.citations) expect(Object.keys(rs.sources)).toContain(c.source);
      }
    }
  });

  it('attributes the CC BY source with its licence', () => {
    for (const rs of ruleSets) expect(rs.sources['oliver2019']?.licence).toMatch(/^CC BY/);
  });

  it('labels Table 2 guidance as the authors\' early thoughts wherever it is cited', () => {
    const t2 = ruleSets.flatMap(citationsIn).filter((x) => x.citation.source === 'oliver2019' && x.citation.place.startsWith('Table 2'));
    expect(t2.length).toBeGreaterThan(9);
    for (const x of t2) expect(x.citation.evidence).toBe('early-thoughts');
  });
});
