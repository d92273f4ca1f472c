// Team mode's French as a part of its own, as in the standalone element: its French pack
// (element/fr-pack.ts) leaves team mode's words out, and the team-mode file registers them
// (i18n/fr-team.ts). This file's module graph starts with no French loaded.
import { describe, expect, it } from 'vitest';
import '../src/element/fr-pack';
import { hasAdvisorLocale } from '../src/load-locale';
import { registerFrenchTeam } from '../src/i18n/fr-team';
import { registerFrenchWidget } from '../src/i18n/fr-widget';
import { frUiTeam } from '../src/i18n/fr-team-messages';
import { ui, uiMessages, uiWording } from '../src/messages';

describe("team mode's French, loaded apart", () => {
  it('the French pack without it speaks French, and team keys fall back to English until the team words load', () => {
    expect(ui('fr', 'title')).toBe('Conseiller en coproduction');
    expect(ui('fr', 'teamAgenda')).toBe(uiMessages.en.teamAgenda);
    expect(uiWording('fr').teamAgenda).toBeUndefined();
    expect(hasAdvisorLocale('fr')).toBe(true);
  });

  it('once registered, every team key is French, in ui() and in the whole wording, and the rest is unchanged', () => {
    const before = { ...uiWording('fr') };
    registerFrenchTeam();
    expect(ui('fr', 'teamAgenda')).toBe(frUiTeam.teamAgenda);
    expect(ui('fr', 'teamCounts', { agreed: 3, contested: 1, changing: 0, unanswered: 2 })).toBe(frUiTeam.teamCounts.replace('{agreed}', '3').replace('{contested}', '1').replace('{changing}', '0').replace('{unanswered}', '2'));
    const all = uiMessages.fr;
    const missing = Object.keys(uiMessages.en).filter((k) => !all[k as keyof typeof all]?.trim());
    expect(missing).toEqual([]);
    for (const [k, v] of Object.entries(before)) expect(all[k as keyof typeof all]).toBe(v);
    // Loading the rest again (a second copy of the French pack) keeps team mode's words.
    registerFrenchWidget();
    expect(ui('fr', 'teamAgenda')).toBe(frUiTeam.teamAgenda);
  });
});
