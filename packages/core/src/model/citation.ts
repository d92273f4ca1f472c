import { z } from '../zod';
import { guidanceIdSchema, idSchema, longText, shortText } from './ids';

/**
 * How strong the source says its own guidance is. Sources often qualify what they say
 * ("some early thoughts", "based on our own experiences"): we carry that through to the user.
 */
export const evidenceLevels = [
  /** The source asks it as an open question rather than stating it. */
  'open-question',
  'early-thoughts',
  'authors-experience',
  'case-study',
  'literature-review',
  'mixed-trial-evidence',
  'definition',
] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];

export const citationSchema = z.strictObject({
  /** The guidance (INVENTORY) id this entry encodes. */
  guidance: guidanceIdSchema,
  /** Key of a source in the rule set's `sources`. */
  source: idSchema,
  /** Where in the source: a table, row, section or page. */
  place: shortText,
  evidence: z.optional(z.enum(evidenceLevels)),
  /** The guidance itself, in plain words, so a reader sees what the source says and not only where. */
  text: z.optional(longText),
});
export type Citation = z.infer<typeof citationSchema>;

export const citationsSchema = z.array(citationSchema).check(z.minLength(1, 'needs at least one citation'), z.maxLength(32));

export const sourceSchema = z.strictObject({
  /** Full bibliographic reference, as the user should cite it. */
  reference: longText,
  /** Licence of the source text, where it has one we must honour (e.g. "CC BY 2.5"). */
  licence: z.optional(shortText),
  /** A DOI or stable identifier. */
  doi: z.optional(shortText),
});
export type Source = z.infer<typeof sourceSchema>;
