// Built on its own as dist/coproduce-advisor.schemas.js, beside the element, and loaded only
// when a host passes a rule-set document of its own: the document schemas (zod) are about
// 20 KB that pages using the bundled rule sets never need. It hands back plain data (the
// validated document and its hash), which the element trusts: this file has its own copy of
// the core, so a rule-set object made here would not be recognised there.
import { loadRuleSet } from '@coproduce/core/schemas';

export function validateRuleSet(doc: unknown): { document: Record<string, unknown>; hash: string } {
  const rs = loadRuleSet(doc);
  // JSON of the rule set keeps the schema's key order (results list some members in it).
  const { hash, ...document } = JSON.parse(JSON.stringify(rs)) as Record<string, unknown> & { hash: string };
  return { document, hash };
}
