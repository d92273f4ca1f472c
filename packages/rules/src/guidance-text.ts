import type { Citation } from '@coproduce/core';
import { guidanceText } from './guidance';

type WithCitations = { readonly citations?: readonly Citation[] };

const withText = (cs: readonly Citation[] | undefined): Citation[] | undefined =>
  cs?.map((c) => (guidanceText[c.guidance] === undefined ? c : { ...c, text: guidanceText[c.guidance]! }));

/**
 * Gives every citation of a rule-set document the guidance text it encodes, so a result
 * shows what the source says (a caveat, a limit) and not only where it says it. Rule sets
 * from 2.0.0 on carry it; earlier versions are left exactly as they were published.
 */
export function withGuidanceText<D extends object>(doc: D): D {
  const d = doc as unknown as Record<string, unknown>;
  const list = (k: string) =>
    Array.isArray(d[k]) ? (d[k] as WithCitations[]).map((x) => (x.citations ? { ...x, citations: withText(x.citations) } : x)) : d[k];
  const out: Record<string, unknown> = { ...d };
  for (const k of ['questions', 'rules', 'outcomes', 'bands', 'options', 'references']) if (k in d) out[k] = list(k);
  const n = d['noClearFit'] as WithCitations | undefined;
  if (n?.citations) out['noClearFit'] = { ...n, citations: withText(n.citations) };
  return out as D;
}
