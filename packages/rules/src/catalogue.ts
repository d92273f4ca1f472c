import type { Citation, RuleSet } from '@coproduce/core';
import { brokering } from './brokering/v2';
import { costsRuleSet } from './costs/v2';
import { criteria } from './criteria/v2';
import { guidanceSections, guidanceText, type GuidanceSection } from './guidance';

/** Where a guidance id is encoded: which rule set, which kind of entry, which entry. */
export interface GuidanceUse {
  readonly ruleSet: string;
  readonly version: string;
  readonly entry: 'question' | 'rule' | 'outcome' | 'band' | 'option' | 'reference';
  readonly id: string;
}

export interface GuidanceEntry {
  readonly id: string;
  readonly section: GuidanceSection;
  readonly sectionTitle: string;
  readonly text: string;
  /** Every distinct place in the sources the rule sets cite for this id. */
  readonly citations: readonly Citation[];
  readonly usedIn: readonly GuidanceUse[];
}

/** Every citation in a rule set, with the entry that carries it. */
export function citationsIn(rs: RuleSet): { use: GuidanceUse; citation: Citation }[] {
  const out: { use: GuidanceUse; citation: Citation }[] = [];
  const add = (entry: GuidanceUse['entry'], id: string, cs: readonly Citation[] | undefined) =>
    cs?.forEach((citation) => out.push({ use: { ruleSet: rs.id, version: rs.version, entry, id }, citation }));
  rs.questions.forEach((q) => add('question', q.id, q.citations));
  rs.rules.forEach((r) => add('rule', r.id, r.citations));
  rs.outcomes.forEach((o) => add('outcome', o.id, o.citations));
  rs.bands.forEach((b) => add('band', b.id, b.citations));
  rs.options.forEach((o) => add('option', o.id, o.citations));
  rs.references.forEach((r) => add('reference', r.id, r.citations));
  return out;
}

/** Build the catalogue for a set of rule sets (by default, the current versions). */
export function buildCatalogue(ruleSets: readonly RuleSet[] = [criteria, costsRuleSet, brokering]): GuidanceEntry[] {
  const all = ruleSets.flatMap(citationsIn);
  return Object.entries(guidanceText).map(([id, text]) => {
    const section = id.split('.')[0] as GuidanceSection;
    const mine = all.filter((x) => x.citation.guidance === id);
    const citations: Citation[] = [];
    for (const { citation } of mine)
      if (!citations.some((c) => c.source === citation.source && c.place === citation.place)) citations.push(citation);
    const usedIn: GuidanceUse[] = [];
    for (const { use } of mine)
      if (!usedIn.some((u) => u.ruleSet === use.ruleSet && u.entry === use.entry && u.id === use.id)) usedIn.push(use);
    return { id, section, sectionTitle: guidanceSections[section], text, citations, usedIn };
  });
}

/** The guidance catalogue: every INVENTORY id, its text, citations and where it is used. */
export const catalogue: readonly GuidanceEntry[] = buildCatalogue();
