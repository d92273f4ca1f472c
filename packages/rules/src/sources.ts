/**
 * The four published works the guidance comes from, cited as the user should cite them.
 * Oliver, Kothari & Mays (2019) is open access under CC BY 2.5: our rule text paraphrases
 * it and attributes it here and on every rule that draws on it.
 */
export const sources = {
  oliver2019: {
    reference:
      'Oliver K, Kothari A, Mays N (2019). The dark side of coproduction: do the costs outweigh the benefits for health research? Health Research Policy and Systems 17:33.',
    doi: 'doi:10.1186/s12961-019-0432-3',
    licence: 'CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/); paraphrased, not reproduced',
  },
  wye2019: {
    reference:
      'Wye L, Cramer H, Beckett K, Farr M, le May A, Carey J, Robinson R, Anthwal R, Rooney J, Baxter H. Collective knowledge brokering: the model and impact of an embedded team. Evidence & Policy.',
  },
  slides: {
    reference:
      "Slides on 'co-production' / integrated knowledge translation: when to co-produce and when not to (author not named in the source file; adapts Kothari & Wathen 2013 and Cvitanovic et al. 2015).",
  },
  powell2018: {
    reference:
      "Powell A, Davies HTO, Nutley SM (2018). Facing the challenges of research-informed knowledge mobilization: 'practising what we preach'? Public Administration 96(1):36-52.",
    doi: 'doi:10.1111/padm.12365',
  },
} as const;

export type SourceKey = keyof typeof sources;
