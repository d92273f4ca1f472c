// Byte-identical results: every evaluate / evaluateVerdict result (and team and relevance
// results built on the same engine) for seeded profile sets, hashed, against a pinned digest.
// Speed work on the engine must not change a single byte of what it returns.
//
// How the digests were produced: this test, run on commit 42cbc66 (before the issue-16 speed
// work touched packages/core/src) with PRINT_DIGESTS=1, i.e.
//   cd packages/rules && PRINT_DIGESTS=1 npx vitest run test/result-digest.test.ts
// and the printed values pasted below. A digest may only change with a deliberate change of
// the results, stated in the changeset.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineRuleSet, evaluate, evaluateGroup, evaluateVerdict, relevantQuestions, type Question, type RuleSet } from '@coproduce/core';
import { brokering as brokering1 } from '../src/brokering/v1';
import { brokering as brokering2 } from '../src/brokering/v2';
import { costsRuleSet as costs1 } from '../src/costs/v1';
import { costsRuleSet as costs2 } from '../src/costs/v2';
import { criteria as criteria1 } from '../src/criteria/v1';
import { criteria as criteria2 } from '../src/criteria/v2';
import { answer } from './arbitraries';

const PER_SET = 600;
const SEED = 20261201;

// The core test fixtures (formats 1 and 2, every kind and operator family) go through the
// built core as plain documents, like a third-party rule set. Imported by a computed path:
// they live outside this package's rootDir, so the typecheck must not follow them.
const FIXTURES = new URL('../../core/test/fixtures.ts', import.meta.url).pathname;
const fixtures = (await import(/* @vite-ignore */ FIXTURES)) as Record<string, unknown>;
const fixtureSets = Object.values(fixtures).map((f) => {
  const { hash: _hash, ...doc } = JSON.parse(JSON.stringify(f)) as Record<string, unknown>;
  return defineRuleSet(doc as never) as unknown as RuleSet;
});
const ruleSets: RuleSet[] = [...([criteria1, criteria2, costs1, costs2, brokering1, brokering2] as unknown as RuleSet[]), ...fixtureSets];

/** A small seeded generator (mulberry32), so "left out with probability 0.3" is reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Valid answers at the edges: range ends and their neighbours, -0, fractions, none and all options. */
function edge(q: Question): fc.Arbitrary<unknown> {
  switch (q.type) {
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...q.options.map((o) => o.value));
    case 'number': {
      const xs = [q.min, q.max, q.min + 1, q.max - 1, Math.floor((q.min + q.max) / 2), -0, 0.5, q.min + 0.25, q.max - 0.25];
      return fc.constantFrom(...xs.filter((x) => x >= q.min && x <= q.max && (!q.integer || Number.isInteger(x))));
    }
    case 'multi-select': {
      const vs = q.options.map((o) => o.value);
      return fc.oneof(fc.constant([]), fc.constant(vs), fc.constant([...vs].reverse()), fc.shuffledSubarray(vs));
    }
  }
}

function profileSets(rs: RuleSet, k: number): Record<string, Record<string, unknown>[]> {
  const complete = fc.sample(fc.record(Object.fromEntries(rs.questions.map((q) => [q.id, answer(q)]))), { numRuns: PER_SET, seed: SEED + k });
  const rnd = random(SEED + k);
  const partial = fc
    .sample(fc.record(Object.fromEntries(rs.questions.map((q) => [q.id, answer(q)]))), { numRuns: PER_SET, seed: SEED + 100 + k })
    .map((p) => Object.fromEntries(Object.entries(p).filter(() => rnd() >= 0.3)));
  // Edge values, each question present, absent or explicitly undefined, keys in any order.
  const edges = fc.sample(
    fc
      .tuple(fc.record(Object.fromEntries(rs.questions.map((q) => [q.id, fc.oneof(edge(q), fc.constant(undefined), fc.constant('#absent'))]))), fc.func(fc.integer()))
      .map(([p, order]) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== '#absent').sort(([a], [b]) => order(a) - order(b) || (a < b ? -1 : 1)))),
    { numRuns: PER_SET, seed: SEED + 200 + k },
  );
  return { complete, partial, edges };
}

/** Digest per rule set and profile set, and of everything built on the same engine. */
function digests(): Record<string, string> {
  const out: Record<string, string> = {};
  ruleSets.forEach((rs, k) => {
    const sets = profileSets(rs, k);
    for (const [name, profiles] of Object.entries(sets)) {
      const h = createHash('sha256');
      for (const p of profiles) {
        h.update(JSON.stringify(evaluate(rs, p as never)));
        h.update(JSON.stringify(evaluate(rs, p as never, { sensitivity: false })));
        h.update(JSON.stringify(evaluateVerdict(rs, p as never)));
        h.update(JSON.stringify(relevantQuestions(rs, p as never)));
      }
      // Teams of three from consecutive profiles.
      for (let i = 0; i + 2 < Math.min(profiles.length, 150); i += 3)
        h.update(JSON.stringify(evaluateGroup(rs, { ana: profiles[i], ben: profiles[i + 1], chloe: profiles[i + 2] } as never)));
      out[`${rs.id}@${rs.version} ${name}`] = h.digest('hex');
    }
  });
  return out;
}

