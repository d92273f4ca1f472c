import { ruleSets, type RuleSetKey } from '@coproduce/rules';
import { CliError, EXIT } from './exit';
import { meanHint } from './suggest';

export const allKeys = Object.keys(ruleSets) as RuleSetKey[];

/** `--rule-sets criteria,costs` (or spaces) as rule-set keys; an unknown one is a usage error. */
export function parseRuleSets(value: string | undefined): RuleSetKey[] {
  if (value === undefined) return allKeys;
  const keys = value.split(/[\s,]+/).filter(Boolean);
  if (keys.length === 0) throw new CliError(`--rule-sets needs one or more of: ${allKeys.join(', ')}`, EXIT.usage);
  for (const k of keys)
    if (!(allKeys as string[]).includes(k)) throw new CliError(`--rule-sets: unknown rule set "${k}"${meanHint(k, allKeys)}; choose from ${allKeys.join(', ')}`, EXIT.usage);
  return [...new Set(keys)] as RuleSetKey[];
}
