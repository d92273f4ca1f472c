/**
 * `@coproduce/react/i18n/fr`: the widget's French pack. It registers the French of the rule
 * sets and the report (`@coproduce/rules/i18n/fr`) and the widget's own interface text.
 * Built on its own as `dist/coproduce-advisor.fr.js`, the sibling file the standalone element
 * loads when French is chosen; the registry is shared through `globalThis`, so it works
 * even though that file carries its own copy of the registry code.
 */
import '@coproduce/rules/i18n/fr';
import { registerLocalePart } from '@coproduce/rules/i18n';
import { frUi } from './fr-messages';

registerLocalePart('fr', 'widget', frUi);

export const locale = 'fr';
