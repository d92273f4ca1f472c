/**
 * `@coproduce/rules/published`: every published version of the built-in rule sets, looked up
 * by id and version, for re-checking a saved decision record made with an older version. Its
 * own subpath, so that bundles that only evaluate with the current versions do not carry the
 * old ones.
 */
import type { RuleSet } from '@coproduce/core';
import { brokering as brokering1 } from './brokering/v1';
import { brokering as brokering2 } from './brokering/v2';
import { costsRuleSet as costs1 } from './costs/v1';
import { costsRuleSet as costs2 } from './costs/v2';
import { criteria as criteria1 } from './criteria/v1';
import { criteria as criteria2 } from './criteria/v2';

const all: readonly RuleSet[] = [criteria1, criteria2, costs1, costs2, brokering1, brokering2] as unknown as RuleSet[];

/** The published rule set with this id and version, or undefined when none was published. */
export function publishedRuleSet(id: string, version: string): RuleSet | undefined {
  return all.find((rs) => rs.id === id && rs.version === version);
}

/** The published versions of a rule set, oldest first (none for an unknown id). */
export function publishedVersions(id: string): string[] {
  return all.filter((rs) => rs.id === id).map((rs) => rs.version);
}
