/**
 * The French of the rule sets, the report and the widget, without team mode's words (those
 * are in `fr-team.ts`). Registered by the French pack (`fr.ts`) and by the standalone
 * element's French pack (`element/fr-pack.ts`). A function, not a side effect of importing:
 * this package declares its modules side-effect free, so a bare import would be dropped.
 */
import '@coproduce/rules/i18n/fr';
import { frUi } from './fr-messages';
import { registerFrench } from './fr-parts';

export function registerFrenchWidget(): void {
  registerFrench(frUi, false);
}
