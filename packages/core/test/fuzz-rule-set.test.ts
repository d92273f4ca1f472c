// Seeded, reproducible property tests over hostile input. A failure prints the seed and the
// shrunk counter-example; re-run with the same seed to reproduce it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema, evaluate, IntegrityError, loadRuleSet, ValidationError, type RuleSet } from '../src';
import { isPlainObject } from '../src/answers';
import { sample, timing } from './fixtures';
import { arbitraryAnswer } from './arbitraries';

const SEED = 20261122;
const RESERVED = ['__proto__', 'constructor', 'prototype'];
/** A cheap deep snapshot for "was it mutated?": JSON that keeps what plain JSON would lose. */
function snap(v: unknown): string {
  return JSON.stringify(v, (_k, x) => {
    if (x === undefined) return '#undefined';
    if (typeof x === 'number' && (!Number.isFinite(x) || Object.is(x, -0))) return `#${Object.is(x, -0) ? '-0' : x}`;
    if (typeof x === 'bigint') return `#${x}n`;
    if (Array.isArray(x) && Object.keys(x).length !== x.length) return { ...x, '#array': x.length };
    return x;
  });
}
const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/** An independent oracle: what the schema alone says is valid. */
function valid(rs: RuleSet, input: unknown): boolean {
  if (!isPlainObject(input)) return false;
  if (Object.keys(input).some((k) => RESERVED.includes(k))) return false;
  return answersSchema(rs).safeParse(input).success;
}

function hostileAnswers(rs: RuleSet): fc.Arbitrary<unknown> {
  const ids = rs.questions.map((q) => q.id);
  const nasty = fc.oneof(
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, null, undefined, '', [], {}, 'x'.repeat(100_000)),
    fc.anything({ maxDepth: 3 }),
  );
  const key = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constantFrom(...RESERVED) }, { weight: 1, arbitrary: fc.string() });
  const value = fc.oneof(...rs.questions.map((q) => arbitraryAnswer(q)), nasty);
  return fc.oneof(
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
    { weight: 4, arbitrary: fc.dictionary(key, value, { maxKeys: ids.length + 2 }) },
    // JSON text parsed the way a server would receive it, so __proto__ becomes an own key
    { weight: 1, arbitrary: fc.dictionary(key, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }).map((o) => JSON.parse(JSON.stringify(o).replace('"constructor"', '"__proto__"'))) },
    { weight: 3, arbitrary: fc.record(Object.fromEntries(rs.questions.map((q) => [q.id, arbitraryAnswer(q)])), { requiredKeys: [] }) },
  );
}

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