const PINNED: Record<string, string> = {
  'coproduction-criteria@1.0.0 complete': '1a965d21b1e502081040cf9646f5ffad34d969fa3205117b084d6d75c667e70a',
  'coproduction-criteria@1.0.0 partial': '1278f3c1a45ff8a99dffaa01274ba556c52ecefa1b43c127871c28b4a6abf725',
  'coproduction-criteria@1.0.0 edges': '2195e68dd3c881eae8b2fd881a292d7343df508859fa5ec494b7fecee89c7222',
  'coproduction-criteria@2.0.0 complete': 'b16044830713b87695d06b3fbbb77175b74ba60ba8c36dcc821cf34cbf5bf427',
  'coproduction-criteria@2.0.0 partial': '2aa56ccc807ab0223325239766bf094af406b58a95495dd7e8ba7e309adf7798',
  'coproduction-criteria@2.0.0 edges': 'f4c0cc8271396c42540c5dddb58e8888986c0b2d927deae7cc46caf857d8b156',
  'coproduction-costs@1.0.0 complete': '139b8669634eff49681fbd5e0bcabd445ebae626464c2fe93f8c78ce874b5e8c',
  'coproduction-costs@1.0.0 partial': 'e5c001e5a66c799bc8a091a712cde54f4d1a0f2185b080836eb0e37b1a61da71',
  'coproduction-costs@1.0.0 edges': '1bc8271fdca919e83f4c673ba15eec07932d44b583d51a5008f6c827fe1d8c5b',
  'coproduction-costs@2.0.0 complete': '737fb9bfd9751c58fcf885e4fb3d2271ec70a0c131e8db79d53f6e0c1a8c8996',
  'coproduction-costs@2.0.0 partial': '9ef63c23fe0259466b7d934c988eee811acddbde7bc448dcbd119a34fd071dde',
  'coproduction-costs@2.0.0 edges': 'f1efab972700accdbc1d3a9df8de64ea3d95e9cac8180f9234c72931c4c660fc',
  'brokering-model@1.0.0 complete': '43f99d2f61fd15c4b1ee1e1dfa1ae7739951f33c7013ac17cd0499eab5183a49',
  'brokering-model@1.0.0 partial': '64eb51239fd1a5323b784aa9b9b49086c80aa310dff6f9c981e833301cf6b309',
  'brokering-model@1.0.0 edges': '5ea872be79045b138cad0fded6047448118ca10d2e32893421d10a202c334919',
  'brokering-model@2.0.0 complete': '5b042850acddcbc585e1df23aed823c94f082bce3132c873cb06543343805b65',
  'brokering-model@2.0.0 partial': '240b0c08ad80d0bc12b5b32841ccdcbf7cf45d6c8ed3067ff3ff7eebfba1741d',
  'brokering-model@2.0.0 edges': '8a09fbdbc3022524d8aa6431e64ba48debbd94a6bb657e78cd0fa0d11393ecb0',
  'sample-criteria@1.0.0 complete': 'cf2845c3f7c66a866b43f854dd157293d9b6f9463de002fea7e2610aa1e33797',
  'sample-criteria@1.0.0 partial': '340faa53452ef6a18b77ef71f8d075cab21cb72daae975cee906a5adf64a575f',
  'sample-criteria@1.0.0 edges': '68ca1368b147eb8e36a5dd0dd041fe2b2dbd19fc83baa2ec0fbfdc6a340313ce',
  'sample-ranking@0.2.0 complete': '2b4c0151380c002c745928cd9d26c5fd5ccfe2489ef4f5ff182284555301c507',
  'sample-ranking@0.2.0 partial': 'e60ef595a5abefeaa25d81a58ca09848a498b7b01746f369b08e138a2a078033',
  'sample-ranking@0.2.0 edges': '18929580f64e2d66cf3c449dd53cc2335294cc4cfcb0a3932e9d0f08404b6127',
  'sample-timing@1.0.0 complete': '9bbc7102eb2d9159d8e57965cd582ccb2f55c17acf483fc094f5ad20b9521fad',
  'sample-timing@1.0.0 partial': '3fc7e7633fb88dbe125f62076fa43fc18a0d58b4137d78d2748a2ad4539421d0',
  'sample-timing@1.0.0 edges': '3b6cbbb4d58ddbc8e1a0d632f4333baf7ed0e6cb4518f83979fd5f933881c36c',
  'sample-fitted@2.0.0 complete': '43a4774e342ab9074ec8eb365d39305c7914f027b9b5a537abe85f5b64bc7ee8',
  'sample-fitted@2.0.0 partial': 'e346c3994de777b3f4685b953160354cc97e03c8b5a6e21948630b6d5273f94c',
  'sample-fitted@2.0.0 edges': 'f79373e2162162b0067a4bb3513980f5663ee929dcc4daabe10c4b5836053da5',
  'sample-gated@2.0.0 complete': 'e7d22b137cdd15086e59209685c0a8e10d591f40ae6e14b28987e55f40fb6f4a',
  'sample-gated@2.0.0 partial': 'a9398829be6968cf745fb13d79f2a551745f2b575a7f1ce0fc249aac718ce936',
  'sample-gated@2.0.0 edges': '311e68d915e97fac773d9080f956ac395a78c2b13457578187a035aa1b4eef38',
  'sample-flagged@2.0.0 complete': 'fc807d3d10df2d5cb65b04105633fe0683497b21fea07954cc09fc3768cd147d',
  'sample-flagged@2.0.0 partial': '0b44119b103dc3930ce4412eac38b6b8f7facfcba3e8fc4c547e87b7524bfe30',
  'sample-flagged@2.0.0 edges': '7bddd716f831fad60fc337ddaffea8cc1850c9061ceb1ffa7e843f45a1cb3974',
};

describe('results stay byte-identical', () => {
  it('every result for the seeded complete, 30%-unanswered and edge-value profiles hashes to the pinned digest', { timeout: 300_000 }, () => {
    const got = digests();
    if (process.env.PRINT_DIGESTS) console.log(JSON.stringify(got, null, 2));
    expect(Object.keys(got)).toHaveLength(ruleSets.length * 3);
    expect(got).toEqual(PINNED);
  });
});
