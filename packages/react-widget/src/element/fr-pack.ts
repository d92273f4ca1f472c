/**
 * The standalone element's French pack, `coproduce-advisor.fr.js` (see tsup.config.ts): the
 * French of the rule sets, the report and the widget, without team mode's words, which the
 * team-mode file `coproduce-advisor.team.js` carries (`team-pack.ts`).
 */
import { registerFrenchWidget } from '../i18n/fr-widget';

registerFrenchWidget();

export const locale = 'fr';
