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
    { version: '1.0.0', date: '2026-11-22', changes: ['First release: the nine criteria of Oliver et al. (2019) Table 2 and the slides, partnership expertise, the involvement mandate, the two-step process and alternatives, motivations, modes, readiness, assumptions and benefits.'] },
  ],
  'coproduction-costs': [
    { version: '1.0.0', date: '2026-11-22', changes: ['First release: the cost categories and lifecycle stages of Oliver et al. (2019), wider risks from the slides and the timing lesson of Wye et al., with mitigations.'] },
  ],
  'brokering-model': [
    { version: '1.0.0', date: '2026-11-22', changes: ['First release: five brokering models ranked by aim and setting, with enablers, challenges and cost from Wye et al. and context from Powell et al. (2018).'] },
  ],
};
