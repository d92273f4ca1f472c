/**
 * Team mode's French. The French pack (`@coproduce/react/i18n/fr`) registers it; in the
 * standalone element, the team-mode file does (`element/team-pack.ts`), so the element's
 * French pack leaves it out. A function, not a side effect of importing: the module is
 * shared by two files, so a bundler would see only a bare import of a side-effect-free
 * chunk, and could drop it.
 */
import { frUiTeam } from './fr-team-messages';
import { registerFrench } from './fr-parts';

export function registerFrenchTeam(): void {
  registerFrench(frUiTeam, true);
}
