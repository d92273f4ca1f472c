// Seeded, reproducible property tests over hostile input. A failure prints the seed and the
// shrunk counter-example; re-run with the same seed to reproduce it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, IntegrityError, loadRuleSet, ValidationError } from '../src';
import { sample } from './fixtures';
import { protoKeys, SEED, snap } from './arbitraries';

/** Every path into a JSON document, for mutating it in one place. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

describe('fuzz: rule-set documents', () => {
  const base = JSON.parse(JSON.stringify(sample));
  delete base.hash;
  const all = paths(base).filter((p) => p.length > 0);

  it('100,000 mutated rule sets: loaded when valid, a typed error otherwise, nothing mutated', { timeout: 300_000 }, () => {
    const protoBefore = protoKeys();
    let loaded = 0;
    let rejected = 0;
    const mutation = fc.tuple(
      fc.constantFrom(...all),
      fc.oneof(
        fc.constant({ op: 'delete' as const }),
        fc.anything({ maxDepth: 2 }).map((value) => ({ op: 'set' as const, value })),
        fc.constantFrom('__proto__', 'constructor', 'extra').map((key) => ({ op: 'key' as const, key })),
        fc.constantFrom('regex', 'equal', 'in', 'contains', 'greaterThan').map((value) => ({ op: 'set' as const, value })),
      ),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (mutations, withHash) => {
        const doc = JSON.parse(JSON.stringify(base));
        for (const [path, m] of mutations) {
          let parent: any = doc;
          for (const k of path.slice(0, -1)) parent = parent?.[k];
          if (!parent || typeof parent !== 'object') continue;
          const last = path[path.length - 1]!;
          if (m.op === 'delete') delete parent[last];
          else if (m.op === 'set') parent[last] = m.value;
          else if (parent[last] && typeof parent[last] === 'object') Object.defineProperty(parent[last], m.key, { value: 1, enumerable: true, configurable: true, writable: true });
        }
        if (withHash) doc.hash = sample.hash;
        const before = snap(doc);
        try {
          const rs = loadRuleSet(doc);
          loaded++;
          // A document accepted with the original hash must be the original content.
          if (withHash) expect(rs.hash).toBe(sample.hash);
          evaluate(rs, {});
        } catch (e) {
          if (!(e instanceof ValidationError) && !(e instanceof IntegrityError)) throw e;
          rejected++;
        }
        expect(snap(doc)).toBe(before);
      }),
      { numRuns: 100_000, seed: SEED },
    );
    expect(protoKeys()).toBe(protoBefore);
    expect(loaded + rejected).toBe(100_000);
    expect(rejected).toBeGreaterThan(50_000);
    expect(loaded).toBeGreaterThan(100);
    console.log(`fuzz rule sets: ${loaded + rejected} documents, ${loaded} loaded, ${rejected} rejected with a typed error, 0 other exceptions`);
  });
});
