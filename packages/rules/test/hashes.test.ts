// The bundled rule sets load through trustRuleSet (no schema at run time). This holds the
// build step's promise: each is valid under the document schema, with the recorded hash,
// and gives the very results the schema-loaded rule set gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, hashRuleSet, loadRuleSet, serializeRuleSet, type RuleSet } from '@coproduce/core';
import { validatedHashes } from '../src/hashes';
import { criteria as criteriaV1 } from '../src/criteria/v1';
import { costs as costsV1 } from '../src/costs/v1';
import { brokering as brokeringV1 } from '../src/brokering/v1';
import { criteria } from '../src/criteria/v2';
import { costs } from '../src/costs/v2';
import { brokering } from '../src/brokering/v2';
import { arbitraryPartialProfile } from './arbitraries';

const bundled: Record<keyof typeof validatedHashes, RuleSet> = {
  'criteria/v1': criteriaV1,
  'costs/v1': costsV1,
  'brokering/v1': brokeringV1,
  'criteria/v2': criteria,
  'costs/v2': costs,
  'brokering/v2': brokering,
};

describe('bundled rule sets, trusted at load', () => {
  for (const [key, rs] of Object.entries(bundled)) {
    it(`${key}: valid under the document schema, with the hash recorded at build, and the same results`, () => {
      const viaSchema = loadRuleSet(JSON.parse(serializeRuleSet(rs)));
      // computed from the content here, not the recorded value the digest check lets through
      expect(hashRuleSet(rs)).toBe(validatedHashes[key as keyof typeof validatedHashes].hash);
      expect(rs.hash).toBe(hashRuleSet(rs));
      expect(viaSchema.hash).toBe(rs.hash);
      fc.assert(
        fc.property(arbitraryPartialProfile(rs), (answers) => {
          expect(JSON.stringify(evaluate(rs, answers as never))).toBe(JSON.stringify(evaluate(viaSchema, answers as never)));
        }),
        { seed: 16, numRuns: 300 },
      );
    });
  }
});
