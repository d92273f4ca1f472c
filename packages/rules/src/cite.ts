import type { Citation, EvidenceLevel } from '@coproduce/core';
import type { SourceKey } from './sources';

/** One citation: the guidance id it encodes, the source and the place in it. */
export function cite(guidance: string, source: SourceKey, place: string, evidence?: EvidenceLevel): Citation {
  return evidence ? { guidance, source, place, evidence } : { guidance, source, place };
}

/**
 * Oliver et al. Table 2 and the matching slides: the authors call these "some early
 * thoughts", so every verdict built on them carries that label. Both sources are cited
 * because both say it.
 */
export function table2(guidance: string, row: number): Citation[] {
  return [
    cite(guidance, 'oliver2019', `Table 2, row ${row}`, 'early-thoughts'),
    cite(guidance, 'slides', 'slide "When to co-produce and when not to"', 'early-thoughts'),
  ];
}

/** Oliver et al. Table 1: challenges and costs by project stage, "based on our own experiences". */
export function table1(guidance: string, stage: string): Citation {
  return cite(guidance, 'oliver2019', `Table 1, "${stage}"`, 'authors-experience');
}

/** The slides' lists (requirements, issues, assumptions, wider considerations). */
export function slide(guidance: string, title: string): Citation {
  return cite(guidance, 'slides', `slide "${title}"`);
}

/** Wye et al., the Bristol knowledge-mobilisation team: a single case study. */
export function wye(guidance: string, place: string): Citation {
  return cite(guidance, 'wye2019', place, 'case-study');
}
