/**
 * Each rule set's own changelog, newest first. A rule set is versioned on its own: a change
 * that can alter a verdict is at least a minor version, a wording fix a patch. The entry here
 * and a changeset go with every change; the generated docs show this list.
 */
export interface ChangelogEntry {
  readonly version: string;
  readonly date: string;
  readonly changes: readonly string[];
}

export const changelog: Readonly<Record<string, readonly ChangelogEntry[]>> = {
  'coproduction-criteria': [
    {
      version: '2.0.0',
      date: '2026-12-01',
      changes: [
        'Verdicts can change: "Favour" now needs at least one answer on the nature and purpose of the research (Oliver et al. 2019, Table 2 rows 1-6). Practical readiness alone (resources, partnership expertise, relationships) says whether co-production is feasible, not whether it suits the research; such answers now give "only under conditions", with a summary naming the questions to answer.',
        'The "only under conditions" summary says what the answers did: they point both ways, too few point either way, or only practical answers favour co-production. It no longer says the answers point both ways when they do not.',
        'Verdict labels say "with decision-makers", which is what Table 2 weighs; the patient and public involvement requirement stays separate.',
        'Every result shows, once, the scope of Table 2 (written for evaluations co-produced with policy-makers and service managers; criteria.scope) and the limits of any such tool (criteria.limits-of-tools).',
        'New guidance encoded: criteria.no-guarantee, criteria.within-government, criteria.rationale-engagement.',
        'Wording fixed to match the sources: naming political aims is no longer said to guard against tokenism (no source says so); the slides\' wider considerations are cited as open questions.',
        'Every citation now carries the guidance text it encodes.',
      ],
    },
    { version: '1.0.0', date: '2026-11-22', changes: ['First release: the nine criteria of Oliver et al. (2019) Table 2 and the slides, partnership expertise, the involvement mandate, the two-step process and alternatives, motivations, modes, readiness, assumptions and benefits.'] },
  ],
  'coproduction-costs': [
    {
      version: '2.0.0',
      date: '2026-12-01',
      changes: [
        'Verdicts can change: the band reflects the worst risk as well as the total. One high-severity risk gives at least "Moderate", two or more give "High"; a single serious risk could previously read "Low cost and risk". Severities and bands are this tool\'s own encoding, and the rule set and every band summary now say so.',
        'New flag: when co-production work falls on junior or temporary staff without dedicated resources, a high personal cost (stress and burnout), after Oliver et al. (2019) on costs to individuals.',
        'The stage costs of co-producing (mixed teams, joint analysis, publication) are flagged only when the project co-produces (commissioned research or a partnership); a project that only shares findings or takes informal advice gets the lighter register.',
        'Wording fixed: costs fall on junior, temporary, female and minority-ethnic researchers "in the authors\' experience, often", not "disproportionately"; the slides\' practical issues and wider considerations are cited as open questions; Wye et al. is cited by its own headings.',
        'Every citation now carries the guidance text it encodes.',
      ],
    },
    { version: '1.0.0', date: '2026-11-22', changes: ['First release: the cost categories and lifecycle stages of Oliver et al. (2019), wider risks from the slides and the timing lesson of Wye et al., with mitigations.'] },
  ],
  'brokering-model': [
    {
      version: '2.0.0',
      date: '2026-12-01',
      changes: [
        'Verdicts change: the aim decides the model (Wye et al., Discussion: Implications); the setting, structure and enablers now move a separate feasibility score and raise warnings, and can no longer outrank the aim. With the aim unanswered there is no best fit, and the aim is the first question to answer.',
        'A tie at the top, a top fit of zero or less, or a leader whose defining conditions do not hold (a cohort needs several similar organisations; an agency needs an independent body with a brokering remit) gives "No clear fit yet", naming the tied options, instead of the first option in the list.',
        'A result with too few answers carries no ranking.',
        'When the single broker fits, the result warns that a lone broker may struggle with structural, contextual and system-level barriers.',
        'Evidence wording fixed: one before-and-after study (not a trial) of embedded brokers; trials of external brokers found no effect; the authors "really do not know" whether brokering works (broker.impact). Every result shows this, and the limits of the case study (broker.limitations).',
        'New guidance encoded: broker.team-advantages, broker.limitations. The team cost is described as six brokers seconded over two rounds plus a manager; the "push" label, which no source uses, is gone; citation places follow the paper\'s headings.',
        'Every citation now carries the guidance text it encodes.',
      ],
    },
    { version: '1.0.0', date: '2026-11-22', changes: ['First release: five brokering models ranked by aim and setting, with enablers, challenges and cost from Wye et al. and context from Powell et al. (2018).'] },
  ],
};
