/**
 * `@coproduce/rules/i18n/fr`: the French pack. Importing it registers the French of the
 * rule sets, the guidance catalogue and the report; `loadLocale('fr')` imports it on demand.
 * It carries words only: no rule set and no logic, so it adds nothing else to a bundle.
 */
import { registerLocalePart } from '../packs';
import { buildFrench } from './catalogue';
import { frReport, frTeam } from './report';
import { frTypography } from './typography';

registerLocalePart('fr', 'catalogue', buildFrench);
registerLocalePart('fr', 'report', frReport);
registerLocalePart('fr', 'team', frTeam);
registerLocalePart('fr', 'typography', frTypography);

export const locale = 'fr';
