/**
 * `@coproduce/react/i18n/fr`: the widget's French pack. It registers the French of the rule
 * sets and the report (`@coproduce/rules/i18n/fr`) and the widget's own interface text,
 * team mode's included. The registry is shared through `globalThis`, so a pack built as its
 * own file (the standalone element's `coproduce-advisor.fr.js`, `element/fr-pack.ts`) works
 * even though that file carries its own copy of the registry code.
 */
import { registerFrenchTeam } from './fr-team';
import { registerFrenchWidget } from './fr-widget';

registerFrenchWidget();
registerFrenchTeam();

export const locale = 'fr';
